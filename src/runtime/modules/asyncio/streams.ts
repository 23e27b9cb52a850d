/*
 * streams.ts
 * CPython Lib/asyncio/streams.py over the SIMULATED network of network.ts: open_connection,
 * start_server, StreamReader (read, readline, readexactly, readuntil, at_eof, async iteration)
 * and StreamWriter (write, writelines, drain, close, is_closing, wait_closed, get_extra_info).
 *
 * Timing model (virtual clock; see docs/simulated-network.md):
 *  - connecting to a table host costs one round trip (rtt);
 *  - once the request's blank line has been written, the whole response arrives
 *    rtt + serverTime (+ httpbin's /delay/N) later, followed by EOF (HTTP/1.0: the server
 *    closes the connection);
 *  - local connections (start_server) are in memory: bytes written reach the peer one loop
 *    iteration later (call_soon), like a socket becoming readable on the next select().
 */

import { PyObject, PyType, PyValue, None, True, False, pyBool, Kwargs } from '../../objects/object';
import { PyException, typeError, valueError, runtimeError, newException, ConnectionRefusedError, ConnectionResetError, BrokenPipeError, StopAsyncIteration, OSError, NotImplementedError, SystemExit, KeyboardInterrupt } from '../../objects/exceptions';
import { PyTuple, PyList } from '../../objects/containers';
import { call, repr, str, isTrue, callType, objectId, toArray, getAttr, typeName } from '../../objects/protocol';
import { asInt } from '../../objects/numeric';
import { PyModule, PyBuiltin } from '../../objects/function';
import { rt } from '../../objects/runtimeState';
import { method, getset } from '../../types/util';
import { bytesLike, newBytes, PyBytes } from '../../types/bytes';
import { wallTime } from '../../vm/clock';
import { markWait, traceEvent, traceState } from '../../vm/trace';
import type { TraceWaitKind } from '../../api';
import { defFunction } from '../registry';
import { asyncioType, withDict, parseArgs, state } from './util';
import { Future, NativeDoneCb } from './futures';
import { getRunningLoop, getEventLoop, NativeCb } from './events';
import { GenCoro, awaitFuture, iscoroutine, awaitAny } from './coroutines';
import { gather, Task } from './tasks';
import { incompleteReadError, limitOverrunError, isCancelledError } from './exceptions';
import { lookupHost, httpDate, SimHost } from './network';
import { unknownHostError } from '../socket';
import { baseEventLoopType, type EventLoop } from './baseEvents';

const LIMIT = 2 ** 16;
const EMPTY: Uint8Array = new Uint8Array(0);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	if (a.length === 0) return b.slice();
	const r = new Uint8Array(a.length + b.length);
	r.set(a, 0);
	r.set(b, a.length);
	return r;
}

function indexOf(buf: Uint8Array, sep: Uint8Array, from: number): number {
	outer: for (let i = from; i + sep.length <= buf.length; i++) {
		for (let j = 0; j < sep.length; j++) if (buf[i + j] !== sep[j]) continue outer;
		return i;
	}
	return -1;
}

function label(f: Future, wait: TraceWaitKind, what: string): Future {
	if (traceState.enabled) markWait(f, { wait, label: what });
	return f;
}

// ---------------------------------------------------------------------------------------------
// StreamReader

export const streamReaderType = asyncioType('StreamReader', 'asyncio.streams', undefined, (cls) => withDict(new StreamReader(cls)));

export class StreamReader extends PyObject {
	_buffer: Uint8Array = EMPTY;
	_eof = false;
	_waiter: Future | null = null;
	_exception: PyException | null = null;
	_limit = LIMIT;
	_loop: EventLoop | null = null;
	transport: Transport | null = null;
	constructor(cls: PyType = streamReaderType) {
		super(cls);
	}

	wakeupWaiter(): void {
		const w = this._waiter;
		if (w !== null) {
			this._waiter = null;
			if (!w.cancelled()) w.setResult(None);
		}
	}

	feedData(data: Uint8Array): void {
		if (data.length === 0) return;
		this._buffer = concat(this._buffer, data);
		this.wakeupWaiter();
	}

	feedEof(): void {
		this._eof = true;
		this.wakeupWaiter();
	}

	setException(e: PyException): void {
		this._exception = e;
		const w = this._waiter;
		if (w !== null) {
			this._waiter = null;
			if (!w.cancelled()) w.setException(e);
		}
	}

	*waitForData(funcName: string): Generator<PyValue, PyValue, undefined> {
		if (this._waiter !== null) throw runtimeError(`${funcName}() called while another coroutine is already waiting for incoming data`);
		const loop = this._loop ?? getRunningLoop();
		this._waiter = label(new Future(loop), 'socket-read', `socket read (${funcName})`);
		try {
			yield* awaitFuture(this._waiter);
		} finally {
			this._waiter = null;
		}
		return None;
	}

	take(n: number): PyBytes {
		const out = this._buffer.slice(0, n);
		this._buffer = this._buffer.slice(n);
		return newBytes(out);
	}

	*readuntil(sep: Uint8Array): Generator<PyValue, PyValue, undefined> {
		const seplen = sep.length;
		if (seplen === 0) throw valueError('Separator should be at least one-byte string');
		if (this._exception !== null) throw this._exception;
		let offset = 0;
		let isep: number;
		for (;;) {
			const buflen = this._buffer.length;
			if (buflen - offset >= seplen) {
				isep = indexOf(this._buffer, sep, offset);
				if (isep !== -1) break;
				offset = buflen + 1 - seplen;
				if (offset > this._limit) throw limitOverrunError('Separator is not found, and chunk exceed the limit', offset);
			}
			if (this._eof) {
				const chunk = newBytes(this._buffer.slice());
				this._buffer = EMPTY;
				throw incompleteReadError(chunk, None);
			}
			yield* this.waitForData('readuntil');
		}
		if (isep > this._limit) throw limitOverrunError('Separator is found, but chunk is longer than limit', isep);
		return this.take(isep + seplen);
	}

	*readline(): Generator<PyValue, PyValue, undefined> {
		try {
			return yield* this.readuntil(NL);
		} catch (e) {
			if (e instanceof PyException && e.dict) {
				const partial = e.dict.getStr('partial');
				if (e.cls.name === 'IncompleteReadError' && partial !== undefined) return partial;
				if (e.cls.name === 'LimitOverrunError') {
					const consumed = Number(e.dict.getStr('consumed') ?? 0);
					if (indexOf(this._buffer, NL, consumed) >= 0) this._buffer = this._buffer.slice(indexOf(this._buffer, NL, consumed) + 1);
					else this._buffer = EMPTY;
					throw valueError(str(e.args[0] ?? ''));
				}
			}
			throw e;
		}
	}

	*read(n: number): Generator<PyValue, PyValue, undefined> {
		if (this._exception !== null) throw this._exception;
		if (n === 0) return newBytes(EMPTY);
		if (n < 0) {
			const blocks: Uint8Array[] = [];
			for (;;) {
				const block = (yield* this.read(this._limit)) as PyBytes;
				if (block.data.length === 0) break;
				blocks.push(block.data);
			}
			let all: Uint8Array = EMPTY;
			for (const b of blocks) all = concat(all, b);
			return newBytes(all);
		}
		if (this._buffer.length === 0 && !this._eof) yield* this.waitForData('read');
		return this.take(Math.min(n, this._buffer.length));
	}

