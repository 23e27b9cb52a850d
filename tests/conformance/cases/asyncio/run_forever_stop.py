# pyco: versions=all
import asyncio

loop = asyncio.new_event_loop()
count = [0]

def tick():
    count[0] += 1
    print("tick", count[0], "at", round(loop.time(), 2))
    if count[0] == 4:
        loop.stop()
    else:
        loop.call_later(0.25, tick)

loop.call_soon(tick)
loop.run_forever()
print("run_forever returned after", count[0], "ticks")
loop.close()
