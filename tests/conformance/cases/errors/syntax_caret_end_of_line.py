# pyco: versions=all
# The caret of a SyntaxError at the end of an indented line (3.7/3.8: one column back).
if True:
    total = 1 +
