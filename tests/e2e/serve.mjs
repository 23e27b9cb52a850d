// Serves the built site for the e2e tests (see tools/staticServer.mjs).
// Usage: node tests/e2e/serve.mjs [port]   (serves /x/ as dist/x/index.html, 404.html otherwise)
import { resolve } from 'node:path';
import { serveDirectory } from '../../tools/staticServer.mjs';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.argv[2] ?? process.env.PORT ?? 4329);
const { url } = await serveDirectory(root, port);
console.log(`serving ${root} on ${url}/`);