	*readexactly(n: number): Generator<PyValue, PyValue, undefined> {
		if (n < 0) throw valueError('readexactly size can not be less than zero');
		if (this._exception !== null) throw this._exception;
		if (n === 0) return newBytes(EMPTY);
		while (this._buffer.length < n) {
			if (this._eof) {
				const incomplete = newBytes(this._buffer.slice());
				this._buffer = EMPTY;
				throw incompleteReadError(incomplete, n);
			}
			yield* this.waitForData('readexactly');
		}
		return this.take(n);
	}

	atEof(): boolean {
		return this._eof && this._buffer.length === 0;
	}
}
const NL = new Uint8Array([10]);

// ---------------------------------------------------------------------------------------------
// Transports and StreamWriter

/**
 * A new socket's descriptor: the lowest free one, as the kernel gives them (CPython's loop holds
 * 3, its epoll, and 4/5, its self-pipe), so a closed connection's number is used again.
 */
function allocFd(): number {
	let fd = 6;
	while (state.openFds.has(fd)) fd++;
	state.openFds.add(fd);
	return fd;
}
function freeFd(fd: number): void {
	state.openFds.delete(fd);
}

/** One direction of a connection: where the bytes written go. */
interface Sink {
	data(d: Uint8Array): void;
	eof(): void;
}

/** What a connection's receive side is fed with: a StreamReader, or a Protocol (ProtocolReceiver). */
export interface Receiver {
	_eof: boolean;
	_exception: PyException | null;
	feedData(data: Uint8Array): void;
	feedEof(): void;
	setException(e: PyException): void;
}

export class Transport {
	closing = false;
	closed: Future;
	fd = allocFd();
	/** Local connections: the other end, and the reader fed by it (our receive side). */
	peer: Transport | null = null;
	reader: Receiver | null = null;
	/** write_eof() was called (a FIN was sent; close() sends no other). */
	eofWritten = false;
	/** The peer's socket answered our data with RST after sending us FIN: the next send fails
	 * with EPIPE (Linux: a reset in CLOSE_WAIT sets EPIPE, see docs/simulated-network.md). */
	resetPending = false;
	constructor(
		public loop: EventLoop,
		public peername: [string, number],
		public sockname: [string, number],
		public sink: Sink
	) {
		this.closed = label(new Future(loop), 'socket-close', 'socket wait_closed');
	}
	write(d: Uint8Array): void {
		if (this.closing) return;
		if (this.resetPending) {
			// _SelectorSocketTransport.write: sock.send() raises -> _fatal_error -> _force_close
			this.connectionLost(callType(BrokenPipeError, [32, 'Broken pipe'], null) as PyException);
			return;
		}
		this.sink.data(d);
	}
	close(): void {
		if (this.closing) return;
		this.closing = true;
		const reader = this.reader;
		if (reader instanceof ProtocolReceiver) {
			// _SelectorSocketTransport.close(): call_soon(_call_connection_lost, None), then the
			// peer sees our FIN on its next read.
			// The socket itself is closed (our FIN sent) after connection_lost() returns.
			const cb: NativeCb = () => {
				try {
					reader.lost(null);
				} finally {
					if (!this.eofWritten) this.sink.eof();
				}
			};
			cb.pyName = '_SelectorSocketTransport._call_connection_lost';
			this.loop.callSoonNative(cb, null, null);
			return;
		}
		// _call_connection_lost, one call_soon later: StreamReaderProtocol.connection_lost(None)
		// feeds EOF to our own reader and ends wait_closed(); then the socket closes (FIN).
		const cb: NativeCb = () => {
			const reader = this.reader;
			if (reader instanceof StreamReader && !reader._eof) reader.feedEof();
			freeFd(this.fd);
			if (!this.closed.done()) this.closed.setResult(None);
			if (!this.eofWritten) this.sink.eof();
		};
		cb.pyName = '_SelectorSocketTransport._call_connection_lost';
		this.loop.callSoonNative(cb, null, null);
	}
	/** _force_close(exc) then, one callback later, StreamReaderProtocol.connection_lost(exc). */
	connectionLost(exc: PyException): void {
		if (this.closing) return;
		this.closing = true;
		const cb: NativeCb = () => {
			if (this.reader !== null && this.reader._exception === null) this.reader.setException(exc);
			freeFd(this.fd);
			if (!this.closed.done()) {
				this.closed.setException(exc);
				// StreamReaderProtocol.__del__ retrieves it: never reported.
				this.closed._log_traceback = false;
			}
		};
		cb.pyName = 'simulated_network.connection_lost';
		this.loop.callSoonNative(cb, null, null);
	}
	/** Our data reached a peer whose socket is closed: its kernel answers with RST. */
	resetByPeer(): void {
		if (this.closing) return;
		// After the peer's FIN our transport no longer reads: the reset shows on the next send.
		if (this.reader !== null && this.reader._eof) this.resetPending = true;
		else this.connectionLost(callType(ConnectionResetError, [104, 'Connection reset by peer'], null) as PyException);
	}
}

export const streamWriterType = asyncioType('StreamWriter', 'asyncio.streams', undefined, null);

export class StreamWriter extends PyObject {
	constructor(
		public transport: Transport,
		public reader: StreamReader | null
	) {
		super(streamWriterType);
	}
}

function addrTuple(a: [string, number]): PyTuple {
	return new PyTuple([a[0], a[1]]);
}

/** A simulated HTTP server's side of a connection to a table host. */
class HttpPeer implements Sink {
	private buf: Uint8Array = EMPTY;
	private answered = false;
	constructor(
		private loop: EventLoop,
		private host: SimHost,
		private hostName: string,
		private client: Receiver
	) {}
	data(d: Uint8Array): void {
		if (this.answered) return;
		this.buf = concat(this.buf, d);
		const end = indexOf(this.buf, CRLFCRLF, 0);
		if (end < 0) return;
		this.answered = true;
		const head = new TextDecoder('latin1').decode(this.buf.slice(0, end));
		const [requestLine, ...headerLines] = head.split('\r\n');
		const parts = (requestLine ?? '').split(' ');
		let hostHeader = this.hostName;
		for (const l of headerLines) {
			const m = /^host:\s*(.*)$/i.exec(l);
			if (m) hostHeader = m[1].trim();
		}
		const respondAt = (): void => {
			let text: string;
			if (parts.length !== 3 || !/^HTTP\/1\.[01]$/.test(parts[2])) {
				text = 'HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\nContent-Length: 0\r\nConnection: close\r\n\r\n';
			} else {
				const r = this.host.respond(parts[0], parts[1], hostHeader, httpDate(wallTime()));
				text = r.status + '\r\n' + r.headers.map(([k, v]) => `${k}: ${v}`).join('\r\n') + '\r\n\r\n' + r.body;
			}
			traceEvent('socket-data', { host: this.hostName, bytes: text.length });
			this.client.feedData(new TextEncoder().encode(text));
			this.client.feedEof();
		};
		const probe = parts.length === 3 ? this.host.respond(parts[0], parts[1], hostHeader, '') : null;
		const delay = this.host.rtt + this.host.serverTime + (probe?.delay ?? 0);
		const cb: NativeCb = respondAt;
		cb.pyName = 'simulated_network.deliver_response';
		this.loop.callLater(delay, null, [], cb, null, null);
	}
	eof(): void {}
}
const CRLFCRLF = new Uint8Array([13, 10, 13, 10]);

