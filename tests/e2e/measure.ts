/*
 * measure.ts
 * Measures the README's page budgets on a built site:
 *   - js: JavaScript loaded before any interaction on a chapter page (gzip, as a server sends it),
 *   - run: Run → first output, cold (first run: worker start) and warm (later runs),
 *   - lighthouse: Lighthouse (mobile, its defaults: simulated slow 4G and 4× CPU slowdown)
 *     performance score and FCP, LCP, TBT, CLS, Speed Index of chapter pages, median of runs.
 *
 * Usage: npm run measure [-- --only=js,run,lighthouse] [--runs=3] [--calibrated] [paths...]
 *   DIST_DIR (default dist) is served with brotli/gzip (tools/staticServer.mjs, compress: true)
 *   on a free port; BASE_URL measures an already running server instead.
 *   --calibrated also runs Lighthouse with the CPU slowdown its calibration table gives for this
 *   machine's BenchmarkIndex (the default 4× assumes an unloaded fast desktop; see
 *   https://github.com/GoogleChrome/lighthouse/blob/main/docs/throttling.md).
 * The build's own budget is measured by tools/measure-build.mjs (npm run measure:build).
 */

import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveDirectory } from '../../tools/staticServer.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './browser';

const DEFAULT_PAGES = [
	'/chapters/01-concurrency-models/',
	'/en/chapters/07-tasks/',
	'/chapters/06-event-loop/',
];
const args = process.argv.slice(2);
const option = (name: string): string | undefined =>
	args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = new Set((option('only') ?? 'js,run,lighthouse').split(','));
const runs = Number(option('runs') ?? 3);
const calibrated = args.includes('--calibrated');
const pages = args.filter((a) => !a.startsWith('--'));
const chapters = pages.length > 0 ? pages : DEFAULT_PAGES;

const executablePath = chromiumPath();
if (!executablePath) throw new Error('no Chromium found');

let base = process.env['BASE_URL'];
let closeServer: (() => Promise<void>) | undefined;
if (!base) {
	const dist = resolve(process.env['DIST_DIR'] ?? 'dist');
	const served = await serveDirectory(dist, 0, { compress: true });
	base = served.url;
	closeServer = served.close;
	// Compress every script and stylesheet once before measuring, as a server with precompressed
	// files would have (brotli at its highest level takes seconds for the runtime and Monaco).
	for (const name of readdirSync(join(dist, '_astro'))) {
		if (!/\.(js|css)$/.test(name)) continue;
		for (const encoding of ['br', 'gzip']) {
			const response = await fetch(`${base}/_astro/${name}`, {
				headers: { 'accept-encoding': encoding },
			});
			await response.arrayBuffer();
		}
	}
}
const load = () =>
	loadavg()
		.map((l) => l.toFixed(1))
		.join(' ');
console.log(`${base} · load average ${load()}`);

if (only.has('js') || only.has('run')) {
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	const page = await browser.newPage();
	if (only.has('js')) {
		const scripts = new Map<string, Buffer>();
		page.on('response', async (response) => {
			const type = response.headers()['content-type'] ?? '';
			if (type.includes('javascript')) scripts.set(response.url(), await response.body());
		});
		const chapter = chapters[0] ?? DEFAULT_PAGES[0];
		await page.goto(base + chapter);
		await page.waitForLoadState('networkidle');
		const inline = await page.evaluate(() =>
			Array.from(document.querySelectorAll('script:not([src])'))
				.map((s) => s.textContent ?? '')
				.join('\n')
		);
		let raw = Buffer.byteLength(inline);
		let gz = gzipSync(inline).length;
		for (const body of scripts.values()) {
			raw += body.length;
			gz += gzipSync(body).length;
		}
		console.log(
			`JS before interaction on ${chapter}: ${scripts.size} files + inline, ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`
		);
		for (const [url, body] of scripts)
			console.log(
				`  ${url.replace(base, '')}: ${(gzipSync(body).length / 1024).toFixed(1)} KB gzip`
			);
		page.removeAllListeners('response');
	}
	if (only.has('run')) {
		await page.goto(base + '/en/playground/');
		const pg = page.locator('py-playground');
		const samples: number[] = [];
		for (let i = 0; i < 6; i++) {
			await pg.evaluate((el) => {
				(el as HTMLElement & { code: string }).code = 'print("hello")\n';
			});
			await pg.locator('[data-action=run]').click();
			await page.waitForFunction(
				() => document.querySelector('py-playground')?.getAttribute('data-state') === 'done'
			);
			samples.push(Number(await pg.getAttribute('data-first-output-ms')));
		}
		const [cold, ...warm] = samples;
		warm.sort((a, b) => a - b);
		console.log(
			`Run → first output: cold ${cold} ms, warm median ${warm[Math.floor(warm.length / 2)]} ms (samples ${samples.join(', ')})`
		);
	}
	await browser.close();
}

