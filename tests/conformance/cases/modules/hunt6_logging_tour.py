# pyco: versions=all
import logging, sys

logging.warning("before config: %s", "bare")
logging.info("not shown")
root = logging.getLogger()
print(root, root.handlers)
logging.basicConfig(level=logging.INFO, format="[%(levelname)-8s] %(name)s.%(funcName)s:%(lineno)d %(message)s", stream=sys.stdout, force=True)
print(root, root.handlers, root.level, logging.getLevelName(root.level))
app = logging.getLogger("app")
db = logging.getLogger("app.db")
print(db.parent is app, app.parent is root, db.getEffectiveLevel(), db)
db.info("connected to %s:%d", "localhost", 5432)
db.debug("hidden debug")
db.setLevel("DEBUG")
db.debug("now visible")
def handler():
    app.warning("dict args %(a)s and %(b)s", {"a": 1, "b": 2})
handler()
app.propagate = False
app.error("dropped? no handler on app, propagate off")
app.propagate = True
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
h.setLevel(logging.WARNING)
app.addHandler(h)
app.info("info goes only to root")
app.warning("warning goes to both")
app.removeHandler(h)
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1
f = OnlyOdd()
app.addFilter(f)
for i in range(4):
    app.info("number %d", i)
app.removeFilter(f)
adapter = logging.LoggerAdapter(app, {"user": "ann"})
adapter.info("adapter message")
print(adapter.extra, adapter.isEnabledFor(logging.DEBUG))
app.log(25, "custom level 25")
logging.addLevelName(25, "NOTICE")
app.log(25, "custom level named")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(33))
try:
    app.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
try:
    1 / 0
except ZeroDivisionError:
    app.exception("division failed")
    app.error("with exc_info", exc_info=True)
try:
    logging.Formatter("no fields", validate=True)
except ValueError as e:
    print("ValueError:", e)
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print("ValueError:", e)
print(logging.getLogger("app") is app, logging.getLogger("root") is root, logging.root is root)
logging.disable(logging.WARNING)
app.warning("disabled")
app.error("error passes")
logging.disable(logging.NOTSET)
rec = logging.makeLogRecord({"msg": "hi %s", "args": ("there",), "levelno": 20})
print(rec.getMessage())
print(logging.getLogger("x.y.z").parent.name, logging.getLogger("x").getChild("y").name)
print(logging.getLogger("x.y.z").parent.name)
null = logging.NullHandler()
logging.getLogger("lib").addHandler(null)
logging.getLogger("lib").propagate = False
logging.getLogger("lib").error("swallowed")
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.FATAL, logging.WARN)
