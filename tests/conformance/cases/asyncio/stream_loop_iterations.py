# pyco: versions=all
# Where stream events land among the loop iterations (a ticker counts them): connecting,
# data reaching the peer at its next select(), close() feeding our own reader EOF first.
import asyncio

log = []

async def handle(reader, writer):
    print("S: connected")
    while True:
        line = await reader.readline()
        print("S: read", line)
        if not line:
            break
        writer.write(line.upper())
        print("S: wrote")
        await writer.drain()
        print("S: drained")
    writer.close()
    print("S: close called", writer.is_closing())
    await writer.wait_closed()
    print("S: closed")

async def ticker():
    for i in range(12):
        print("tick", i)
        await asyncio.sleep(0)

async def client(port):
    r, w = await asyncio.open_connection("127.0.0.1", port)
    print("C: connected")
    w.write(b"a\n")
    w.write(b"b\n")
    print("C: wrote 2")
    await w.drain()
    print("C: drained")
    print("C: got", await r.readline())
    print("C: got", await r.read(10))
    w.close()
    print("C: close called")
    await w.wait_closed()
    print("C: closed")
    print("C: eof?", await r.read())

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    await asyncio.gather(client(port), ticker())
    await asyncio.sleep(0.1)
    server.close()
    await server.wait_closed()
    print("done")

asyncio.run(main())
