/*
 * sidebar.ts
 * The chapter list of the sidebar, read from content/docs/chapters/ at config time.
 *
 * Starlight's `autogenerate` assumes the docs live in src/content/docs/; ours are in the
 * top-level content/docs/, so autogenerate finds nothing. Listing the root-locale chapter files
 * as `slug` items gives the same result: Starlight shows each page's own (translated) title.
 * Order: frontmatter `sidebar.order`, then file name.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ChapterItem {
	slug: string;
}

/** Read `sidebar: order: N` from a page's frontmatter (Infinity when absent). */
export function sidebarOrder(source: string): number {
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
	const order = /^sidebar:\s*\r?\n(?:[ \t]+.*\r?\n)*?[ \t]+order:\s*(-?\d+(?:\.\d+)?)/m.exec(
		frontmatter + '\n'
	)?.[1];
	return order === undefined ? Number.POSITIVE_INFINITY : Number(order);
}

/** Sidebar items for every page in `dir` (relative slugs under `prefix`), in reading order. */
export function chapterItems(dir: string, prefix = 'chapters'): ChapterItem[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
		.map((name) => ({
			name,
			order: sidebarOrder(readFileSync(join(dir, name), 'utf8')),
		}))
		.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
		.map(({ name }) => ({ slug: `${prefix}/${name.replace(/\.mdx?$/, '')}` }));
}
