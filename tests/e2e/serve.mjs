// Serves the built site for the e2e tests (see tools/staticServer.mjs).
// Usage: node tests/e2e/serve.mjs [port]   (serves /x/ as dist/x/index.html, 404.html otherwise)
// DIST_DIR: the directory (default dist); COMPRESS=1: brotli/gzip like a production server.
import { resolve } from 'node:path';
import { serveDirectory } from '../../tools/staticServer.mjs';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.argv[2] ?? process.env.PORT ?? 4329);
const compress = process.env.COMPRESS === '1';
const { url } = await serveDirectory(root, port, { compress });
console.log(`serving ${root} on ${url}/${compress ? ' (compressed)' : ''}`);
