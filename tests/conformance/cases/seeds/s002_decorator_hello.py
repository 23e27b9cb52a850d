# pyco: versions=3.7-3.10
import asyncio

@asyncio.coroutine
def greet():
    print("Good morning!")
    yield from asyncio.sleep(1)
    print("Good night!")

if __name__ == '__main__':
    loop = asyncio.get_event_loop()
    loop.run_until_complete(greet())
    loop.close()
