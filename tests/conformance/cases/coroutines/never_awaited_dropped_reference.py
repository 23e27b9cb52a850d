# pyco: versions=all
# An unstarted coroutine is freed (and reported) as soon as its last reference goes:
# the arguments of a builtin call, a rebound or deleted variable.
import asyncio


async def fetch(n=0):
    await asyncio.sleep(0.1)
    return n


print(type(fetch()))
print(asyncio.iscoroutine(fetch(1)), isinstance(fetch(2), object))

pending = fetch(3)
del pending

job = fetch(4)
job = "replaced"
print(job)

# Still referenced elsewhere: nothing is reported until they are awaited.
batch = []
for i in range(3):
    batch.append(fetch(i))
registry = {"x": fetch(10)}
first = fetch(20)
alias = first
first = None


async def main():
    print(await asyncio.gather(*batch), await registry["x"], await alias)
    later = fetch(5)
    keep = later
    del later
    print(await keep)
    print(await asyncio.wait_for(fetch(6), 1))


asyncio.run(main())
print("end")
