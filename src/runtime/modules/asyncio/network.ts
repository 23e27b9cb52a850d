/*
 * network.ts
 * The SIMULATED network behind asyncio.open_connection (documented in docs/simulated-network.md):
 * a fixed table of fictional-but-plausible hosts that answer HTTP/1.0 requests after a fixed
 * latency on the virtual clock, plus the in-memory listeners created by asyncio.start_server.
 * Nothing here touches a real network.
 */

export interface HttpResponse {
	status: string;
	headers: [string, string][];
	body: string;
	/** Extra server think time in seconds (httpbin's /delay/N). */
	delay?: number;
}

export interface SimHost {
	ip: string;
	/** Round-trip time in seconds: TCP connect costs one RTT, a request/response another. */
	rtt: number;
	/** Server processing time in seconds, added to the request's RTT. */
	serverTime: number;
	/** Ports that accept connections. */
	ports: number[];
	respond(method: string, path: string, host: string, dateHeader: string): HttpResponse;
}

function html(title: string, text: string): string {
	return `<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n<h1>${title}</h1>\n<p>${text}</p>\n</body>\n</html>\n`;
}

function page(server: string, title: string, text: string, extra: [string, string][] = []): (m: string, p: string, h: string, d: string) => HttpResponse {
	return (method, path, _host, date) => {
		if (path !== '/' && path !== '/index.html') return notFound(server, date);
		const body = method === 'HEAD' ? '' : html(title, text);
		return {
			status: 'HTTP/1.1 200 OK',
			headers: [['Server', server], ['Date', date], ['Content-Type', 'text/html; charset=utf-8'], ['Content-Length', String(utf8Len(html(title, text)))], ['Connection', 'close'], ...extra],
			body,
		};
	};
}

function redirect(server: string, location: string, status = 'HTTP/1.1 301 Moved Permanently'): (m: string, p: string, h: string, d: string) => HttpResponse {
	return (_m, path, _h, date) => {
		const body = html(status.slice(9), `The document has moved to ${location}`);
		return {
			status,
			headers: [['Server', server], ['Date', date], ['Content-Type', 'text/html'], ['Content-Length', String(utf8Len(body))], ['Connection', 'close'], ['Location', location + (path === '/' ? '' : path.slice(1))]],
			body,
		};
	};
}

function notFound(server: string, date: string): HttpResponse {
	const body = html('404 Not Found', 'The requested URL was not found on this server.');
	return {
		status: 'HTTP/1.1 404 Not Found',
		headers: [['Server', server], ['Date', date], ['Content-Type', 'text/html; charset=utf-8'], ['Content-Length', String(utf8Len(body))], ['Connection', 'close']],
		body,
	};
}

function utf8Len(s: string): number {
	return new TextEncoder().encode(s).length;
}

/** httpbin.org-like test service: /get, /ip, /delay/N, /status/N, /html. */
function httpbin(method: string, path: string, host: string, date: string): HttpResponse {
	const json = (obj: unknown, delay = 0): HttpResponse => {
		const body = JSON.stringify(obj, null, 2) + '\n';
		return {
			status: 'HTTP/1.1 200 OK',
			headers: [['Date', date], ['Content-Type', 'application/json'], ['Content-Length', String(utf8Len(body))], ['Connection', 'close'], ['Server', 'gunicorn/19.9.0']],
			body,
			delay,
		};
	};
	let m: RegExpExecArray | null;
	if (path === '/get') return json({ args: {}, headers: { Host: host }, origin: '198.51.100.7', url: `http://${host}/get` });
	if (path === '/ip') return json({ origin: '198.51.100.7' });
	if ((m = /^\/delay\/(\d+(?:\.\d+)?)$/.exec(path))) {
		const d = Math.min(Number(m[1]), 10);
		return json({ args: {}, headers: { Host: host }, origin: '198.51.100.7', url: `http://${host}${path}` }, d);
	}
	if ((m = /^\/status\/(\d{3})$/.exec(path))) {
		const code = Number(m[1]);
		const reason: Record<number, string> = { 200: 'OK', 201: 'CREATED', 204: 'NO CONTENT', 301: 'MOVED PERMANENTLY', 302: 'FOUND', 400: 'BAD REQUEST', 403: 'FORBIDDEN', 404: 'NOT FOUND', 418: "I'M A TEAPOT", 500: 'INTERNAL SERVER ERROR', 503: 'SERVICE UNAVAILABLE' };
		return { status: `HTTP/1.1 ${code} ${reason[code] ?? 'UNKNOWN'}`, headers: [['Date', date], ['Content-Length', '0'], ['Connection', 'close'], ['Server', 'gunicorn/19.9.0']], body: '' };
	}
	if (path === '/html' || path === '/') return page('gunicorn/19.9.0', 'httpbin.org', 'A simple HTTP Request & Response Service (simulated).')(method, '/', host, date);
	return notFound('gunicorn/19.9.0', date);
}

