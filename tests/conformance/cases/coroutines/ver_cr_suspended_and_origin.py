# pyco: versions=all
import types
@types.coroutine
def pause():
    yield
async def co():
    await pause()
c = co()
print(getattr(c, "cr_suspended", "n/a"), c.cr_running)
c.send(None)
print(getattr(c, "cr_suspended", "n/a"), c.cr_await is not None)
c.close()
print(getattr(c, "cr_suspended", "n/a"), c.cr_frame)
