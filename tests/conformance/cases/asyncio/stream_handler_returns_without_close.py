# pyco: versions=3.13
# 3.13: a client_connected_cb that returns without closing its writer drops the last reference
# to it; StreamWriter.__del__ closes the connection, so the client reads EOF.
import asyncio

async def handle(reader, writer):
    line = await reader.readline()
    writer.write(b"you said " + line)
    print("handler returns, writer still open:", not writer.is_closing())

async def ticker():
    for i in range(8):
        print("tick", i)
        await asyncio.sleep(0)

async def client(port):
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"hello\n")
    print(await r.readline())
    print("then EOF:", await r.read())
    w.close()
    await w.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    await asyncio.gather(client(port), ticker())
    server.close()
    await server.wait_closed()
    print("done")

asyncio.run(main())
