/*
 * runtime.test.ts
 * asyncio behaviour that CPython cannot be the oracle for: the simulated network
 * (docs/simulated-network.md), deadlock detection, the simulated executor and the scheduling
 * trace.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/runtime/index';

const opts = { python: '3.12' as const, startDate: Date.UTC(2020, 0, 1) };

describe('simulated network', () => {
	it('fetches the three portals concurrently, in order of completion', () => {
		const r = run(
			`import asyncio
async def head(host):
    reader, writer = await asyncio.open_connection(host, 80)
    writer.write(('GET / HTTP/1.0\\r\\nHost: %s\\r\\n\\r\\n' % host).encode())
    await writer.drain()
    status = (await reader.readline()).decode().rstrip()
    while (await reader.readline()) != b'\\r\\n':
        pass
    body = await reader.read()
    writer.close()
    print(host, status, len(body) > 0, reader.at_eof(), round(asyncio.get_running_loop().time(), 3))
async def main():
    await asyncio.gather(*(head(h) for h in ['www.sina.com.cn', 'www.sohu.com', 'www.163.com']))
asyncio.run(main())`,
			opts
		);
		expect(r.stderr).toBe('');
		expect(r.stdout).toBe(
			'www.sohu.com HTTP/1.1 200 OK True True 0.07\n' +
				'www.sina.com.cn HTTP/1.1 200 OK True True 0.11\n' +
				'www.163.com HTTP/1.1 302 Moved Temporarily True True 0.15\n'
		);
	});

	it('reports unknown hosts and refused ports like CPython on Linux', () => {
		const r = run(
			`import asyncio, socket
async def main():
    try:
        await asyncio.open_connection('nowhere.invalid', 80)
    except socket.gaierror as e:
        print(type(e).__name__, e)
    try:
        await asyncio.open_connection('example.com', 8080)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e)
asyncio.run(main())`,
			opts
		);
		expect(r.stdout).toBe(
			'gaierror [Errno -2] Name or service not known\n' +
				"ConnectionRefusedError [Errno 111] Connect call failed ('93.184.215.14', 8080)\n"
		);
	});

	it('speaks HTTP to a table host through a Protocol (loop.create_connection)', () => {
		const r = run(
			`import asyncio
class Get(asyncio.Protocol):
    def __init__(self, done):
        self.done, self.chunks = done, []
    def connection_made(self, transport):
        print('connected', transport.get_extra_info('peername'), round(asyncio.get_running_loop().time(), 3))
        transport.write(b'GET / HTTP/1.0\\r\\nHost: example.com\\r\\n\\r\\n')
    def data_received(self, data):
        self.chunks.append(data)
    def eof_received(self):
        print('eof at', round(asyncio.get_running_loop().time(), 3))
    def connection_lost(self, exc):
        self.done.set_result(b''.join(self.chunks))
async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Get(done), 'example.com', 80)
    body = await done
    print(body.split(b'\\r\\n')[0], transport.is_closing(), transport.get_protocol())
asyncio.run(main())`,
			opts
		);
		expect(r.stderr).toBe('');
		expect(r.stdout).toBe("connected ('93.184.215.14', 80) 0.1\neof at 0.21\nb'HTTP/1.1 200 OK' True None\n");
	});

	it('refuses the socket-level loop methods with a NotImplementedError naming the alternatives', () => {
		const r = run(
			`import asyncio
async def main():
    loop = asyncio.get_running_loop()
    for call in (lambda: loop.sock_recv(None, 10), lambda: loop.create_datagram_endpoint(None)):
        try:
            call()
        except NotImplementedError as e:
            print(e)
    try:
        await loop.create_server(asyncio.Protocol, '127.0.0.1', 9999, ssl=object())
    except NotImplementedError as e:
        print(e)
asyncio.run(main())`,
			opts
		);
		expect(r.stderr).toBe('');
		expect(r.stdout).toBe(
			"loop.sock_recv() is not available: the runtime's network is simulated and has no sockets; use asyncio.open_connection()/start_server() (streams) or loop.create_connection()/create_server() (protocols)\n" +
				"loop.create_datagram_endpoint() is not available: the runtime's network is simulated and has no UDP; use asyncio.open_connection()/start_server() (streams) or loop.create_connection()/create_server() (protocols)\n" +
				"loop.create_server(ssl=...) is not available: the runtime's network is simulated (in-memory connections, no sockets and no TLS); pass host and port\n"
		);
	});

	it('runs a server and its clients in one program', () => {
		const r = run(
			`import asyncio
async def echo(reader, writer):
    data = await reader.readuntil(b'!')
    writer.write(data[::-1])
    await writer.drain()
    writer.close()
async def client(msg):
    reader, writer = await asyncio.open_connection('localhost', 7000)
    writer.write(msg)
    print(msg, '->', await reader.read())
    writer.close()
    await writer.wait_closed()
async def main():
    server = await asyncio.start_server(echo, '127.0.0.1', 7000)
    async with server:
        await asyncio.gather(client(b'ping!'), client(b'abc!'))
    print('serving:', server.is_serving())
asyncio.run(main())`,
			opts
		);
		expect(r.stderr).toBe('');
		expect(r.stdout).toBe("b'ping!' -> b'!gnip'\nb'abc!' -> b'!cba'\nserving: False\n");
	});

	it('honours httpbin /delay/N on the virtual clock', () => {
		const r = run(
			`import asyncio, time
async def get(path):
    r, w = await asyncio.open_connection('httpbin.org', 80)
    w.write(b'GET ' + path.encode() + b' HTTP/1.0\\r\\nHost: httpbin.org\\r\\n\\r\\n')
    return (await r.readline()).strip()
async def main():
    t = time.monotonic()
    print(await asyncio.gather(get('/delay/3'), get('/delay/1'), get('/status/418')))
    print(round(time.monotonic() - t, 2))
asyncio.run(main())`,
			opts
		);
		expect(r.stdout).toBe("[b'HTTP/1.1 200 OK', b'HTTP/1.1 200 OK', b\"HTTP/1.1 418 I'M A TEAPOT\"]\n3.31\n");
	});
});

describe('virtual clock', () => {
	it('reports a deadlock instead of hanging', () => {
		const r = run(
			`import asyncio
async def main():
    await asyncio.get_running_loop().create_future()
asyncio.run(main())`,
			opts
		);
		expect(r.exitCode).toBe(1);
		expect(r.stderr).toMatch(/RuntimeError: deadlock: nothing is ready to run and no timer is scheduled/);
	});

	it('stops a busy event loop at the instruction budget', () => {
		const r = run(
			`import asyncio
async def spin():
    while True:
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(spin(), spin())
asyncio.run(main())`,
			{ ...opts, maxInstructions: 200_000 }
		);
		expect(r.exitCode).toBe(1);
		expect(r.stderr).toMatch(/Stopped: the program ran more than 200,000 instructions/);
	});

	it('runs executor jobs on their own timelines', () => {
		const r = run(
			`import asyncio, time
def job(n):
    time.sleep(n)
    return n * 10
async def main():
    loop = asyncio.get_running_loop()
    t = loop.time()
    print(await asyncio.gather(loop.run_in_executor(None, job, 2), asyncio.to_thread(job, 1)))
    print(loop.time() - t)
asyncio.run(main())`,
			opts
		);
		expect(r.stdout).toBe('[20, 10]\n2.0\n');
	});

	it('finishes five one-second tasks in one virtual second, in heapq order', () => {
		const r = run(
			`import asyncio
async def p(n):
    await asyncio.sleep(1)
    print(n)
async def main():
    for t in [asyncio.create_task(p(i)) for i in range(1, 6)]:
        await t
asyncio.run(main())`,
			opts
		);
		expect(r.stdout).toBe('1\n3\n5\n2\n4\n');
		expect(r.wallTime).toBe(1);
	});
});

describe('scheduling trace', () => {
	it('records task steps, what they await, timers and clock jumps', () => {
		const r = run(
			`import asyncio
async def child():
    await asyncio.sleep(0.5)
async def main():
    await asyncio.create_task(child(), name='kid')
asyncio.run(main())`,
			{ ...opts, trace: true }
		);
		const kinds = (r.trace ?? []).map((e) => `${e.kind}${e.awaits ? ':' + (e.awaits as string) : ''}@${e.time}`);
		expect(kinds).toContain('task-created@0');
		expect(kinds).toContain('step-end:sleep 0.5@0');
		expect(kinds).toContain('step-end:task kid@0');
		expect(kinds).toContain('clock-jump@0.5');
		expect(kinds.some((k) => k.startsWith('timer-fired@0.5'))).toBe(true);
		expect(kinds.filter((k) => k.startsWith('task-done')).length).toBeGreaterThanOrEqual(2);
		expect(run('import asyncio\nasyncio.run(asyncio.sleep(0))', opts).trace).toBeUndefined();
	});
});
