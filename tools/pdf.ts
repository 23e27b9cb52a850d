/*
 * pdf.ts
 * `npm run pdf`: the offline PDF of the book, one per locale, printed by Chromium from the print
 * edition (/print/, /en/print/). Usage:
 *   npm run pdf [-- --dist DIR] [--out DIR] [--locale zh-CN|en]... [--no-build]
 * Writes DIR/pdf/python-coroutines.<locale>.pdf (DIR = dist, or $PYCO_OUT_DIR).
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, missingChromiumMessage } from './chromium';
import { pageNumbersFor, readOutline } from './pdf/outline';
import { Progress } from './pdf/progress';
import { serveDirectory } from './staticServer.mjs';

const EDITIONS = [
	{ locale: 'zh-CN', path: '/print/' },
	{ locale: 'en', path: '/en/print/' },
] as const;
type Edition = (typeof EDITIONS)[number];

/** Files whose change makes the built print edition stale. */
const SOURCES = ['content', 'src', 'astro.config.mjs', 'package.json'];

/** A reader-facing failure: printed without a stack trace. */
class ExportError extends Error {}

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
	return newest;
}

/** Build the site unless every print page is newer than every source file. */
function buildIfNeeded(dist: string, progress: Progress): void {
	const pages = EDITIONS.map((e) => join(dist, e.path, 'index.html'));
	const built = Math.min(...pages.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)));
	const sources = Math.max(...SOURCES.map(newestMtime));
	if (built > sources) return;
	progress.step('building the site (astro build)…');
	const result = spawnSync('npx', ['astro', 'build'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, PYCO_OUT_DIR: dist },
	});
	if (result.status !== 0)
		throw new ExportError('astro build failed: fix the build first (npm run build).');
}

interface TocTarget {
	target: string;
	text: string;
	depth: number;
}

/** Print the page to PDF: page size, margins, running headers and page numbers come from print.css. */
async function printPdf(page: Page): Promise<Buffer> {
	return page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
}

async function exportEdition(
	page: Page,
	baseUrl: string,
	edition: Edition,
	file: string,
	progress: Progress
): Promise<{ pages: number }> {
	progress.step(`${edition.locale}: loading ${edition.path} and its fonts`);
	await page.emulateMedia({ media: 'print' });
	const response = await page.goto(baseUrl + edition.path, { waitUntil: 'load' });
	if (!response?.ok()) {
		throw new ExportError(`${edition.path} answered ${response?.status()}: is the site built?`);
	}
	const failedFonts = await page.evaluate(async () => {
		await document.fonts.ready;
		const faces: FontFace[] = [];
		document.fonts.forEach((f) => faces.push(f));
		return faces.filter((f) => f.status === 'error').map((f) => f.family);
	});
	if (failedFonts.length) throw new ExportError(`fonts failed to load: ${failedFonts.join(', ')}`);
	const toc: TocTarget[] = await page.$$eval('[data-toc-target]', (spans) =>
		spans.map((span) => ({
			target: span.getAttribute('data-toc-target') ?? '',
			text: span.parentElement?.querySelector('.print-toc-text')?.textContent ?? '',
			depth: span.closest('.depth-1') ? 1 : 2,
		}))
	);
	progress.tick();

	// Chromium has no target-counter(): print once to learn where each heading lands, write the
	// numbers into the contents (their boxes have a fixed width, so nothing moves), print again.
	let numbers = new Map<string, number>();
	let pdf: Buffer | undefined;
	for (let pass = 1; pass <= 3; pass++) {
		progress.step(`${edition.locale}: printing (pass ${pass})`);
		pdf = await printPdf(page);
		const { entries } = await readOutline(pdf);
		const found = pageNumbersFor(toc, entries);
		const settled = pass > 1 && [...found].every(([target, n]) => numbers.get(target) === n);
		numbers = found;
		if (pass === 1) progress.tick();
		if (settled) break;
		if (pass === 3)
			throw new ExportError('page numbers of the contents did not settle in 3 passes');
		await page.evaluate(
			(pairs) => {
				for (const [target, n] of pairs) {
					const span = document.querySelector(`[data-toc-target="${CSS.escape(target)}"]`);
					if (span) span.textContent = String(n);
				}
			},
			[...numbers]
		);
	}
	progress.tick();
	progress.step(`${edition.locale}: writing ${file}`);
	writeFileSync(file, pdf!);
	const { pageCount } = await readOutline(pdf!);
	progress.tick();
	return { pages: pageCount };
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			dist: { type: 'string' },
			out: { type: 'string' },
			locale: { type: 'string', multiple: true },
			'no-build': { type: 'boolean', default: false },
		},
	});
	const dist = resolve(values.dist ?? process.env['PYCO_OUT_DIR'] ?? 'dist');
	const outDir = resolve(values.out ?? join(dist, 'pdf'));
	const editions = EDITIONS.filter((e) => !values.locale || values.locale.includes(e.locale));
	if (editions.length === 0)
		throw new ExportError(`unknown --locale (known: ${EDITIONS.map((e) => e.locale).join(', ')})`);
	const executablePath = chromiumPath();
	if (!executablePath) throw new ExportError(missingChromiumMessage());

	const started = Date.now();
	const progress = new Progress(editions.length * 3);
	const server = await (async () => {
		try {
			if (!values['no-build']) buildIfNeeded(dist, progress);
			return await serveDirectory(dist);
		} catch (error) {
			progress.abort();
			throw error;
		}
	})();
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	const written: string[] = [];
	try {
		mkdirSync(outDir, { recursive: true });
		// One page (renderer process) per edition, printed side by side: layout and printing of
		// a 200-page document is single-threaded, so two editions use two cores.
		const results = await Promise.all(
			editions.map(async (edition) => {
				const page = await (await browser.newContext()).newPage();
				const file = join(outDir, `python-coroutines.${edition.locale}.pdf`);
				const { pages } = await exportEdition(page, server.url, edition, file, progress);
				return `${relative(process.cwd(), file)} (${pages} pages)`;
			})
		);
		written.push(...results);
		progress.finish(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	} catch (error) {
		progress.abort();
		throw error;
	} finally {
		await browser.close();
		await server.close();
	}
	for (const line of written) console.log(line);
}

main().catch((error: unknown) => {
	if (error instanceof ExportError) console.error(`pdf: ${error.message}`);
	else console.error(error);
	process.exit(error instanceof ExportError ? 2 : 1);
});