/** A local in-memory connection's direction: bytes reach the peer reader one hop later. */
class PipeSink implements Sink {
	/** The sending transport and the receiving one (set once the pair exists). */
	from: Transport | null = null;
	to: Transport | null = null;
	constructor(
		private loop: EventLoop,
		private peer: Receiver
	) {}
	data(d: Uint8Array): void {
		const copy = d.slice();
		if (this.peer instanceof ProtocolReceiver) {
			// Into the peer's kernel buffer now; its transport reads at the next select().
			if (this.to !== null && this.to.closing) this.loop.callIo(() => this.from?.resetByPeer(), null, null);
			else this.peer.feedData(copy);
			return;
		}
		// The bytes are sent at once into the peer's kernel buffer; its transport reads them at
		// the next select() (_read_ready, an I/O event queued after what is ready now).
		this.kernel = concat(this.kernel, copy);
		this.scheduleRead();
	}
	eof(): void {
		if (this.peer instanceof ProtocolReceiver) {
			this.peer.feedEof();
			return;
		}
		this.finReceived = true;
		this.scheduleRead();
	}
	/** A stream peer's receive side: what arrived before its next read, read as one chunk. */
	private kernel: Uint8Array = EMPTY;
	private finReceived = false;
	private readScheduled = false;
	private scheduleRead(): void {
		if (this.readScheduled) return;
		this.readScheduled = true;
		const cb: NativeCb = () => this.readReady();
		cb.pyName = '_SelectorSocketTransport._read_ready';
		this.loop.callIo(cb, null, null);
	}
	/** _SelectorSocketTransport._read_ready: one recv() per select(); the FIN after the data
	 * is read by the next one. */
	private readReady(): void {
		this.readScheduled = false;
		if (this.kernel.length !== 0) {
			const data = this.kernel;
			this.kernel = EMPTY;
			if (this.finReceived) this.scheduleRead();
			// Data for a closed socket: the receiving kernel answers with RST.
			if (this.to !== null && this.to.closing) {
				this.from?.resetByPeer();
				return;
			}
			this.peer.feedData(data);
			return;
		}
		if (this.finReceived) {
			this.finReceived = false;
			this.peer.feedEof();
		}
	}
}

// ---------------------------------------------------------------------------------------------
// Protocols and transports (loop.create_server / loop.create_connection): CPython
// Lib/asyncio/protocols.py and selector_events._SelectorSocketTransport over the same pipes.

export const baseProtocolType = asyncioType('BaseProtocol', 'asyncio.protocols', undefined, (cls) => withDict(new PyObject(cls)));
baseProtocolType.ns.set('__doc__', 'Common base class for protocol interfaces.');
export const protocolType = asyncioType('Protocol', 'asyncio.protocols', baseProtocolType, (cls) => withDict(new PyObject(cls)));
protocolType.ns.set('__doc__', 'Interface for stream protocol.');
for (const name of ['connection_made', 'connection_lost', 'pause_writing', 'resume_writing']) method(baseProtocolType, name, () => None);
for (const name of ['data_received', 'eof_received']) method(protocolType, name, () => None);

/**
 * A connection's receive side delivered to a Protocol (_SelectorSocketTransport's reading half).
 * What the peer sends lands in a "kernel buffer"; the transport reads it when the next select()
 * reports the socket readable (loop.callIo): one data_received() with everything that arrived
 * until then, and the peer's FIN (eof_received) on the select() after the data.
 */
export class ProtocolReceiver implements Receiver {
	_eof = false;
	_exception: PyException | null = null;
	protocol: PyValue = None;
	transport: SocketTransport | null = null;
	private lostCalled = false;
	private kernel: Uint8Array = EMPTY;
	private finReceived = false;
	private readScheduled = false;
	constructor(private loop: EventLoop) {}
	private get closing(): boolean {
		return this.transport === null || this.transport.tr.closing;
	}
	feedData(data: Uint8Array): void {
		if (data.length === 0) return;
		this.kernel = concat(this.kernel, data);
		this.scheduleRead();
	}
	feedEof(): void {
		this.finReceived = true;
		this.scheduleRead();
	}
	scheduleRead(): void {
		if (this.readScheduled || this._eof) return;
		this.readScheduled = true;
		const cb: NativeCb = () => this.readReady();
		cb.pyName = '_SelectorSocketTransport._read_ready';
		this.loop.callIo(cb, null, null);
	}
	private readReady(): void {
		this.readScheduled = false;
		if (this.closing || this.lostCalled || this.transport!.paused) return;
		if (this.kernel.length !== 0) {
			const data = this.kernel;
			this.kernel = EMPTY;
			if (this.finReceived) this.scheduleRead();
			try {
				call(getAttr(this.protocol, 'data_received'), [newBytes(data)]);
			} catch (e) {
				this.fatal(e, 'Fatal error: protocol.data_received() call failed.');
			}
			return;
		}
		if (!this.finReceived) return;
		this._eof = true;
		let keepOpen: PyValue;
		try {
			keepOpen = call(getAttr(this.protocol, 'eof_received'), []);
		} catch (e) {
			this.fatal(e, 'Fatal error: protocol.eof_received() call failed.');
			return;
		}
		// A true result keeps the transport open (half-closed); otherwise it is closed.
		if (!isTrue(keepOpen)) this.transport!.tr.close();
	}
	/** The protocol is attached: read what arrived before. */
	attached(): void {
		if (this.kernel.length !== 0 || this.finReceived) this.scheduleRead();
	}
	setException(e: PyException): void {
		this._exception = e;
		this.lost(e);
	}
	/** _call_connection_lost(exc): the protocol's last call; the transport forgets it. */
	lost(exc: PyException | null): void {
		if (this.lostCalled) return;
		this.lostCalled = true;
		const t = this.transport;
		try {
			call(getAttr(this.protocol, 'connection_lost'), [exc ?? None]);
		} finally {
			if (t !== null) {
				t.protocol = None;
				freeFd(t.tr.fd);
				if (!t.tr.closed.done()) t.tr.closed.setResult(None);
			}
		}
	}
	/** _SelectorTransport._fatal_error: log through the loop's handler, then force-close. */
	private fatal(e: unknown, message: string): void {
		if (!(e instanceof PyException) || e.cls.isSubtypeOf(SystemExit) || e.cls.isSubtypeOf(KeyboardInterrupt)) throw e;
		const { PyDict } = require_containers();
		const ctx = new PyDict();
		ctx.setStr('message', message);
		ctx.setStr('exception', e);
		ctx.setStr('transport', this.transport ?? None);
		ctx.setStr('protocol', this.protocol);
		this.loop.callExceptionHandler(ctx);
		const tr = this.transport!.tr;
		if (tr.closing) return;
		tr.closing = true;
		const cb: NativeCb = () => {
			try {
				this.lost(e);
			} finally {
				if (!tr.eofWritten) tr.sink.eof();
			}
		};
		cb.pyName = '_SelectorSocketTransport._call_connection_lost';
		this.loop.callSoonNative(cb, null, null);
	}
}