/** Lighthouse's CPU calibration table: the slowdown that makes this machine a mid-tier phone. */
function calibratedMultiplier(benchmarkIndex: number): number {
	if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
	if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
	return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}

interface LighthouseRun {
	score: number;
	fcp: number;
	lcp: number;
	tbt: number;
	cls: number;
	si: number;
	benchmarkIndex: number;
	multiplier: number;
}

/** The parts of Lighthouse's JSON report (LHR) read here. */
interface Report {
	categories: { performance: { score: number | null } };
	audits: Record<string, { numericValue?: number } | undefined>;
	environment?: { benchmarkIndex?: number };
	configSettings?: { throttling?: { cpuSlowdownMultiplier?: number } };
}

const runFile = promisify(execFile);
const lighthouseCli = resolve('node_modules/lighthouse/cli/index.js');

async function lighthouse(url: string, multiplier?: number): Promise<LighthouseRun> {
	const dir = mkdtempSync(join(tmpdir(), 'pyco-lh-'));
	const out = join(dir, 'report.json');
	try {
		await runFile(
			process.execPath,
			[
				lighthouseCli,
				url,
				'--only-categories=performance',
				'--output=json',
				`--output-path=${out}`,
				'--quiet',
				`--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
				...(multiplier ? [`--throttling.cpuSlowdownMultiplier=${multiplier.toFixed(2)}`] : []),
			],
			{ env: { ...process.env, CHROME_PATH: executablePath }, maxBuffer: 1 << 26 }
		);
		const lhr = JSON.parse(readFileSync(out, 'utf8')) as Report;
		const audit = (id: string): number => lhr.audits[id]?.numericValue ?? NaN;
		return {
			score: Math.round((lhr.categories.performance.score ?? 0) * 100),
			fcp: audit('first-contentful-paint'),
			lcp: audit('largest-contentful-paint'),
			tbt: audit('total-blocking-time'),
			cls: audit('cumulative-layout-shift'),
			si: audit('speed-index'),
			benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
			multiplier: lhr.configSettings?.throttling?.cpuSlowdownMultiplier ?? NaN,
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function summary(label: string, results: LighthouseRun[]): string {
	const m = (key: keyof LighthouseRun) => median(results.map((r) => r[key]));
	return (
		`${label}: score ${m('score')} (runs ${results.map((r) => r.score).join(', ')}) · ` +
		`FCP ${(m('fcp') / 1000).toFixed(1)} s · LCP ${(m('lcp') / 1000).toFixed(1)} s · ` +
		`TBT ${Math.round(m('tbt'))} ms · CLS ${m('cls').toFixed(3)} · SI ${(m('si') / 1000).toFixed(1)} s · ` +
		`CPU ×${m('multiplier').toFixed(1)}, BenchmarkIndex ${Math.round(m('benchmarkIndex'))}`
	);
}

if (only.has('lighthouse')) {
	for (const chapter of chapters) {
		const results: LighthouseRun[] = [];
		for (let i = 0; i < runs; i++) results.push(await lighthouse(base + chapter));
		console.log(`Lighthouse mobile ${chapter} (load ${load()})`);
		console.log(`  ${summary('default', results)}`);
		if (calibrated) {
			const multiplier = calibratedMultiplier(median(results.map((r) => r.benchmarkIndex)));
			const tuned: LighthouseRun[] = [];
			for (let i = 0; i < runs; i++) tuned.push(await lighthouse(base + chapter, multiplier));
			console.log(`  ${summary('calibrated', tuned)}`);
		}
	}
}

await closeServer?.();
