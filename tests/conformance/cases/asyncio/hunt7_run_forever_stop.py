# pyco: versions=all
# run_forever() + loop.stop() from a rescheduling callback, then a second run_forever() that
# stops before a task finishes, and run_until_complete() on that task.
import asyncio
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
counter = 0
def tick():
    global counter
    counter += 1
    print("tick", counter, round(loop.time(), 1))
    if counter < 3:
        loop.call_later(0.5, tick)
    else:
        loop.stop()
loop.call_soon(tick)
loop.run_forever()
print("after run_forever")
async def later():
    await asyncio.sleep(1)
    return "later done"
t = loop.create_task(later())
loop.call_later(0.2, loop.stop)
loop.run_forever()
print(t.done(), round(loop.time(), 1))
print(loop.run_until_complete(t), round(loop.time(), 1))
loop.close()