export const socketTransportType = asyncioType('_SelectorSocketTransport', 'asyncio.selector_events', undefined, null);

/** The Python-visible transport of a protocol connection. */
export class SocketTransport extends PyObject {
	paused = false;
	constructor(
		public tr: Transport,
		public protocol: PyValue
	) {
		super(socketTransportType);
	}
}

/** Binds `protocol` to the connection whose receive side is `rcv` and sending side `tr`. */
function attachProtocol(rcv: ProtocolReceiver, tr: Transport, protocol: PyValue): SocketTransport {
	const t = new SocketTransport(tr, protocol);
	rcv.protocol = protocol;
	rcv.transport = t;
	rcv.attached();
	return t;
}

/** _SelectorSocketTransport.__init__: connection_made() and the waiter, each one call_soon later. */
function* protocolConnected(loop: EventLoop, t: SocketTransport): Generator<PyValue, PyValue, undefined> {
	loop.callSoon(getAttr(t.protocol, 'connection_made'), [t]);
	const waiter = new Future(loop);
	const cb: NativeCb = () => {
		if (!waiter.cancelled()) waiter.setResult(None);
	};
	cb.pyName = '_set_result_unless_cancelled';
	loop.callSoonNative(cb, null, null);
	yield* awaitFuture(waiter);
	return None;
}

const ST = (v: PyValue): SocketTransport => {
	if (!(v instanceof SocketTransport)) throw typeError('a transport method was called on a non-transport object');
	return v;
};
function transportData(v: PyValue | undefined): Uint8Array {
	const b = bytesLike(v ?? None);
	if (b === null) throw typeError(`data argument must be a bytes-like object, not '${typeof v === 'string' ? 'str' : typeName(v ?? None)}'`);
	return b;
}
function transportWrite(t: SocketTransport, b: Uint8Array): void {
	if (t.tr.eofWritten) throw runtimeError('Cannot call write() after write_eof()');
	if (b.length === 0) return;
	t.tr.write(b);
}
method(socketTransportType, 'write', (args) => {
	transportWrite(ST(args[0]), transportData(args[1]));
	return None;
});
method(socketTransportType, 'writelines', (args) => {
	const t = ST(args[0]);
	const parts = toArray(args[1] ?? None).map((x) => transportData(x));
	transportWrite(t, parts.reduce((a, b) => concat(a, b), EMPTY));
	return None;
});
method(socketTransportType, 'write_eof', (args) => {
	const t = ST(args[0]);
	if (t.tr.closing || t.tr.eofWritten) return None;
	t.tr.eofWritten = true;
	t.tr.sink.eof();
	return None;
});
method(socketTransportType, 'can_write_eof', () => True);
method(socketTransportType, 'close', (args) => {
	ST(args[0]).tr.close();
	return None;
});
method(socketTransportType, 'abort', (args) => {
	ST(args[0]).tr.close();
	return None;
});
method(socketTransportType, 'is_closing', (args) => pyBool(ST(args[0]).tr.closing));
method(socketTransportType, 'is_reading', (args) => {
	const t = ST(args[0]);
	return pyBool(!t.paused && !t.tr.closing);
});
method(socketTransportType, 'pause_reading', (args) => {
	ST(args[0]).paused = true;
	return None;
});
method(socketTransportType, 'resume_reading', (args) => {
	const t = ST(args[0]);
	t.paused = false;
	const r = t.tr.reader;
	if (r instanceof ProtocolReceiver) r.attached();
	return None;
});
method(socketTransportType, 'get_protocol', (args) => ST(args[0]).protocol);
method(socketTransportType, 'set_protocol', (args) => {
	const t = ST(args[0]);
	t.protocol = args[1] ?? None;
	const r = t.tr.reader;
	if (r instanceof ProtocolReceiver) r.protocol = t.protocol;
	return None;
});
method(socketTransportType, 'get_write_buffer_size', () => 0);
method(socketTransportType, 'get_write_buffer_limits', () => new PyTuple([16384, 65536]));
method(socketTransportType, 'set_write_buffer_limits', () => None);
/** transport.get_extra_info(name, default=None) / StreamWriter.get_extra_info: the socket's addresses. */
function extraInfo(t: { peername: [string, number]; sockname: [string, number]; fd: number }, args: PyValue[], kwargs: Kwargs | null): PyValue {
	const [name, dflt] = parseArgs('get_extra_info', args, kwargs, ['name', 'default'], 1);
	switch (str(name!)) {
		case 'socket':
			return new TransportSocket(t.fd, t.sockname, t.peername);
		case 'peername':
			return addrTuple(t.peername);
		case 'sockname':
			return addrTuple(t.sockname);
		default:
			return dflt ?? None;
	}
}
method(socketTransportType, 'get_extra_info', (args, kwargs) => extraInfo(ST(args[0]).tr, args, kwargs));
method(socketTransportType, '__repr__', (args) => {
	// selector_events._SelectorTransport.__repr__: the selector is polled for reading while the
	// connection is open, reading is not paused and no EOF has arrived; writes never wait.
	const t = ST(args[0]);
	const tr = t.tr;
	const info = ['_SelectorSocketTransport'];
	const gone = tr.closed.done();
	if (gone) info.push('closed');
	else if (tr.closing) info.push('closing');
	info.push(`fd=${tr.fd}`);
	if (!gone && !tr.loop._closed) {
		const reading = !tr.closing && !t.paused && !(tr.reader !== null && tr.reader._eof);
		info.push(`read=${reading ? 'polling' : 'idle'}`, 'write=<idle, bufsize=0>');
	}
	return `<${info.join(' ')}>`;
});

// ---------------------------------------------------------------------------------------------
// asyncio.trsock.TransportSocket: what Server.sockets and get_extra_info('socket') give, so that
// `server.sockets[0].getsockname()[1]` (the port of a server started on port 0) works. Only the
// addresses and the descriptor exist: the simulated network has no real socket to operate on.

const transportSocketType = asyncioType('TransportSocket', 'asyncio.trsock', undefined, null);

