# pyco: versions=all
# loop.create_server / loop.create_connection with Protocol classes on a local connection:
# connection_made, data_received, eof_received (returning None closes), connection_lost.
import asyncio

PORT = 48231

class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: connection from", transport.get_extra_info("peername")[0])

    def data_received(self, data):
        print("server: received", data)
        self.transport.write(data.upper())

    def eof_received(self):
        print("server: eof; can_write_eof:", self.transport.can_write_eof())

    def connection_lost(self, exc):
        print("server: connection lost", exc)


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        print("client: connected to", transport.get_extra_info("peername"))
        transport.write(b"hello")

    def data_received(self, data):
        print("client: received", data)

    def eof_received(self):
        print("client: eof")

    def connection_lost(self, exc):
        print("client: connection lost", exc)
        self.done.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, "127.0.0.1", PORT)
    print("serving:", server.is_serving())
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client(done), "127.0.0.1", PORT)
    print("create_connection returned", type(protocol).__name__, "closing:", transport.is_closing())
    await asyncio.sleep(0.1)
    transport.write(b"second")
    transport.writelines([b"a", b"b"])
    await asyncio.sleep(0.1)
    transport.write_eof()
    await done
    print("closing:", transport.is_closing(), "protocol is ours:", transport.get_protocol() is protocol)
    server.close()
    await server.wait_closed()
    print("done")

asyncio.run(main())
