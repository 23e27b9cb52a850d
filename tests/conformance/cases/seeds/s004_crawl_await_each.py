# pyco: versions=3.7,3.13
import asyncio

async def visit(link):
    print('visiting {}'.format(link))
    pause = int(link.split('_')[-1])
    await asyncio.sleep(pause)
    print('DONE {}'.format(link))

async def main(links):
    jobs = [asyncio.create_task(visit(link)) for link in links]
    for job in jobs:
        await job

asyncio.run(main(['page_1', 'page_2', 'page_3', 'page_4']))
print("elapsed", __import__("time").monotonic())