class TransportSocket extends PyObject {
	constructor(
		public fd: number,
		public laddr: [string, number],
		public raddr: [string, number] | null
	) {
		super(transportSocketType);
	}
}
const TS = (v: PyValue): TransportSocket => v as TransportSocket;
method(transportSocketType, 'getsockname', (args) => addrTuple(TS(args[0]).laddr));
method(transportSocketType, 'getpeername', (args) => {
	const raddr = TS(args[0]).raddr;
	if (raddr === null) throw callType(OSError, [107, 'Transport endpoint is not connected'], null) as PyException;
	return addrTuple(raddr);
});
method(transportSocketType, 'fileno', (args) => TS(args[0]).fd);
method(transportSocketType, '__repr__', (args) => {
	// trsock.TransportSocket.__repr__ (family AF_INET=2, type SOCK_STREAM=1, proto IPPROTO_TCP=6)
	const t = TS(args[0]);
	const laddr = `, laddr=('${t.laddr[0]}', ${t.laddr[1]})`;
	const raddr = t.raddr === null ? '' : `, raddr=('${t.raddr[0]}', ${t.raddr[1]})`;
	return `<asyncio.TransportSocket fd=${t.fd}, family=2, type=1, proto=6${laddr}${raddr}>`;
});

// ---------------------------------------------------------------------------------------------
// Servers (start_server): in-memory listeners keyed by "host:port".

export const serverType = asyncioType('Server', 'asyncio.base_events', undefined, null);

export class Server extends PyObject {
	serving = true;
	/** The listening socket's descriptor (taken before any connection's, as in CPython). */
	fd = allocFd();
	closedFut: Future | null = null;
	serveForeverFut: Future | null = null;
	constructor(
		public loop: EventLoop,
		public cb: PyValue,
		public host: string,
		public port: number,
		public limit: number,
		/** loop.create_server's protocol_factory (null: a start_server callback server). */
		public protocolFactory: PyValue | null = null
	) {
		super(serverType);
	}
	close(): void {
		if (!this.serving) return;
		this.serving = false;
		listeners().delete(`${this.host}:${this.port}`);
		freeFd(this.fd); // _stop_serving closes the listening socket at once
		if (this.serveForeverFut !== null && !this.serveForeverFut.done()) this.serveForeverFut.cancel();
	}
}

function listeners(): Map<string, Server> {
	let m = (state as unknown as { listeners?: Map<string, Server> }).listeners;
	if (!m) {
		m = new Map();
		(state as unknown as { listeners?: Map<string, Server> }).listeners = m;
	}
	return m;
}

function normHost(h: string): string {
	const n = h.toLowerCase();
	return n === 'localhost' || n === '' || n === '0.0.0.0' || n === '::' || n === '::1' ? '127.0.0.1' : n;
}

// ---------------------------------------------------------------------------------------------
// open_connection / start_server

/** open_connection, or loop.create_connection when `protoFactory` is given. */
function* openConnection(hostArg: PyValue, portArg: PyValue, limit: number, protoFactory: PyValue | null = null): Generator<PyValue, PyValue, undefined> {
	const loop = getRunningLoop();
	const hostName = hostArg === None ? 'localhost' : str(hostArg);
	const port = Number(asInt(portArg) ?? 0);
	const found = lookupHost(hostName);
	if (found === null) throw unknownHostError();
	const reader: StreamReader | ProtocolReceiver = protoFactory === null ? new StreamReader() : new ProtocolReceiver(loop);
	if (reader instanceof StreamReader) {
		reader._loop = loop;
		reader._limit = limit;
	}
	traceEvent('socket-connect', { host: hostName, port });
	if (found.host !== null) {
		const h = found.host;
		const connected = label(new Future(loop), 'socket-connect', `socket connect ${hostName}:${port}`);
		loop.callLater(h.rtt, null, [], (() => {
			if (!connected.done()) connected.setResult(None);
		}) as NativeCb, null, null);
		yield* awaitFuture(connected);
		if (!h.ports.includes(port)) {
			throw callType(ConnectionRefusedError, [111, `Connect call failed ('${found.ip}', ${port})`], null) as PyException;
		}
		const tr = new Transport(loop, [found.ip, port], ['192.0.2.7', state.nextPort++], new HttpPeer(loop, h, hostName, reader));
		if (reader instanceof ProtocolReceiver) return yield* clientProtocol(loop, reader, tr, protoFactory!);
		reader.transport = tr;
		return new PyTuple([reader, new StreamWriter(tr, reader)]);
	}
	// Local: an in-memory listener made by start_server.
	yield* resolveHost(loop, hostName);
	const server = listeners().get(`${normHost(hostName)}:${port}`) ?? listeners().get(`127.0.0.1:${port}`);
	if (server === undefined || !server.serving) {
		throw callType(ConnectionRefusedError, [111, `Connect call failed ('127.0.0.1', ${port})`], null) as PyException;
	}
	const connected = label(new Future(loop), 'socket-connect', `socket connect ${hostName}:${port}`);
	const clientPort = state.nextPort++;
	const sreader: StreamReader | ProtocolReceiver = server.protocolFactory === null ? new StreamReader() : new ProtocolReceiver(loop);
	if (sreader instanceof StreamReader) {
		sreader._loop = loop;
		sreader._limit = server.limit;
	}
	const clientTr = new Transport(loop, ['127.0.0.1', port], ['127.0.0.1', clientPort], new PipeSink(loop, sreader));
	const serverTr = new Transport(loop, ['127.0.0.1', clientPort], ['127.0.0.1', port], new PipeSink(loop, reader));
	if (reader instanceof StreamReader) reader.transport = clientTr;
	if (sreader instanceof StreamReader) sreader.transport = serverTr;
	clientTr.peer = serverTr;
	serverTr.peer = clientTr;
	clientTr.reader = reader;
	serverTr.reader = sreader;
	(clientTr.sink as PipeSink).from = clientTr;
	(clientTr.sink as PipeSink).to = serverTr;
	(serverTr.sink as PipeSink).from = serverTr;
	(serverTr.sink as PipeSink).to = clientTr;
	// StreamReaderProtocol.connection_made for the server side: the client_connected_cb, whose
	// coroutine becomes the handler task.
	const streamConnectionMade: NativeCb = () => {
		try {
			const swriter = new StreamWriter(serverTr, sreader as StreamReader);
			const res = call(server.cb, [sreader as StreamReader, swriter]);
			if (iscoroutine(res)) {
				const task = loop.createTask(res) as Future;
				if (rt.minor >= 11) task.addDoneCallback(new NativeDoneCb(handlerDone, { loop, tr: serverTr }));
				// 3.13: nothing but the handler holds its StreamWriter, whose __del__ closes an
				// open connection when the handler returns (earlier, the protocol keeps it).
				if (rt.minor >= 13 && task instanceof Task) task._onReturn = () => serverTr.close();
			}
		} catch (e) {
			if (!(e instanceof PyException)) throw e;
			const { PyDict } = require_containers();
			const ctx = new PyDict();
			ctx.setStr('message', 'Unhandled exception in client_connected_cb');
			ctx.setStr('exception', e);
			loop.callExceptionHandler(ctx);
		}
	};
	streamConnectionMade.pyName = 'StreamReaderProtocol.connection_made';
	const accept: NativeCb = () => {
		// The _accept_connection2 task takes a Task-N name.
		state.taskCounter++;
		// _accept_connection: the _accept_connection2 task runs one iteration later:
		// protocol_factory(), then the transport's connection_made(). The client's
		// connect completes in the same select().
		const accept2: NativeCb = () => {
			if (sreader instanceof ProtocolReceiver) {
				const t = attachProtocol(sreader, serverTr, call(server.protocolFactory!, []));
				loop.callSoon(getAttr(t.protocol, 'connection_made'), [t]);
			} else loop.callSoonNative(streamConnectionMade, null, null);
		};
		accept2.pyName = 'BaseSelectorEventLoop._accept_connection2';
		loop.callSoonNative(accept2, null, null);
		if (!connected.done()) connected.setResult(None);
	};
	accept.pyName = 'simulated_network.accept';
	loop.callIo(accept, null, null);
	yield* awaitFuture(connected);
	if (reader instanceof ProtocolReceiver) return yield* clientProtocol(loop, reader, clientTr, protoFactory!);
	// _create_connection_transport: the transport's connection_made and waiter, one call_soon each.
	yield* streamConnected(loop);
	return new PyTuple([reader, new StreamWriter(clientTr, reader)]);
}

