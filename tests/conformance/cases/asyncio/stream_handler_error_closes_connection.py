# pyco: versions=3.11+
# Since 3.11 a client_connected_cb coroutine that raises is reported through the loop's
# exception handler and its connection closed: the client reads EOF instead of waiting forever.
import asyncio

def report(loop, context):
    exc = context["exception"]
    print("handler:", context["message"], "-", type(exc).__name__, exc)
    print("transport given:", "transport" in context)

async def handle(reader, writer):
    data = await reader.readexactly(5)
    writer.write(data[::-1])
    await writer.drain()
    more = await reader.readuntil(b"!")
    writer.write(more.upper())
    await writer.drain()
    writer.close()

async def main():
    asyncio.get_running_loop().set_exception_handler(report)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"abcdehey!")
    print(await r.readexactly(5))
    print(await r.readuntil(b"!"))
    w.write_eof()
    print("after the handler returned:", await r.read())
    w.close()
    await w.wait_closed()
    r2, w2 = await asyncio.open_connection("127.0.0.1", port)
    w2.write(b"ab")
    w2.write_eof()
    print("short message:", await r2.read())
    w2.close()
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("refused", e.errno)

asyncio.run(main())
