# pyco: versions=3.8,3.10,3.12,3.13
# Warnings issued by the runtime's own (native) code obey the warnings module's filters.
import asyncio
import sys
import warnings


async def main():
    return 1


def no_loop():
    # A fresh policy: get_event_loop() creates a loop (warning from 3.12, as no loop was set).
    asyncio.set_event_loop_policy(None)
    loop = asyncio.get_event_loop()
    loop.close()
    return "got a loop"


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    if sys.version_info < (3, 11):
        @asyncio.coroutine
        def old():
            yield
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print(loop.run_until_complete(main()))
    loop.close()
    print(no_loop())
print([(w.category.__name__, str(w.message)) for w in caught])

warnings.simplefilter("error", DeprecationWarning)
try:
    print(no_loop(), "without an error")
except DeprecationWarning as e:
    print("raised:", e)

warnings.resetwarnings()
warnings.simplefilter("ignore")
print(no_loop(), "(ignored)")
warnings.resetwarnings()
warnings.simplefilter("default")
print(no_loop())
print(no_loop())

policy = asyncio.get_event_loop_policy()
print(policy is asyncio.get_event_loop_policy())
asyncio.set_event_loop_policy(policy)  # the same policy keeps its state
try:
    asyncio.set_event_loop_policy(42)
except TypeError as e:
    print("TypeError:", e)
asyncio.set_event_loop_policy("not a policy")