/** _SelectorSocketTransport.__init__ for a stream: connection_made() (nothing to see for a
 * client's StreamReaderProtocol) and the waiter, each one call_soon later. */
function* streamConnected(loop: EventLoop): Generator<PyValue, PyValue, undefined> {
	const made: NativeCb = () => undefined;
	made.pyName = 'StreamReaderProtocol.connection_made';
	loop.callSoonNative(made, null, null);
	const waiter = new Future(loop);
	const cb: NativeCb = () => {
		if (!waiter.cancelled()) waiter.setResult(None);
	};
	cb.pyName = '_set_result_unless_cancelled';
	loop.callSoonNative(cb, null, null);
	yield* awaitFuture(waiter);
	return None;
}

/**
 * The done callback StreamReaderProtocol.connection_made puts on the client_connected_cb task
 * (3.11+): a failed handler is reported and its connection closed (the client sees EOF).
 * 3.11/3.12 call task.exception() on a cancelled task too: its CancelledError is logged as an
 * exception in this callback; 3.13 just closes the connection.
 */
function handlerDone(info: { loop: EventLoop; tr: Transport }, fut: Future): void {
	if (rt.minor >= 13 && fut.cancelled()) {
		info.tr.close();
		return;
	}
	const e = fut.exception();
	if (e === None) return;
	const { PyDict } = require_containers();
	const ctx = new PyDict();
	ctx.setStr('message', 'Unhandled exception in client_connected_cb');
	ctx.setStr('exception', e);
	ctx.setStr('transport', new SocketTransport(info.tr, None));
	info.loop.callExceptionHandler(ctx);
	info.tr.close();
}
(handlerDone as NativeCb).pyName = 'StreamReaderProtocol.connection_made.<locals>.callback';

/** _create_connection_transport: the protocol, its transport, connection_made; (transport, protocol). */
function* clientProtocol(loop: EventLoop, rcv: ProtocolReceiver, tr: Transport, protoFactory: PyValue): Generator<PyValue, PyValue, undefined> {
	tr.reader = rcv;
	const t = attachProtocol(rcv, tr, call(protoFactory, []));
	yield* protocolConnected(loop, t);
	return new PyTuple([t, t.protocol]);
}

import * as containers from '../../objects/containers';
function require_containers(): typeof containers {
	return containers;
}

/**
 * base_events._ensure_resolved: an IP address resolves without suspending; a name goes through
 * loop.getaddrinfo(), a job of the default executor whose result comes back one call_soon later
 * (it takes no virtual time).
 */
function* resolveHost(loop: EventLoop, host: string): Generator<PyValue, PyValue, undefined> {
	if (/^\d+\.\d+\.\d+\.\d+$/.test(host) || host.includes(':')) return None;
	const fut = label(new Future(loop), 'executor', `getaddrinfo(${host})`);
	const deliver: NativeCb = () => {
		if (!fut.cancelled()) fut.setResult(None);
	};
	deliver.pyName = '_chain_future.<locals>._call_set_state';
	loop.callSoonNative(deliver, null, null);
	yield* awaitFuture(fut);
	return None;
}

function* startServer(cb: PyValue, hostArg: PyValue, portArg: PyValue, limit: number, protocolFactory: PyValue | null = null): Generator<PyValue, PyValue, undefined> {
	const loop = getRunningLoop();
	const host = hostArg === None ? '127.0.0.1' : normHost(str(toArray(hostArg instanceof PyList || hostArg instanceof PyTuple ? hostArg : new PyTuple([hostArg]))[0] ?? '127.0.0.1'));
	let port = portArg === None ? 0 : Number(asInt(portArg) ?? 0);
	if (port === 0) port = 40000 + (state.nextPort++ % 1000);
	// create_server: `infos = await tasks.gather(*fs)` over one _create_server_getaddrinfo()
	// coroutine per host (each becomes a task, taking a Task-N name); an IP address resolves
	// without suspending.
	const hostCount = hostArg instanceof PyList || hostArg instanceof PyTuple ? Math.max(1, toArray(hostArg).length) : 1;
	const resolvers: PyValue[] = [];
	for (let i = 0; i < hostCount; i++) {
		resolvers.push(new GenCoro('_create_server_getaddrinfo', (function* () {
			if (hostArg !== None) yield* resolveHost(loop, str(hostArg instanceof PyList || hostArg instanceof PyTuple ? (toArray(hostArg)[i] ?? '') : hostArg));
			return None;
		})(), 'BaseEventLoop._create_server_getaddrinfo'));
	}
	yield* awaitAny(gather(resolvers, false));
	const key = `${host}:${port}`;
	if (listeners().has(key)) {
		throw callType(OSError, [98, `error while attempting to bind on address ('${host}', ${port}): address already in use`], null) as PyException;
	}
	if (lookupHost(host)?.host) {
		throw callType(OSError, [99, `error while attempting to bind on address ('${host}', ${port}): cannot assign requested address`], null) as PyException;
	}
	const server = new Server(loop, cb, host, port, limit, protocolFactory);
	listeners().set(key, server);
	traceEvent('server-listen', { host, port });
	// server._start_serving(), then `await tasks.sleep(0)` so that the add_reader goes through.
	yield None;
	return server;
}

// ---------------------------------------------------------------------------------------------
// Python-visible API.

const SR = (v: PyValue): StreamReader => v as StreamReader;
const SW = (v: PyValue): StreamWriter => v as StreamWriter;
const SV = (v: PyValue): Server => v as Server;

function sepArg(v: PyValue | undefined): Uint8Array {
	if (v === undefined) return NL;
	const b = bytesLike(v);
	if (b === null) {
		if (v instanceof PyTuple && rt.minor >= 13) return bytesLike(v.items[0]) ?? NL;
		throw typeError(`a bytes-like object is required, not '${typeof v === 'string' ? 'str' : (v as PyObject).cls.name}'`);
	}
	return b;
}

