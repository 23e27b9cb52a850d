# pyco: versions=all
# An echo server on port 0 (its port read from server.sockets) and three concurrent clients.
import asyncio

async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    print(f"server: hello from {name}")
    writer.write(f"welcome {name}\n".encode())
    await writer.drain()
    data = await reader.read(100)
    print(f"server: {name} sent {data!r}")
    writer.write(data[::-1])
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    print(f"server: {name} done")

async def client(i, port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(f"client {i}: connected")
    writer.write(f"c{i}\n".encode())
    await writer.drain()
    print(f"client {i}:", (await reader.readline()).decode().strip())
    writer.write(f"payload-{i}".encode())
    await writer.drain()
    reply = await reader.read(100)
    print(f"client {i}: reply {reply!r}")
    writer.close()
    await writer.wait_closed()
    return i

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        print(await asyncio.gather(*(client(i, port) for i in range(3))))

asyncio.run(main())
