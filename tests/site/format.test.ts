import { describe, expect, test } from 'vitest';
import {
	chunksToLines,
	formatMillis,
	formatRunTime,
	formatSeconds,
	formatWallTime,
	t,
	toLocale,
} from '../../src/site/format';

describe('time formatting', () => {
	test('simulated seconds', () => {
		expect(formatSeconds(5)).toBe('5.00');
		expect(formatSeconds(0.5)).toBe('0.50');
		expect(formatSeconds(123.456)).toBe('123.5');
		expect(formatSeconds(Number.NaN)).toBe('?');
	});

	test('wall time and run time, both locales', () => {
		expect(formatWallTime(5, 'en')).toBe('Wall time 5.00 s (simulated)');
		expect(formatWallTime(5, 'zh-CN')).toBe('模拟耗时 5.00 秒');
		expect(formatRunTime(3.2, 'en')).toBe('ran in 3 ms');
		expect(formatRunTime(0.2, 'en')).toBe('ran in <1 ms');
		expect(formatRunTime(1250, 'en')).toBe('ran in 1.25 s');
		expect(formatRunTime(3, 'zh-CN')).toBe('实际运行 3 毫秒');
		expect(formatMillis(-1, 'en')).toBe('?');
	});

	test('locale from lang', () => {
		expect(toLocale('en')).toBe('en');
		expect(toLocale('en-US')).toBe('en');
		expect(toLocale('zh-CN')).toBe('zh-CN');
		expect(toLocale(undefined)).toBe('zh-CN');
		expect(t('en', 'run')).toBe('Run');
		expect(t('zh-CN', 'run')).toBe('运行');
	});
});

describe('chunksToLines', () => {
	test('splits on newlines, a line keeps the time of the chunk that started it', () => {
		const lines = chunksToLines([
			{ stream: 'stdout', text: 'a', time: 0 },
			{ stream: 'stdout', text: 'b\nc\n', time: 1 },
			{ stream: 'stdout', text: 'd\n', time: 2.5 },
		]);
		expect(lines).toEqual([
			{ stream: 'stdout', text: 'ab\n', time: 0 },
			{ stream: 'stdout', text: 'c\n', time: 1 },
			{ stream: 'stdout', text: 'd\n', time: 2.5 },
		]);
	});

	test('stdout and stderr never share a line; a missing final newline is kept', () => {
		const lines = chunksToLines([
			{ stream: 'stdout', text: 'out', time: 0 },
			{ stream: 'stderr', text: 'Traceback\nError', time: 0 },
		]);
		expect(lines.map((l) => [l.stream, l.text])).toEqual([
			['stdout', 'out'],
			['stderr', 'Traceback\n'],
			['stderr', 'Error'],
		]);
		expect(chunksToLines([])).toEqual([]);
	});
});