method(streamReaderType, '__init__', (args, kwargs) => {
	const [limit] = parseArgs('StreamReader', args, kwargs, ['limit', 'loop'], 0);
	const r = SR(args[0]);
	r._limit = limit === undefined ? LIMIT : Number(asInt(limit) ?? LIMIT);
	if (r._limit <= 0) throw valueError('Limit cannot be <= 0');
	return None;
});
method(streamReaderType, 'read', (args, kwargs) => {
	const [n] = parseArgs('read', args, kwargs, ['n'], 0);
	return new GenCoro('read', SR(args[0]).read(n === undefined ? -1 : Number(asInt(n) ?? -1)), 'StreamReader.read');
});
method(streamReaderType, 'readline', (args) => new GenCoro('readline', SR(args[0]).readline(), 'StreamReader.readline'));
method(streamReaderType, 'readuntil', (args, kwargs) => {
	const [sep] = parseArgs('readuntil', args, kwargs, ['separator'], 0);
	return new GenCoro('readuntil', SR(args[0]).readuntil(sepArg(sep)), 'StreamReader.readuntil');
});
method(streamReaderType, 'readexactly', (args) => {
	const n = Number(asInt(args[1] ?? 0) ?? 0);
	return new GenCoro('readexactly', SR(args[0]).readexactly(n), 'StreamReader.readexactly');
});
method(streamReaderType, 'at_eof', (args) => pyBool(SR(args[0]).atEof()));
method(streamReaderType, 'feed_data', (args) => {
	const b = bytesLike(args[1] ?? None);
	if (b === null) throw typeError('data argument must be a bytes-like object');
	SR(args[0]).feedData(b);
	return None;
});
method(streamReaderType, 'feed_eof', (args) => {
	SR(args[0]).feedEof();
	return None;
});
method(streamReaderType, 'exception', (args) => SR(args[0])._exception ?? None);
method(streamReaderType, 'set_exception', (args) => {
	SR(args[0]).setException(args[1] as PyException);
	return None;
});
method(streamReaderType, '__aiter__', (args) => args[0]);
method(streamReaderType, '__anext__', (args) => {
	const r = SR(args[0]);
	return new GenCoro('__anext__', (function* () {
		const line = (yield* r.readline()) as PyBytes;
		if (line.data.length === 0) throw newException(StopAsyncIteration);
		return line;
	})(), 'StreamReader.__anext__');
});
method(streamReaderType, '__repr__', (args) => {
	const r = SR(args[0]);
	const info = ['StreamReader'];
	if (r._buffer.length) info.push(`${r._buffer.length} bytes`);
	if (r._eof) info.push('eof');
	if (r._limit !== LIMIT) info.push(`limit=${r._limit}`);
	if (r._waiter) info.push(`waiter=${repr(r._waiter)}`);
	if (r._exception) info.push(`exception=${repr(r._exception)}`);
	if (r.transport) info.push(`transport=<_SelectorSocketTransport fd=${r.transport.fd}>`);
	return `<${info.join(' ')}>`;
});

method(streamWriterType, 'write', (args) => {
	const w = SW(args[0]);
	const b = bytesLike(args[1] ?? None);
	if (b === null) throw typeError(`data argument must be a bytes-like object, not '${typeof args[1] === 'string' ? 'str' : (args[1] as PyObject).cls.name}'`);
	w.transport.write(b);
	return None;
});
method(streamWriterType, 'writelines', (args) => {
	const w = SW(args[0]);
	for (const x of toArray(args[1] ?? None)) {
		const b = bytesLike(x);
		if (b === null) throw typeError('data argument must be a bytes-like object');
		w.transport.write(b);
	}
	return None;
});
method(streamWriterType, 'drain', (args) => {
	const w = SW(args[0]);
	return new GenCoro('drain', (function* () {
		if (w.reader !== null && w.reader._exception !== null) throw w.reader._exception;
		if (w.transport.closing) {
			// Yield to the event loop so connection_lost() may be called (CPython does the same).
			yield None;
			throw newException(ConnectionResetError, 'Connection lost');
		}
		return None;
	})(), 'StreamWriter.drain');
});
method(streamWriterType, 'close', (args) => {
	SW(args[0]).transport.close();
	return None;
});
method(streamWriterType, 'is_closing', (args) => pyBool(SW(args[0]).transport.closing));
method(streamWriterType, 'wait_closed', (args) => {
	const w = SW(args[0]);
	return new GenCoro('wait_closed', (function* () {
		yield* awaitFuture(w.transport.closed);
		return None;
	})(), 'StreamWriter.wait_closed');
});
method(streamWriterType, 'can_write_eof', () => True);
method(streamWriterType, 'write_eof', (args) => {
	const tr = SW(args[0]).transport;
	if (tr.eofWritten || tr.closing) return None;
	tr.eofWritten = true;
	tr.sink.eof();
	return None;
});
method(streamWriterType, 'get_extra_info', (args, kwargs) => extraInfo(SW(args[0]).transport, args, kwargs));
getset(streamWriterType, 'transport', (_self) => new PyBuiltin('transport', () => None));
method(streamWriterType, '__repr__', (args) => {
	const w = SW(args[0]);
	return `<StreamWriter transport=<_SelectorSocketTransport fd=${w.transport.fd}>${w.reader ? ` reader=<StreamReader transport=<_SelectorSocketTransport fd=${w.transport.fd}>>` : ''}>`;
});

method(serverType, 'close', (args) => {
	SV(args[0]).close();
	return None;
});
method(serverType, 'is_serving', (args) => pyBool(SV(args[0]).serving));
method(serverType, 'get_loop', (args) => SV(args[0]).loop);
method(serverType, 'start_serving', () => new GenCoro('start_serving', (function* () {
	return None;
})(), 'Server.start_serving'));
method(serverType, 'wait_closed', (args) => {
	const s = SV(args[0]);
	return new GenCoro('wait_closed', (function* () {
		if (s.serving) {
			// CPython (3.12+) waits until the server is closed and all connections are done.
			if (rt.minor >= 12) {
				s.closedFut = s.closedFut ?? label(new Future(s.loop), 'server', 'server wait_closed');
				yield* awaitFuture(s.closedFut);
			}
		}
		return None;
	})(), 'Server.wait_closed');
});
method(serverType, 'serve_forever', (args) => {
	const s = SV(args[0]);
	return new GenCoro('serve_forever', (function* () {
		if (s.serveForeverFut !== null) throw runtimeError(`server ${repr(s)} is already being awaited on serve_forever()`);
		if (!s.serving) throw runtimeError(`server ${repr(s)} is closed`);
		s.serveForeverFut = label(new Future(s.loop), 'server', 'serve_forever');
		try {
			yield* awaitFuture(s.serveForeverFut);
		} catch (e) {
			if (isCancelledError(e)) {
				s.close();
			}
			throw e;
		} finally {
			s.serveForeverFut = null;
		}
		return None;
	})(), 'Server.serve_forever');
});
getset(serverType, 'sockets', (self) => {
	const s = SV(self);
	return new PyTuple(s.serving ? [new TransportSocket(s.fd, [s.host, s.port], null)] : []);
});
method(serverType, '__repr__', (args) => {
	const s = SV(args[0]);
	return `<Server sockets=(${s.serving ? `<asyncio.TransportSocket fd=${s.fd}, family=2, type=1, proto=6, laddr=('${s.host}', ${s.port})>,` : ''})>`;
});
method(serverType, '__aenter__', (args) => {
	const s = args[0];
	return new GenCoro('__aenter__', (function* () {
		return s;
	})(), 'Server.__aenter__');
});
method(serverType, '__aexit__', (args) => {
	const s = SV(args[0]);
	return new GenCoro('__aexit__', (function* () {
		s.close();
		if (s.closedFut && !s.closedFut.done()) s.closedFut.setResult(None);
		return None;
	})(), 'Server.__aexit__');
});

