class Cfg:
    debug = False
c = Cfg()
print(getattr(c, "debug"), getattr(c, "level", 3), hasattr(c, "level"))
setattr(c, "level", 5)
print(c.level, hasattr(c, "level"), vars(c))
delattr(c, "level")
print(hasattr(c, "level"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
