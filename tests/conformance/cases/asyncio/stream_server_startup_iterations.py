# pyco: versions=3.8+
# start_server/open_connection with an IP address and with a host name (resolved through
# getaddrinfo in the executor): loop iterations and the Task-N names taken by the loop.
import asyncio

async def handle(reader, writer):
    print("handler", asyncio.current_task().get_name())
    writer.write(b"hi\n")
    writer.close()

async def ticker():
    for i in range(10):
        print("tick", i)
        await asyncio.sleep(0)

async def starter(host):
    server = await asyncio.start_server(handle, host, 0)
    print("started", host)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection(host, port)
    print("opened", host)
    print(await r.readline())
    w.close()
    server.close()

async def main():
    await asyncio.gather(ticker(), starter("127.0.0.1"))
    print(asyncio.create_task(asyncio.sleep(0)).get_name())
    await asyncio.gather(ticker(), starter("localhost"))
    print(asyncio.create_task(asyncio.sleep(0)).get_name())

asyncio.run(main())
