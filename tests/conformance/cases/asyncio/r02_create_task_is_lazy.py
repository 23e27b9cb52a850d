# R2: a new task does not start until its creator yields; tasks start in creation order.
import asyncio

async def worker(label):
    print(label, "begins")
    await asyncio.sleep(0)
    print(label, "finishes")
    return label.upper()

async def main():
    first = asyncio.create_task(worker("alpha"))
    second = asyncio.create_task(worker("beta"))
    print("both created; done?", first.done(), second.done())
    for i in range(3):
        print("main still running", i)
    print("awaiting alpha ->", await first)
    print("beta done already?", second.done())
    print("awaiting beta ->", await second)

asyncio.run(main())
