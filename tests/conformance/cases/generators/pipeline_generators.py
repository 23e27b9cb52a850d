# pyco: versions=all
def read_lines(text):
    for line in text.split("\n"):
        print("  read:", repr(line))
        yield line

def strip_comments(lines):
    for line in lines:
        if not line.startswith("#"):
            yield line

def parse(lines):
    for line in lines:
        if line:
            k, _, v = line.partition("=")
            yield k.strip(), int(v)

text = "# config\nalpha = 1\n\nbeta = 22\n# end\ngamma=333"
for key, value in parse(strip_comments(read_lines(text))):
    print("parsed", key, value)
