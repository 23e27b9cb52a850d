// A tiny static file server for the built site (dist/): it starts in milliseconds, unlike
// `astro preview`, which loads the whole Astro config first. Used by the e2e tests
// (tests/e2e/serve.mjs) and the PDF export (tools/pdf.mjs).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

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
 * Resolves to the base URL and a close function.
 */
export function serveDirectory(dir, port = 0) {
	const root = resolve(dir);
	const server = createServer((req, res) => {
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
		res.writeHead(found ? 200 : 404, {
			'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
			'cache-control': 'no-store',
		});
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
