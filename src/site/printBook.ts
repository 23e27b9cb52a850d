/*
 * printBook.ts
 * The print edition (/print/, /en/print/, turned into PDF by tools/pdf.mjs): chapter order,
 * the table of contents, running-header CSS, and the rewriting that lets many pages live in one.
 */

import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Locale } from './format';
import { hashString } from './hash';

/** One chapter of the print edition. */
export interface PrintChapter {
	/** Content slug without the locale, e.g. `chapters/06-event-loop`. */
	slug: string;
	/** Element id of the chapter in the print page, e.g. `ch-06-event-loop`. */
	id: string;
	/** Named CSS page (running header), e.g. `chapter-6`. */
	pageName: string;
	title: string;
	/** The chapter's page on the site, e.g. `/en/chapters/06-event-loop/`. */
	path: string;
	sections: { id: string; text: string }[];
}

/** A line of the table of contents. */
export interface TocEntry {
	/** Id of the element the line points at (a chapter or a section). */
	target: string;
	text: string;
	depth: 1 | 2;
}

/** UI words of the print edition. */
const WORDS = {
	'zh-CN': {
		contents: '目录',
		online: '在线运行这段代码：',
		version: '版本',
		printed: '导出于',
		address: '在线阅读',
		live: '书中每段代码都能在网页上编辑、运行；纸上印的是构建时的运行结果。',
	},
	en: {
		contents: 'Contents',
		online: 'Run this code online: ',
		version: 'Version',
		printed: 'Exported on',
		address: 'Read online',
		live: 'Every code block can be edited and run on the website; the page shows the output recorded at build time.',
	},
} as const;

/** A UI word of the print edition. */
export function printWord(locale: Locale, key: keyof (typeof WORDS)['en']): string {
	return WORDS[locale][key];
}

/** The site path of a page: `chapters/x` → `/chapters/x/` (zh-CN) or `/en/chapters/x/`. */
export function sitePath(locale: Locale, slug: string): string {
	const path = slug.replace(/^\/+|\/+$/g, '');
	return `${locale === 'en' ? '/en' : ''}/${path ? path + '/' : ''}`;
}

/** The element id of a chapter in the print page. */
export function chapterElementId(slug: string): string {
	return 'ch-' + slug.replace(/^chapters\//, '').replace(/[^\p{L}\p{N}_-]+/gu, '-');
}

/**
 * The id, in the print page, of an element of a chapter. Non-ASCII or long ids (headings of the
 * Chinese book) are hashed: Chromium turns ids into PDF destination names, which must stay short.
 */
export function printElementId(chapterId: string, id: string): string {
	return `${chapterId}--${/^[A-Za-z0-9_-]{1,40}$/.test(id) ? id : 'h' + hashString(id)}`;
}

/** The table of contents: every chapter, then its second-level sections. */
export function tableOfContents(chapters: readonly PrintChapter[]): TocEntry[] {
	return chapters.flatMap((chapter) => [
		{ target: chapter.id, text: chapter.title, depth: 1 as const },
		...chapter.sections.map((s) => ({ target: s.id, text: s.text, depth: 2 as const })),
	]);
}

/** A CSS string literal (for `content:`), escaping quotes, backslashes and line breaks. */
export function cssString(text: string): string {
	return '"' + text.replace(/[\\"]/g, (c) => '\\' + c).replace(/[\n\r\f]/g, ' ') + '"';
}

/** One named page per chapter, whose top margin box shows the chapter's title. */
export function runningHeaderCss(chapters: readonly PrintChapter[]): string {
	return chapters
		.map((c) => `@page ${c.pageName} { @top-center { content: ${cssString(c.title)}; } }`)
		.join('\n');
}

/** What `rewriteChapterHtml` needs to know about the book. */
export interface RewriteContext {
	chapter: PrintChapter;
	/** Site path (as `sitePath` writes it) → chapter id, for every chapter of the book. */
	chapterIds: ReadonlyMap<string, string>;
	/** Absolute site address, e.g. `https://example.org`. */
	siteUrl: string;
	locale: Locale;
}

/** Blocks up to this many lines (code + output) are kept on one page. */
const SMALL_BLOCK_LINES = 14;
/** Code (or output) up to this many lines is not split across pages. */
const KEEP_TOGETHER_LINES = 24;

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Rewrite one chapter's HTML for the single print page: ids get the chapter's prefix (every
 * chapter has its own "What you will learn"), links to other chapters become links inside the
 * PDF, other site links become absolute, each Python block gets a link to its page online, and
 * `<details>` are opened, since paper can't be clicked.
 */
export function rewriteChapterHtml(html: string, context: RewriteContext): string {
	const { chapter } = context;
	const tree: Root = fromHtml(html, { fragment: true });
	const localId = (id: string): string => printElementId(chapter.id, id);
	visit(tree, 'element', (node: Element) => {
		const props = node.properties;
		if (typeof props['id'] === 'string' && props['id'] !== '') props['id'] = localId(props['id']);
		if (node.tagName === 'a' && typeof props['href'] === 'string') {
			props['href'] = rewriteHref(props['href'], context, localId);
		}
		if (node.tagName === 'details') props['open'] = true;
		if (node.tagName === 'py-playground') {
			// The code is already on the page, highlighted; the attribute is for the editor.
			const codeLines = String(props['dataCode'] ?? '').split('\n').length;
			const outputLines = countOutputLines(node);
			delete props['dataCode'];
			// Small blocks stay whole; bigger ones may break between code and output, and only
			// long code or output breaks inside (between lines: print.css never cuts a line).
			if (codeLines + outputLines <= SMALL_BLOCK_LINES) props['dataPrintSmall'] = true;
			if (codeLines <= KEEP_TOGETHER_LINES) props['dataPrintShortCode'] = true;
			if (outputLines <= KEEP_TOGETHER_LINES) props['dataPrintShortOutput'] = true;
			const index = Number(props['dataIndex'] ?? 0) + 1;
			const url = `${context.siteUrl}${chapter.path}#py-${index}`;
			node.children.push(onlineLink(url, context.locale));
		}
	});
	return toHtml(tree);
}

function rewriteHref(href: string, context: RewriteContext, localId: (id: string) => string) {
	if (href.startsWith('#'))
		return href.length > 1 ? '#' + localId(decodeURIComponent(href.slice(1))) : href;
	if (ABSOLUTE_URL.test(href) || href.startsWith('//')) return href;
	const url = new URL(href, `https://site.invalid${context.chapter.path}`);
	const path = url.pathname.endsWith('/') ? url.pathname : url.pathname + '/';
	const target = context.chapterIds.get(decodeURIComponent(path));
	if (target === undefined) return `${context.siteUrl}${url.pathname}${url.search}${url.hash}`;
	const fragment = decodeURIComponent(url.hash.slice(1));
	return '#' + (fragment ? printElementId(target, fragment) : target);
}

function countOutputLines(block: Element): number {
	let lines = 0;
	visit(block, 'element', (node: Element) => {
		const classes = node.properties['className'];
		if (Array.isArray(classes) && classes.includes('pp-line')) lines++;
	});
	return lines;
}

function onlineLink(url: string, locale: Locale): ElementContent {
	return {
		type: 'element',
		tagName: 'p',
		properties: { className: ['print-online'] },
		children: [
			{ type: 'text', value: printWord(locale, 'online') },
			{
				type: 'element',
				tagName: 'a',
				properties: { href: url },
				children: [{ type: 'text', value: url }],
			},
		],
	};
}
