import { describe, expect, it } from 'vitest';
import {
	chapterElementId,
	cssString,
	printElementId,
	rewriteChapterHtml,
	runningHeaderCss,
	sitePath,
	tableOfContents,
	type PrintChapter,
} from '../../src/site/printBook';

const chapter = (
	slug: string,
	title: string,
	sections: PrintChapter['sections'] = []
): PrintChapter => ({
	slug,
	id: chapterElementId(slug),
	pageName: 'chapter-1',
	title,
	path: sitePath('zh-CN', slug),
	sections,
});

const loop = chapter('chapters/06-event-loop', '第 6 章　事件循环');
const tasks = chapter('chapters/07-tasks', '第 7 章　任务');
const context = {
	chapter: loop,
	chapterIds: new Map([
		[loop.path, loop.id],
		[tasks.path, tasks.id],
	]),
	siteUrl: 'https://book.example',
	locale: 'zh-CN' as const,
};

describe('print edition helpers', () => {
	it('builds site paths and chapter ids per locale', () => {
		expect(sitePath('zh-CN', 'chapters/06-event-loop')).toBe('/chapters/06-event-loop/');
		expect(sitePath('en', 'chapters/06-event-loop')).toBe('/en/chapters/06-event-loop/');
		expect(sitePath('zh-CN', '')).toBe('/');
		expect(sitePath('en', '')).toBe('/en/');
		expect(chapterElementId('chapters/06-event-loop')).toBe('ch-06-event-loop');
	});

	it('keeps short ASCII ids and hashes the others (PDF destination names stay short)', () => {
		expect(printElementId('ch-1', 'py-3')).toBe('ch-1--py-3');
		const hashed = printElementId('ch-1', '你将学到');
		expect(hashed).toMatch(/^ch-1--h[0-9a-f]{8}$/);
		expect(printElementId('ch-1', '你将学到')).toBe(hashed);
		expect(printElementId('ch-1', '小结')).not.toBe(hashed);
	});

	it('lists chapters then their sections in the contents', () => {
		const a = chapter('chapters/a', 'A', [{ id: 'x', text: 'A.1' }]);
		const b = chapter('chapters/b', 'B');
		expect(tableOfContents([a, b]).map((e) => [e.text, e.depth])).toEqual([
			['A', 1],
			['A.1', 2],
			['B', 1],
		]);
	});

	it('writes one named page per chapter with its title as running header', () => {
		expect(cssString('say "hi" \\ now\n')).toBe('"say \\"hi\\" \\\\ now "');
		const css = runningHeaderCss([{ ...loop, pageName: 'chapter-6' }]);
		expect(css).toBe('@page chapter-6 { @top-center { content: "第 6 章　事件循环"; } }');
	});
});

describe('rewriteChapterHtml', () => {
	it('prefixes ids and in-page links with the chapter', () => {
		const html = rewriteChapterHtml('<h2 id="小结">小结</h2><a href="#小结">up</a>', context);
		const id = printElementId(loop.id, '小结');
		expect(html).toContain(`<h2 id="${id}">`);
		expect(html).toContain(`<a href="#${id}">`);
	});

	it('turns links to other chapters into links inside the book, others into absolute URLs', () => {
		const html = rewriteChapterHtml(
			[
				'<a href="/chapters/07-tasks/">t</a>',
				'<a href="../07-tasks/#gather">g</a>',
				'<a href="/playground/">p</a>',
				'<a href="https://docs.python.org/3/">d</a>',
			].join(''),
			context
		);
		expect(html).toContain(`href="#${tasks.id}"`);
		expect(html).toContain(`href="#${printElementId(tasks.id, 'gather')}"`);
		expect(html).toContain('href="https://book.example/playground/"');
		expect(html).toContain('href="https://docs.python.org/3/"');
	});

	it('links every Python block to its page online, drops the editor copy, marks short blocks', () => {
		const block =
			'<py-playground id="py-2" data-index="1" data-code="print(1)"><pre class="pp-output"><span class="pp-line">1\n</span></pre></py-playground>';
		const html = rewriteChapterHtml(block, context);
		expect(html).toContain('https://book.example/chapters/06-event-loop/#py-2');
		expect(html).toContain('在线运行这段代码');
		expect(html).not.toContain('data-code');
		expect(html).toContain('data-print-small');
		expect(html).toContain('data-print-short-code');
		const long = rewriteChapterHtml(block.replace('print(1)', 'x = 1\n'.repeat(40)), context);
		expect(long).not.toContain('data-print-small');
		expect(long).not.toContain('data-print-short-code');
		expect(long).toContain('data-print-short-output');
	});

	it('opens <details> (paper cannot be clicked)', () => {
		expect(rewriteChapterHtml('<details><summary>s</summary>x</details>', context)).toContain(
			'<details open>'
		);
	});
});