/** Adds the streams API to the asyncio module. */
export function installStreams(m: PyModule, all: string[]): void {
	const add = (n: string): void => {
		all.push(n);
	};
	m.dict.setStr('StreamReader', streamReaderType);
	add('StreamReader');
	m.dict.setStr('StreamWriter', streamWriterType);
	add('StreamWriter');
	defFunction(m, 'open_connection', (args, kwargs) => {
		const kw = kwargs ? new Map([...kwargs].filter(([k]) => k === 'host' || k === 'port' || k === 'limit')) : null;
		const [host, port, limit] = parseArgs('open_connection', args, kw && kw.size ? kw : null, ['host', 'port', 'limit'], 0, 0, 2);
		return new GenCoro('open_connection', openConnection(host ?? None, port ?? None, limit === undefined ? LIMIT : Number(asInt(limit) ?? LIMIT)));
	});
	add('open_connection');
	defFunction(m, 'start_server', (args, kwargs) => {
		const kw = kwargs ? new Map([...kwargs].filter(([k]) => k === 'client_connected_cb' || k === 'host' || k === 'port' || k === 'limit')) : null;
		const [cb, host, port, limit] = parseArgs('start_server', args, kw && kw.size ? kw : null, ['client_connected_cb', 'host', 'port', 'limit'], 1, 0, 3);
		return new GenCoro('start_server', startServer(cb!, host ?? None, port ?? None, limit === undefined ? LIMIT : Number(asInt(limit) ?? LIMIT)));
	});
	add('start_server');
	m.dict.setStr('BaseProtocol', baseProtocolType);
	add('BaseProtocol');
	m.dict.setStr('Protocol', protocolType);
	add('Protocol');
	if (rt.minor >= 9) {
		// base_events.__all__ has 'Server' from 3.9 (before, only asyncio.base_events.Server).
		m.dict.setStr('Server', serverType);
		add('Server');
	}
}

// ---------------------------------------------------------------------------------------------
// loop.create_server / loop.create_connection (protocols), and what the simulation lacks.

const SERVER_KW = ['family', 'flags', 'sock', 'backlog', 'ssl', 'reuse_address', 'reuse_port', 'keep_alive', 'ssl_handshake_timeout', 'ssl_shutdown_timeout', 'start_serving'];
const CONNECTION_KW = ['ssl', 'family', 'proto', 'flags', 'sock', 'local_addr', 'server_hostname', 'ssl_handshake_timeout', 'ssl_shutdown_timeout', 'happy_eyeballs_delay', 'interleave', 'all_errors'];

/** Binds (self, protocol_factory, host=None, port=None, *, <kw>) like a Python method. */
function loopMethodArgs(name: string, args: PyValue[], kwargs: Kwargs | null, kw: string[]): { factory: PyValue; host: PyValue; port: PyValue; options: Map<string, PyValue> } {
	const fname = rt.minor >= 10 ? `BaseEventLoop.${name}` : name;
	const params = ['protocol_factory', 'host', 'port', ...kw];
	const bound = parseArgs(fname, args, kwargs, params, 1, 1, 3);
	const options = new Map<string, PyValue>();
	kw.forEach((k, i) => {
		const v = bound[3 + i];
		if (v !== undefined && v !== None) options.set(k, v);
	});
	for (const k of ['sock', 'ssl']) {
		if (options.has(k) && !(k === 'ssl' && options.get(k) === False)) {
			throw newException(NotImplementedError, `loop.${name}(${k}=...) is not available: the runtime's network is simulated (in-memory connections, no sockets and no TLS); pass host and port`);
		}
	}
	return { factory: bound[0]!, host: bound[1] ?? None, port: bound[2] ?? None, options };
}

method(baseEventLoopType, 'create_server', (args, kwargs) => {
	const { factory, host, port } = loopMethodArgs('create_server', args, kwargs, SERVER_KW);
	return new GenCoro('create_server', startServer(None, host, port, LIMIT, factory), 'BaseEventLoop.create_server');
});
method(baseEventLoopType, 'create_connection', (args, kwargs) => {
	const { factory, host, port } = loopMethodArgs('create_connection', args, kwargs, CONNECTION_KW);
	return new GenCoro('create_connection', openConnection(host, port, LIMIT, factory), 'BaseEventLoop.create_connection');
});

/** Loop methods that need real sockets, pipes, processes or signals: a clear error, never a wrong result. */
const UNSUPPORTED_LOOP_METHODS: [string, string][] = [
	['sock_recv', 'sockets'],
	['sock_recv_into', 'sockets'],
	['sock_recvfrom', 'sockets'],
	['sock_recvfrom_into', 'sockets'],
	['sock_sendall', 'sockets'],
	['sock_sendto', 'sockets'],
	['sock_connect', 'sockets'],
	['sock_accept', 'sockets'],
	['sock_sendfile', 'sockets'],
	['sendfile', 'sockets'],
	['start_tls', 'TLS'],
	['connect_accepted_socket', 'sockets'],
	['create_datagram_endpoint', 'UDP'],
	['create_unix_server', 'Unix sockets'],
	['create_unix_connection', 'Unix sockets'],
	['connect_read_pipe', 'pipes'],
	['connect_write_pipe', 'pipes'],
	['subprocess_exec', 'subprocesses'],
	['subprocess_shell', 'subprocesses'],
	['add_reader', 'file descriptors'],
	['add_writer', 'file descriptors'],
	['remove_reader', 'file descriptors'],
	['remove_writer', 'file descriptors'],
	['add_signal_handler', 'signals'],
	['remove_signal_handler', 'signals'],
	['getaddrinfo', 'a resolver'],
	['getnameinfo', 'a resolver'],
];
for (const [name, what] of UNSUPPORTED_LOOP_METHODS) {
	method(baseEventLoopType, name, () => {
		throw newException(
			NotImplementedError,
			`loop.${name}() is not available: the runtime's network is simulated and has no ${what}; use asyncio.open_connection()/start_server() (streams) or loop.create_connection()/create_server() (protocols)`
		);
	});
}

// Server close also completes wait_closed (3.12+ waits for it).
// eslint-disable-next-line @typescript-eslint/unbound-method -- called below as origClose.call(this)
const origClose = Server.prototype.close;
Server.prototype.close = function (this: Server): void {
	origClose.call(this);
	if (this.closedFut && !this.closedFut.done()) this.closedFut.setResult(None);
};

export { False, isTrue, awaitAny, getEventLoop, objectId, runtimeError };
