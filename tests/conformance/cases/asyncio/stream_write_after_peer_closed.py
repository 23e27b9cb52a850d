# pyco: versions=all
# A server answers and closes at once; the client keeps writing. The first write still
# succeeds (the peer's kernel answers it with RST), the next one fails: drain() raises
# ConnectionResetError('Connection lost') and the reader reports the broken pipe.
import asyncio

PORT = 48213

async def handle(reader, writer):
    writer.write(b"bye\n")
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    await asyncio.sleep(0.1)
    print("server said:", await reader.readline())
    print("at EOF:", reader.at_eof())
    writer.write(b"first\n")
    await writer.drain()
    print("first write accepted")
    await asyncio.sleep(0.1)
    writer.write(b"second\n")
    try:
        await writer.drain()
    except ConnectionResetError as e:
        print("second drain:", type(e).__name__, e)
    try:
        await reader.readline()
    except OSError as e:
        print("readline:", type(e).__name__, e)
    print("writer closing:", writer.is_closing())
    writer.close()
    try:
        await writer.wait_closed()
    except OSError as e:
        print("wait_closed:", type(e).__name__, e)
    server.close()
    await server.wait_closed()

asyncio.run(main())
