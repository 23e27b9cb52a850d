// A tiny static file server for the built site (dist/), used by the e2e tests: it starts in
// milliseconds, unlike `astro preview`, which loads the whole Astro config first.
// Usage: node tests/e2e/serve.mjs [port]   (serves /x/ as dist/x/index.html, 404.html otherwise)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.argv[2] ?? process.env.PORT ?? 4329);
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
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

function fileFor(urlPath) {
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

createServer((req, res) => {
	const found = fileFor(req.url ?? '/');
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
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
