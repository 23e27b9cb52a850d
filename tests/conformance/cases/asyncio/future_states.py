# pyco: versions=all
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.set_result(5)
    print(repr(f))
    try:
        f.set_result(6)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    g = loop.create_future()
    g.set_exception(KeyError("missing"))
    print("exception():", repr(g.exception()))
    try:
        g.result()
    except KeyError as e:
        print("result() re-raises", repr(e))
    h = loop.create_future()
    print("cancel:", h.cancel(), h.cancelled(), h.done())
    try:
        h.exception()
    except asyncio.CancelledError:
        print("exception() of cancelled future raises CancelledError")

asyncio.run(main())
