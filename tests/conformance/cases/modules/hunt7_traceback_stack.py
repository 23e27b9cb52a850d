# pyco: versions=all
# traceback.print_stack / format_stack / extract_stack (limit= keeps the innermost frames) and
# FrameSummary / StackSummary (attributes, tuple-like comparison, format_list).
import sys
import traceback


def show(depth):
    if depth:
        return show(depth - 1)
    traceback.print_stack(limit=3, file=sys.stdout)
    frames = traceback.format_stack(limit=2)
    print(len(frames), repr(frames[-1]))
    stack = traceback.extract_stack(limit=4)
    for fs in stack:
        print(fs.filename, fs.lineno, fs.name, repr(fs.line), fs)
    filename, lineno, name, line = stack[-1]
    print(stack[-1] == (filename, lineno, name, line), type(stack).__name__)
    print("".join(traceback.format_list(stack[-2:])), end="")
    return [f.name for f in traceback.extract_stack(limit=3)]


print(show(2))


def gen():
    yield traceback.format_stack(limit=2)


print("".join(next(gen())), end="")
summary = traceback.StackSummary.from_list([("tool.py", 3, "run", "step()"), traceback.FrameSummary("lib.py", 9, "step", line="return 1")])
print(summary.format())
traceback.print_list(summary, file=sys.stdout)
