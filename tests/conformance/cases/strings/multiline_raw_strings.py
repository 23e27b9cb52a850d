text = """Line one
    indented line
Line three"""
print(text)
print(text.splitlines())
raw = r"C:\new\table\x"
print(raw, len(raw))
print("implicit " "concatenation " 'works')
print("""a "quoted" word""", '''it's''')
import textwrap
print(textwrap.dedent("""
    alpha
      beta
    gamma"""))
print(textwrap.fill("the quick brown fox jumps over the lazy dog " * 2, width=30))
