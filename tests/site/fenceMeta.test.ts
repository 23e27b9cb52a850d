import { describe, expect, test } from 'vitest';
import { FenceMetaError, parseFenceMeta, tokenizeMeta } from '../../src/site/fenceMeta';

describe('parseFenceMeta', () => {
	test('defaults when there is no meta', () => {
		expect(parseFenceMeta(undefined)).toEqual({
			version: '3.13',
			norun: false,
			expectError: false,
			title: '',
			timeline: 'auto',
			exercise: '',
			solution: '',
		});
		expect(parseFenceMeta('')).toEqual(parseFenceMeta(null));
	});

	test('reads every option', () => {
		expect(parseFenceMeta('version=3.7 norun expect-error title="Hello world" timeline')).toEqual({
			version: '3.7',
			norun: true,
			expectError: true,
			title: 'Hello world',
			timeline: 'on',
			exercise: '',
			solution: '',
		});
		expect(parseFenceMeta('exercise="ch1-ex1"').exercise).toBe('ch1-ex1');
		expect(parseFenceMeta('solution=ch1-ex1').solution).toBe('ch1-ex1');
		expect(parseFenceMeta('timeline=off').timeline).toBe('off');
		expect(parseFenceMeta('timeline=on').timeline).toBe('on');
	});

	test('titles: double, single quotes, escapes, CJK, bare words', () => {
		expect(parseFenceMeta('title="一步 一步"').title).toBe('一步 一步');
		expect(parseFenceMeta("title='it is'").title).toBe('it is');
		expect(parseFenceMeta('title="say \\"hi\\""').title).toBe('say "hi"');
		expect(parseFenceMeta('title=plain').title).toBe('plain');
	});

	test('rejects unknown options and bad values', () => {
		expect(() => parseFenceMeta('run')).toThrow(FenceMetaError);
		expect(() => parseFenceMeta('version=2.7')).toThrow(/version must be one of 3.7/);
		expect(() => parseFenceMeta('version')).toThrow(FenceMetaError);
		expect(() => parseFenceMeta('norun=yes')).toThrow(/takes no value/);
		expect(() => parseFenceMeta('title')).toThrow(/needs a value/);
		expect(() => parseFenceMeta('timeline=yes')).toThrow(/=off/);
		expect(() => parseFenceMeta('title="unclosed')).toThrow(FenceMetaError);
	});

	test('tokenizeMeta keeps order and values', () => {
		expect(tokenizeMeta('  a b=1 c="x y"  ')).toEqual([
			['a', undefined],
			['b', '1'],
			['c', 'x y'],
		]);
	});
});
