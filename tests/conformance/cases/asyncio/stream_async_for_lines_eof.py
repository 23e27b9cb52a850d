# pyco: versions=all
# `async for` over stream lines with write_eof(): a FIN is read one select() after the data
# it follows, so the server finishes after the client has read its answer.
import asyncio

async def handle(reader, writer):
    count = 0
    async for line in reader:
        count += 1
        writer.writelines([b"[", line.strip(), b"]\n"])
    writer.write(f"lines={count}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    print("server: done")

async def main():
    server = await asyncio.start_server(handle, "localhost", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("localhost", port)
    print(writer.get_extra_info("peername")[0], writer.is_closing())
    writer.write(b"one\ntwo\nthree\n")
    writer.write_eof()
    async for line in reader:
        print("client:", line)
    print(reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    r = asyncio.StreamReader(limit=5)
    r.feed_data(b"abcdefgh\nxy")
    r.feed_eof()
    try:
        await r.readline()
    except ValueError as e:
        print("ValueError:", e)
    print(await r.read())

asyncio.run(main())
