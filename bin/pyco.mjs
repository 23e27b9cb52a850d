#!/usr/bin/env node
// The pyco command: runs src/runtime/cli/pyco.ts, from a bundle cached under node_modules/.cache.
//
// Loading the runtime's 140-odd TypeScript modules through tsx costs about 0.8 s on every call;
// one esbuild bundle loads in a tenth of that. The bundle is rebuilt when any file under
// src/runtime (or package.json, which maps #stdlib and #jit) is newer or a file was added or
// removed, so an edited source is never run stale. If esbuild is missing or fails, tsx runs
// the sources directly.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entry = join(root, 'src/runtime/cli/pyco.ts');

/** A short fingerprint of the runtime's sources: file count and newest modification time. */
function sourceFingerprint() {
	let newest = statSync(join(root, 'package.json')).mtimeMs;
	let count = 0;
	for (const name of readdirSync(join(root, 'src/runtime'), { recursive: true })) {
		if (!name.endsWith('.ts')) continue;
		count++;
		const m = statSync(join(root, 'src/runtime', name)).mtimeMs;
		if (m > newest) newest = m;
	}
	return `${count}-${Math.floor(newest).toString(36)}`;
}

/** The cached bundle's path, built first when missing; null when it cannot be built. */
async function cachedBundle() {
	try {
		const dir = join(root, 'node_modules/.cache/pyco-cli');
		const name = `pyco-${sourceFingerprint()}.mjs`;
		const file = join(dir, name);
		if (existsSync(file)) return file;
		const { build } = await import('esbuild');
		mkdirSync(dir, { recursive: true });
		// Written under a temporary name and renamed, so parallel first calls never see half a file.
		const partial = `${file}.${process.pid}.tmp`;
		await build({
			absWorkingDir: root,
			entryPoints: [entry],
			outfile: partial,
			bundle: true,
			format: 'esm',
			platform: 'node',
			target: 'node20',
			logLevel: 'silent',
		});
		renameSync(partial, file);
		for (const old of readdirSync(dir)) {
			if (old !== name && old.startsWith('pyco-')) rmSync(join(dir, old), { force: true });
		}
		return file;
	} catch {
		return null;
	}
}

const bundle = process.env.PYCO_NO_BUNDLE ? null : await cachedBundle();
if (bundle) {
	await import(pathToFileURL(bundle).href);
} else {
	const { register } = await import('tsx/esm/api');
	register();
	await import(pathToFileURL(entry).href);
}
