import io
buf = io.StringIO("line one\nline two\nline three\n")
print(buf.readline(), end="")
print(buf.read(4))
print(buf.readlines())
out = io.StringIO()
out.write("hello ")
print("world", file=out)
print(repr(out.getvalue()), out.tell())
