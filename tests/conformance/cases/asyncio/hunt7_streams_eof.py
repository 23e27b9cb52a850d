# pyco: versions=all
# Streams on a local server: read(n) until EOF after write_eof(), writelines, read() to EOF,
# readexactly() past EOF (IncompleteReadError).
import asyncio
async def handler(reader, writer):
    n = 0
    while True:
        chunk = await reader.read(4)
        if not chunk:
            break
        n += len(chunk)
    print("server read", n, "bytes; eof", reader.at_eof())
    writer.write(b"total=%d" % n)
    await writer.drain()
    writer.close()
async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"abcdefghij")
    w.writelines([b"kl", b"mn"])
    print("can_write_eof", w.can_write_eof())
    w.write_eof()
    data = await r.read()
    print(data)
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError", e.partial, e.expected)
    w.close()
    await w.wait_closed()
    server.close()
    await server.wait_closed()
asyncio.run(main())
