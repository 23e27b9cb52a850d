# pyco: versions=all
# Protocol callbacks against a task that ticks every loop iteration: the accept task's extra hop,
# writes coalesced into one data_received(), the FIN read on the select() after the data, and
# the socket closed (FIN sent) only when connection_lost() has run.
import asyncio
PORT = 48232
class S(asyncio.Protocol):
    def connection_made(self, t):
        self.t = t; print("S made")
    def data_received(self, d):
        print("S data", d); self.t.write(d.upper())
    def eof_received(self):
        print("S eof")
    def connection_lost(self, exc):
        print("S lost", exc)
class C(asyncio.Protocol):
    def connection_made(self, t):
        print("C made"); t.write(b"hi")
    def data_received(self, d):
        print("C data", d)
    def eof_received(self):
        print("C eof")
    def connection_lost(self, exc):
        print("C lost", exc)
async def ticker():
    for i in range(30):
        print("tick", i)
        await asyncio.sleep(0)
async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(S, "127.0.0.1", PORT)
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print("connecting")
    tr, pr = await loop.create_connection(C, "127.0.0.1", PORT)
    print("connected")
    tr.write(b"a"); tr.write(b"b")
    print("wrote")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    tr.write_eof()
    print("eof written")
    await t
    server.close()
asyncio.run(main())
