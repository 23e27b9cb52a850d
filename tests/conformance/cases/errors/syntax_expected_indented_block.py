# pyco: versions=3.8+
def greet(name):
return "hi " + name
