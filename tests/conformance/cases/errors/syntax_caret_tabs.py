# pyco: versions=all
# A SyntaxError in a tab-indented line: up to 3.12 the C printer strips the tabs and pads
# the caret with spaces; up to 3.9 it is a single caret.
def f():
	x = (1 +
		* 2)
