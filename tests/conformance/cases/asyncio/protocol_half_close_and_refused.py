# pyco: versions=all
# Protocols: eof_received() returning True keeps the transport half-open (the server answers
# after the client's write_eof), transport.close() from the client side, a refused connection,
# and the order of callbacks against a task that ticks every loop iteration.
import asyncio

PORT = 48233

class Summer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        self.total = 0
        print("server: made; reading:", transport.is_reading())

    def data_received(self, data):
        for part in data.split():
            self.total += int(part)
        print("server: total so far", self.total)

    def eof_received(self):
        print("server: eof, answering")
        self.transport.write(b"total=%d" % self.total)
        self.transport.close()
        return True

    def connection_lost(self, exc):
        print("server: lost", exc)


class Client(asyncio.Protocol):
    def __init__(self, loop):
        self.lost = loop.create_future()

    def connection_made(self, transport):
        print("client: made")

    def data_received(self, data):
        print("client: got", data)

    def eof_received(self):
        print("client: eof")
        return False

    def connection_lost(self, exc):
        print("client: lost", exc)
        self.lost.set_result(None)


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Summer, "127.0.0.1", PORT)
    tick = asyncio.create_task(ticker(25))
    transport, client = await loop.create_connection(lambda: Client(loop), "127.0.0.1", PORT)
    for n in (1, 2, 3):
        transport.write(b"%d " % n)
        await asyncio.sleep(0)
    transport.write_eof()
    try:
        transport.write(b"more")
    except RuntimeError as e:
        print("RuntimeError:", e)
    await client.lost
    print("client transport closing:", transport.is_closing())
    await tick

    transport, client = await loop.create_connection(lambda: Client(loop), "127.0.0.1", PORT)
    transport.close()
    print("closing right away:", transport.is_closing())
    await client.lost
    await asyncio.sleep(0.1)
    server.close()
    await server.wait_closed()
    try:
        await loop.create_connection(lambda: Client(loop), "127.0.0.1", PORT)
    except ConnectionRefusedError as e:
        print("refused:", e)

asyncio.run(main())
