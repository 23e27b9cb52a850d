# pyco: versions=all
import asyncio

loop = asyncio.new_event_loop()
loop.call_soon(print, "one")
loop.call_soon(loop.stop)
loop.call_soon(print, "two")
loop.run_forever()
print("stopped; running again")
loop.call_soon(loop.stop)
loop.run_forever()
print("done")
loop.close()
