// A tiny static file server for the built site (dist/): it starts in milliseconds, unlike
// `astro preview`, which loads the whole Astro config first. Used by the e2e tests
// (tests/e2e/serve.mjs) and the PDF export (tools/pdf.mjs).
//
// With `{ compress: true }` text responses are sent with brotli or gzip (whichever the client
// accepts; brotli first) like a production server or CDN would, each file compressed once at
// the highest level and kept in memory (as if precompressed). The budget measurements
// (tests/e2e/measure.ts, Lighthouse) use it; the e2e tests do not need it.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.ttf': 'font/ttf',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.pdf': 'application/pdf',
};

/** Types worth compressing (fonts and images are compressed already). */
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.svg',
	'.xml',
	'.txt',
	'.wasm',
	'.ttf',
]);

/** `path` compressed with `encoding`, computed once per file version. */
const compressed = new Map();
function compressedFile(path, encoding) {
	const { mtimeMs, size } = statSync(path);
	const key = `${encoding}\0${path}`;
	const hit = compressed.get(key);
	if (hit && hit.mtimeMs === mtimeMs && hit.size === size) return hit.data;
	const raw = readFileSync(path);
	const data =
		encoding === 'br'
			? brotliAsync(raw, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
						[constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
					},
				})
			: gzipAsync(raw, { level: 9 });
	compressed.set(key, { mtimeMs, size, data });
	return data;
}

/** The encoding to answer with: 'br', 'gzip' or null. */
function pickEncoding(acceptEncoding) {
	const accepted = String(acceptEncoding ?? '')
		.split(',')
		.map((part) => part.trim().split(';')[0]);
	if (accepted.includes('br')) return 'br';
	if (accepted.includes('gzip')) return 'gzip';
	return null;
}

/** The file for a URL path under root: `/x/` → x/index.html, `/x` → a redirect to `/x/`. */
function fileFor(root, urlPath) {
	const clean = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(
		/^(\.\.[/\\])+/,
		''
	);
	let path = join(root, clean);
	if (!path.startsWith(root)) return null;
	if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
	else if (!existsSync(path) && !extname(path) && existsSync(path + '/index.html')) {
		return { redirect: clean + '/' };
	}
	return existsSync(path) ? { path } : null;
}

/**
 * Serve `dir` on 127.0.0.1:`port` (0 = any free port); 404.html for missing paths.
 * `options.compress`: brotli/gzip for text responses (off by default).
 * Resolves to the base URL and a close function.
 */
export function serveDirectory(dir, port = 0, options = {}) {
	const root = resolve(dir);
	const server = createServer(async (req, res) => {
		const found = fileFor(root, req.url ?? '/');
		if (found?.redirect) {
			res.writeHead(301, { location: found.redirect });
			res.end();
			return;
		}
		const notFound = join(root, '404.html');
		if (!found && !existsSync(notFound)) {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('not found');
			return;
		}
		const path = found?.path ?? notFound;
		const headers = {
			'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
			'cache-control': 'no-store',
		};
		const encoding =
			options.compress && COMPRESSIBLE.has(extname(path))
				? pickEncoding(req.headers['accept-encoding'])
				: null;
		if (encoding) {
			let body;
			try {
				body = await compressedFile(path, encoding);
			} catch (error) {
				compressed.delete(`${encoding}\0${path}`);
				res.writeHead(500, { 'content-type': 'text/plain' });
				res.end(String(error));
				return;
			}
			res.writeHead(found ? 200 : 404, {
				...headers,
				'content-encoding': encoding,
				'content-length': body.length,
				vary: 'Accept-Encoding',
			});
			res.end(body);
			return;
		}
		res.writeHead(found ? 200 : 404, headers);
		createReadStream(path).pipe(res);
	});
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const actualPort = typeof address === 'object' && address ? address.port : port;
			resolvePromise({
				url: `http://127.0.0.1:${actualPort}`,
				close: () => new Promise((done) => server.close(() => done(undefined))),
			});
		});
	});
}
