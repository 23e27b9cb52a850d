/*
 * pdf.test.ts
 * The offline PDF (`npm run pdf`, tools/pdf.ts), exported from the e2e build and checked with
 * poppler's tools: pages, chapter titles, a known output, bookmarks, embedded fonts, and the
 * contents' page numbers against the pages where the chapters start.
 */

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { sidebarOrder } from '../../src/site/sidebar';
import { compactTitle, readOutline } from '../../tools/pdf/outline';

const distDir = process.env['E2E_DIST_DIR'] ?? 'node_modules/.cache/pyco-e2e-site';
const hasPoppler = spawnSync('pdffonts', ['-v']).error === undefined;

/** Chapter titles of a locale, in sidebar order, read from the pages' frontmatter. */
function chapterTitles(locale: 'zh-CN' | 'en'): string[] {
	const dir = locale === 'en' ? 'content/docs/en/chapters' : 'content/docs/chapters';
	return readdirSync(dir)
		.filter((name) => /\.mdx?$/.test(name))
		.map((name) => readFileSync(join(dir, name), 'utf8'))
		.map((source) => ({
			order: sidebarOrder(source),
			title:
				/^title:\s*(.+)$/m
					.exec(source)?.[1]
					?.trim()
					.replace(/^["']|["']$/g, '') ?? '',
		}))
		.sort((a, b) => a.order - b.order)
		.map((c) => c.title);
}

/** The text of one page (1-based), as poppler extracts it. */
function pageText(file: string, page: number): string {
	return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], {
		encoding: 'utf8',
	});
}

test.describe('offline PDF', () => {
	test.describe.configure({ mode: 'serial', timeout: 300_000 });
	let outDir = '';

	test.beforeAll(() => {
		const missing = 'poppler-utils (pdffonts, pdftotext) not installed: .ci/run installs it';
		if (!hasPoppler && process.env['CI']) throw new Error(`CI=true and ${missing}`);
		test.skip(!hasPoppler, missing);
		outDir = mkdtempSync(join(tmpdir(), 'pyco-pdf-'));
		const started = Date.now();
		const result = spawnSync(
			process.execPath,
			[
				'--import',
				'tsx',
				'tools/pdf.ts',
				'--dist',
				resolve(distDir),
				'--out',
				outDir,
				'--no-build',
			],
			{ encoding: 'utf8' }
		);
		expect(result.status, result.stderr + result.stdout).toBe(0);
		// Reported, not asserted: speed is measured by benchmarks, not by timed tests.
		console.log(`pdf export: ${((Date.now() - started) / 1000).toFixed(1)} s\n${result.stdout}`);
	});

	for (const locale of ['zh-CN', 'en'] as const) {
		test(`${locale}: chapters, outline, fonts, contents page numbers`, async () => {
			const file = join(outDir, `python-coroutines.${locale}.pdf`);
			expect(existsSync(file)).toBe(true);
			const bytes = readFileSync(file);
			const { entries, pageCount } = await readOutline(bytes);
			const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
			expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(pageCount);
			const titles = chapterTitles(locale);
			expect(pageCount).toBeGreaterThan(titles.length * 3);

			// One top-level bookmark per chapter, in order, with sections below them.
			const topLevel = entries.filter((e) => e.depth === 1);
			expect(topLevel).toHaveLength(titles.length);
			topLevel.forEach((entry, i) =>
				expect(compactTitle(entry.title)).toContain(compactTitle(titles[i]))
			);
			expect(entries.filter((e) => e.depth === 2).length).toBeGreaterThan(titles.length * 3);

			// Every chapter title is in the text; the contents give the page where it starts.
			const allText = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
			const firstChapterPage = topLevel[0].pageIndex + 1;
			const contents = Array.from({ length: firstChapterPage - 2 }, (_, i) =>
				pageText(file, i + 2)
			).join('\n');
			titles.forEach((title, i) => {
				// pdftotext turns the ideographic space (U+3000) of chapter titles into a plain one.
				expect(compactTitle(allText)).toContain(compactTitle(title));
				const start = topLevel[i].pageIndex + 1;
				const line = contents
					.split('\n')
					.find((l) => compactTitle(l).startsWith(compactTitle(title)));
				expect(line, `contents line for ${title}`).toBeDefined();
				expect(Number(/(\d+)\s*$/.exec(line!)?.[1]), `contents page of ${title}`).toBe(start);
				const startPage = pageText(file, start);
				expect(compactTitle(startPage)).toContain(compactTitle(title));
				// The footer carries the page number.
				expect(startPage.trim().split('\n').at(-1)?.trim()).toBe(String(start));
			});

			// Outputs recorded at build time are on paper, with their simulated wall time.
			expect(allText).toContain(locale === 'en' ? 'Wall time' : '模拟耗时');
			expect(allText).toMatch(
				locale === 'en' ? /Run this code online: https?:\/\// : /在线运行这段代码：https?:\/\//
			);

			// The contents link inside the document.
			const doc = await PDFDocument.load(bytes, { updateMetadata: false });
			const annots = doc.getPages()[1].node.lookupMaybe(PDFName.of('Annots'), PDFArray);
			const internal = (annots?.asArray() ?? [])
				.map((ref) => doc.context.lookup(ref, PDFDict))
				.filter(
					(a) =>
						a.get(PDFName.of('Dest')) ||
						a.lookupMaybe(PDFName.of('A'), PDFDict)?.get(PDFName.of('D'))
				);
			expect(internal.length).toBeGreaterThan(0);

			// Fonts: all embedded, all from the packages the project installs (no system font).
			const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
				.split('\n')
				.slice(2)
				.filter((l) => l.trim());
			expect(fonts.length).toBeGreaterThan(0);
			for (const row of fonts) {
				const name = row.split(/\s+/)[0];
				expect(row, row).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
				expect(name).toMatch(/\+(NotoSerif|NotoSans|JetBrainsMono)/);
			}
			expect(fonts.some((row) => /NotoSerifSC|NotoSansSC/.test(row))).toBe(true);
		});
	}

	test('a block output recorded at build time is printed', () => {
		for (const locale of ['zh-CN', 'en'] as const) {
			// The first output line of chapter 4's blocks, as the build wrote it into the page.
			const page = readFileSync(
				join(distDir, locale === 'en' ? 'en' : '', 'chapters/04-yield-from/index.html'),
				'utf8'
			);
			const line = /<span class="pp-line" data-stream="stdout"[^>]*>([^<]+)</.exec(page)?.[1];
			expect(line, 'an output line in chapter 4').toBeDefined();
			const text = execFileSync(
				'pdftotext',
				[join(outDir, `python-coroutines.${locale}.pdf`), '-'],
				{
					encoding: 'utf8',
				}
			);
			const squash = (s: string) => s.replace(/\s+/g, ' ');
			expect(squash(text)).toContain(squash(line!.replace(/&#34;|&quot;/g, '"').trim()));
		}
	});
});
