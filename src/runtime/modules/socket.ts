/*
 * socket.ts
 * A minimal `socket` module for the simulated network (see docs/simulated-network.md): the
 * exception types asyncio's streams raise (gaierror, herror, timeout), a few constants, and
 * name resolution against the simulated host table. There are no real sockets.
 */

import { PyType, None, typeType } from '../objects/object';
import { OSError, TimeoutError, newException, PyException } from '../objects/exceptions';
import { PyTuple, PyList } from '../objects/containers';
import { callType, str } from '../objects/protocol';
import { rt } from '../objects/runtimeState';
import { PyModule } from '../objects/function';
import { registerModule, defFunction } from './registry';
import { lookupHost } from './asyncio/network';

function excType(name: string, base: PyType): PyType {
	const t = new PyType(typeType, name, [base], new Map(), { builtin: true, module: 'socket' });
	t.hasInstanceDict = true;
	return t;
}

export const gaierror = excType('gaierror', OSError);
export const herror = excType('herror', OSError);
const socketTimeout = excType('timeout', OSError);

/** socket.gaierror(-2, 'Name or service not known'), as glibc reports an unknown host. */
export function unknownHostError(): PyException {
	return callType(gaierror, [-2, 'Name or service not known'], null) as PyException;
}

registerModule('socket', (m: PyModule) => {
	m.dict.setStr('gaierror', gaierror);
	m.dict.setStr('herror', herror);
	m.dict.setStr('error', OSError);
	m.dict.setStr('timeout', rt.minor >= 10 ? TimeoutError : socketTimeout);
	m.dict.setStr('AF_INET', 2);
	m.dict.setStr('AF_INET6', 10);
	m.dict.setStr('AF_UNSPEC', 0);
	m.dict.setStr('SOCK_STREAM', 1);
	m.dict.setStr('SOCK_DGRAM', 2);
	m.dict.setStr('IPPROTO_TCP', 6);
	m.dict.setStr('SOL_SOCKET', 1);
	m.dict.setStr('SO_REUSEADDR', 2);
	defFunction(m, 'gethostname', () => 'pyco-sandbox');
	defFunction(m, 'gethostbyname', (args) => {
		const h = str(args[0] ?? None);
		const e = lookupHost(h);
		if (e === null) throw unknownHostError();
		return e.ip;
	});
	defFunction(m, 'getaddrinfo', (args) => {
		const h = str(args[0] ?? None);
		const port = args[1] ?? None;
		const e = lookupHost(h);
		if (e === null) throw unknownHostError();
		return new PyList([new PyTuple([2, 1, 6, '', new PyTuple([e.ip, port])])]);
	});
	defFunction(m, 'socket', () => {
		throw newException(OSError, 'real sockets are not available: this runtime has a simulated network only (asyncio.open_connection / start_server)');
	});
});
