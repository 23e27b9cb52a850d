import { describe, expect, it } from 'vitest';
import { pageNumbersFor, type OutlineEntry } from '../../tools/pdf/outline';
import { progressBar } from '../../tools/pdf/progress';

describe('pageNumbersFor', () => {
	const outline: OutlineEntry[] = [
		{ title: 'Chapter 1Chapter 1', depth: 1, pageIndex: 4 },
		{ title: 'Intro', depth: 2, pageIndex: 4 },
		{ title: 'Detail', depth: 3, pageIndex: 5 },
		{ title: 'Summary of awrapped title', depth: 2, pageIndex: 7 },
		{ title: 'Chapter  2', depth: 1, pageIndex: 9 },
		{ title: 'Intro', depth: 2, pageIndex: 9 },
	];

	it('maps contents entries to 1-based pages, in document order', () => {
		const numbers = pageNumbersFor(
			[
				{ target: 'c1', text: 'Chapter 1', depth: 1 },
				{ target: 'c1-intro', text: 'Intro', depth: 2 },
				{ target: 'c1-sum', text: 'Summary of a wrapped title', depth: 2 },
				{ target: 'c2', text: 'Chapter 2', depth: 1 },
				{ target: 'c2-intro', text: 'Intro', depth: 2 },
			],
			outline
		);
		expect([...numbers]).toEqual([
			['c1', 5],
			['c1-intro', 5],
			['c1-sum', 8],
			['c2', 10],
			['c2-intro', 10],
		]);
	});

	it('fails loudly when a heading has no bookmark', () => {
		expect(() => pageNumbersFor([{ target: 'x', text: 'Missing', depth: 1 }], outline)).toThrow(
			/no bookmark for "Missing"/
		);
	});
});

describe('progressBar', () => {
	it('draws the done fraction', () => {
		expect(progressBar(0, 4, 8)).toBe('[........]   0%');
		expect(progressBar(1, 4, 8)).toBe('[##......]  25%');
		expect(progressBar(9, 4, 8)).toBe('[########] 100%');
	});
});
