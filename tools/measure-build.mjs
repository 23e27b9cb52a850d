#!/usr/bin/env node
// Measures the build budget: `astro build` of the whole book, cold (empty block-run and Astro
// caches, in a temporary directory; node_modules/.cache is left alone) and then warm (the same
// caches again), each into a temporary output directory. Prints wall clock and CPU time
// (user + system of the build and all its child processes), the load average before and after,
// and the duration of each build phase from Astro's log.
//
// Usage: npm run measure:build [-- --cold | --warm]   (default: both, cold first)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const which = process.argv.includes('--cold')
	? ['cold']
	: process.argv.includes('--warm')
		? ['warm']
		: ['cold', 'warm'];
const work = mkdtempSync(join(tmpdir(), 'pyco-measure-build-'));
const load = () =>
	loadavg()
		.map((l) => l.toFixed(1))
		.join(' ');

/** Astro's phase lines: "[build] ✓ Completed in 2.37s." and "[vite] ✓ built in 1m 8s". */
const PHASES = [
	[/Collecting build info[\s\S]*?Completed in ([\d.]+s)/, 'collect'],
	[
		/Building static entrypoints[\s\S]*?built in ([\dm .]+s)/,
		'server build (MDX, blocks, SSR bundle)',
	],
	[/building client \(vite\)[\s\S]*?built in ([\dm .]+s)/, 'client build'],
	[/generating static routes[\s\S]*?Completed in ([\d.]+s)/, 'pages'],
	[/Finished building search index in ([\d.]+s)/, 'pagefind'],
];

/** Run `astro build` under bash, whose `times` reports the CPU time of its children. */
function build(label, caches) {
	return new Promise((resolvePromise, reject) => {
		const started = performance.now();
		const before = load();
		const env = {
			...process.env,
			PYCO_OUT_DIR: join(work, `site-${label}`),
			PYCO_BLOCK_CACHE_DIR: join(caches, 'blocks'),
			PYCO_ASTRO_CACHE_DIR: join(caches, 'astro'),
			PYCO_BLOCK_FAILURES: 'warn',
			FORCE_COLOR: '0',
		};
		const child = spawn(
			'bash',
			['-c', 'node node_modules/astro/astro.js build || exit $?; times >&2'],
			{ env, stdio: ['ignore', 'pipe', 'pipe'] }
		);
		let log = '';
		let err = '';
		child.stdout.on('data', (chunk) => (log += chunk));
		child.stderr.on('data', (chunk) => (err += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0) {
				reject(
					new Error(`astro build failed (${code}):\n${log.slice(-4000)}\n${err.slice(-4000)}`)
				);
				return;
			}
			const wall = (performance.now() - started) / 1000;
			// `times`: two lines, the shell's own and its children's "user sys" (e.g. 0m41.2s 0m2.6s).
			const lines = err.trim().split('\n').slice(-2);
			const seconds = (s) => {
				const m = /(\d+)m([\d.]+)s/.exec(s);
				return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
			};
			const cpu = (lines[1] ?? '').split(/\s+/).reduce((sum, t) => sum + seconds(t), 0);
			const phases = PHASES.map(([re, name]) => {
				const m = re.exec(log);
				return m ? `${name} ${m[1].replace(/\s+/g, '')}` : null;
			}).filter(Boolean);
			resolvePromise({ label, wall, cpu, before, after: load(), phases });
		});
	});
}

const format = (s) => `${Math.floor(s / 60)} min ${(s % 60).toFixed(0).padStart(2, '0')} s`;
const caches = join(work, 'caches');
try {
	for (const label of which) {
		if (label === 'warm' && !which.includes('cold')) {
			// A warm build alone: fill the temporary caches first, unmeasured.
			await build('fill', caches);
		}
		const r = await build(label, caches);
		console.log(
			`${r.label} build: ${format(r.wall)} wall, ${r.cpu.toFixed(1)} s CPU (user+sys, with children); ` +
				`load average ${r.before} before, ${r.after} after`
		);
		console.log(`  phases (wall): ${r.phases.join(' · ')}`);
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
