import traceback
def inner():
    raise KeyError("inner key")
def outer():
    inner()
try:
    outer()
except KeyError:
    text = traceback.format_exc()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])
    print(len(traceback.extract_tb(__import__("sys").exc_info()[2])))
print(traceback.format_exception_only(ValueError, ValueError("shown")))