/** The table of simulated hosts (keep docs/simulated-network.md in sync). */
export const HOSTS: Record<string, SimHost> = {
	'www.sina.com.cn': {
		ip: '203.0.113.11',
		rtt: 0.04,
		serverTime: 0.03,
		ports: [80, 443],
		respond: page('nginx', '新浪首页 (simulated)', '这是模拟网络中的新浪首页。This is the simulated home page of www.sina.com.cn.', [['Cache-Control', 'max-age=60'], ['X-Via', 'simulated-cdn']]),
	},
	'www.sohu.com': {
		ip: '203.0.113.22',
		rtt: 0.03,
		serverTime: 0.01,
		ports: [80, 443],
		respond: page('SWS', '搜狐 (simulated)', '这是模拟网络中的搜狐首页。This is the simulated home page of www.sohu.com.', [['Vary', 'Accept-Encoding'], ['Cache-Control', 'no-transform, max-age=120']]),
	},
	'www.163.com': {
		ip: '203.0.113.33',
		rtt: 0.05,
		serverTime: 0.05,
		ports: [80, 443],
		respond: redirect('Cdn Cache Server V2.0', 'https://www.163.com/', 'HTTP/1.1 302 Moved Temporarily'),
	},
	'example.com': {
		ip: '93.184.215.14',
		rtt: 0.1,
		serverTime: 0.01,
		ports: [80, 443],
		respond: page('ECAcc (sim/0001)', 'Example Domain', 'This domain is for use in illustrative examples in documents (simulated copy).', [['Cache-Control', 'max-age=604800']]),
	},
	'www.example.com': {
		ip: '93.184.215.14',
		rtt: 0.1,
		serverTime: 0.01,
		ports: [80, 443],
		respond: page('ECAcc (sim/0001)', 'Example Domain', 'This domain is for use in illustrative examples in documents (simulated copy).', [['Cache-Control', 'max-age=604800']]),
	},
	'python.org': {
		ip: '151.101.0.223',
		rtt: 0.08,
		serverTime: 0.02,
		ports: [80, 443],
		respond: redirect('Varnish', 'https://www.python.org/'),
	},
	'www.python.org': {
		ip: '151.101.0.223',
		rtt: 0.08,
		serverTime: 0.04,
		ports: [80, 443],
		respond: page('nginx', 'Welcome to Python.org', 'The official home of the Python Programming Language (simulated copy).', [['Via', '1.1 varnish'], ['X-Cache', 'HIT']]),
	},
	'httpbin.org': {
		ip: '198.51.100.80',
		rtt: 0.15,
		serverTime: 0.01,
		ports: [80, 443],
		respond: httpbin,
	},
};

/** Resolves a host name (case-insensitive) in the table; localhost names resolve too. */
export function lookupHost(name: string): { ip: string; host: SimHost | null } | null {
	const n = name.toLowerCase().replace(/\.$/, '');
	if (n === 'localhost' || n === '127.0.0.1' || n === '::1' || n === '0.0.0.0' || n === '') return { ip: '127.0.0.1', host: null };
	const h = HOSTS[n];
	if (h) return { ip: h.ip, host: h };
	for (const k of Object.keys(HOSTS)) if (HOSTS[k].ip === n) return { ip: n, host: HOSTS[k] };
	return null;
}

/** RFC 7231 date of a virtual instant (epoch seconds). */
export function httpDate(epochSeconds: number): string {
	return new Date(Math.floor(epochSeconds) * 1000).toUTCString();
}
