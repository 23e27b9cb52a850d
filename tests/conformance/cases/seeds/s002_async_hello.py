# pyco: versions=all
import asyncio

async def greet():
    print("Good morning!")
    await asyncio.sleep(1)
    print("Good night!")

if __name__ == '__main__':
    loop = asyncio.get_event_loop()
    loop.run_until_complete(greet())
    loop.close()
