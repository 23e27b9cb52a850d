# pyco: versions=3.7,3.13
import asyncio

async def visit(link):
    print('visiting {}'.format(link))
    pause = int(link.split('_')[-1])
    await asyncio.sleep(pause)
    print('DONE {}'.format(link))

async def main(links):
    jobs = [asyncio.create_task(visit(link)) for link in links]
    await asyncio.gather(*jobs)

if "__name__" == "__main__":
    asyncio.run(main(['page_1', 'page_2']))
print("the guard compares two different strings, so nothing ran")
if __name__ == "__main__":
    asyncio.run(main(['page_3', 'page_1', 'page_2']))
