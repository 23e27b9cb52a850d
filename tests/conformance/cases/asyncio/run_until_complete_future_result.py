# pyco: versions=all
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_later(2, fut.set_result, "future resolved by a timer")
print(loop.run_until_complete(fut), loop.time())
t = loop.create_task(asyncio.sleep(1, result="task result"))
print(loop.run_until_complete(t), loop.time())
print(loop.run_until_complete(asyncio.gather(asyncio.sleep(1, "x"), asyncio.sleep(2, "y"))), loop.time())
loop.close()
