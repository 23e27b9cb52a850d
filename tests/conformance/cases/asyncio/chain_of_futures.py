# pyco: versions=all
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(4)]
    for i in range(3):
        futs[i].add_done_callback(lambda f, nxt=futs[i + 1], i=i: (print("link", i, "->", f.result()), nxt.set_result(f.result() + 1)))
    futs[0].set_result(10)
    print("final:", await futs[-1])

asyncio.run(main())
