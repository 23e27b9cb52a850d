# pyco: versions=all
async def documented(x):
    "A documented coroutine function."
    return x

c = documented(1)
print(documented.__name__, documented.__doc__)
print(c.__name__, c.__qualname__, type(c).__name__)
print(c.cr_code.co_name, c.cr_running, c.cr_await)
import inspect
print(inspect.iscoroutinefunction(documented), inspect.iscoroutine(c))
print(inspect.isgeneratorfunction(documented), inspect.isgenerator(c))
c.close()
