import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { chapterItems, sidebarOrder } from '../../src/site/sidebar';

test('sidebarOrder reads sidebar.order from frontmatter', () => {
	expect(sidebarOrder('---\ntitle: A\nsidebar:\n  order: 3\n---\nbody')).toBe(3);
	expect(sidebarOrder('---\nsidebar:\n  label: x\n  order: 2\n---\n')).toBe(2);
	expect(sidebarOrder('---\ntitle: A\n---\norder: 1')).toBe(Number.POSITIVE_INFINITY);
});

test('chapterItems sorts by order, then name; skips non-pages and _drafts', () => {
	const dir = mkdtempSync(join(tmpdir(), 'chapters-'));
	writeFileSync(join(dir, 'b.mdx'), '---\nsidebar:\n  order: 1\n---\n');
	writeFileSync(join(dir, 'a.md'), '---\nsidebar:\n  order: 2\n---\n');
	writeFileSync(join(dir, 'c.mdx'), '---\ntitle: no order\n---\n');
	writeFileSync(join(dir, '_draft.mdx'), '---\nsidebar:\n  order: 0\n---\n');
	writeFileSync(join(dir, 'notes.txt'), '');
	expect(chapterItems(dir)).toEqual([
		{ slug: 'chapters/b' },
		{ slug: 'chapters/a' },
		{ slug: 'chapters/c' },
	]);
	expect(chapterItems(join(dir, 'missing'))).toEqual([]);
});
