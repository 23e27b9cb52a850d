# pyco: versions=all
# The server closes without reading the request: asyncio had already read it from the socket,
# so the close is a normal FIN and the client sees EOF (not a reset); one more write after
# that is accepted and reading still gives EOF.
import asyncio

PORT = 48214

async def handle(reader, writer):
    await asyncio.sleep(0.05)
    writer.write(b"closing without reading\n")
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write(b"a request the server never reads\n")
    await writer.drain()
    await asyncio.sleep(0.2)
    print(await reader.readline())
    print(await reader.read())
    writer.write(b"late\n")
    await writer.drain()
    await asyncio.sleep(0.1)
    print("after a late write:", await reader.read())
    writer.close()
    await writer.wait_closed()
    print("closed cleanly")
    server.close()
    await server.wait_closed()

asyncio.run(main())
