# pyco: versions=3.12+
# Task(eager_start=True), create_eager_task_factory with a custom constructor, context=, and the
# loop.set_task_factory checks.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")

async def show(label):
    print(label, "var =", var.get(), "task =", asyncio.current_task().get_name())
    var.set("set by " + label)
    await asyncio.sleep(0)
    print(label, "after sleep, var =", var.get())
    return label

class LoudTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        print("LoudTask.__init__ eager_start =", eager_start, "name =", name)
        super().__init__(coro, loop=loop, name=name, context=context, eager_start=eager_start)

def constructor(coro, **kwargs):
    print("constructor kwargs:", sorted(kwargs))
    return asyncio.Task(coro, **kwargs)

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.Task(show("direct"), loop=loop, eager_start=True)
    print("direct created; main var =", var.get())
    await t
    t = asyncio.Task(show("not eager"), loop=loop, eager_start=False)
    print("not eager created")
    await t
    loop.set_task_factory(asyncio.create_eager_task_factory(LoudTask))
    t = asyncio.create_task(show("loud"), name="loud-task")
    print(type(t).__name__, t.get_name())
    await t
    loop.set_task_factory(asyncio.create_eager_task_factory(constructor))
    ctx = contextvars.copy_context()
    ctx.run(var.set, "from ctx")
    t = asyncio.create_task(show("with context"), context=ctx)
    await t
    print("ctx now:", ctx[var], "main var =", var.get())
    t = loop.create_task(show("loop.create_task"))
    await t
    try:
        loop.set_task_factory(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_task_factory(None)
    print("factory reset:", loop.get_task_factory())

asyncio.run(main())

# Not running: an eager_start task is scheduled like any other.
loop = asyncio.new_event_loop()
t = asyncio.Task(show("before run"), loop=loop, eager_start=True)
print("created before the loop runs; done =", t.done())
print(loop.run_until_complete(t))
loop.close()
