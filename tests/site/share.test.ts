import { describe, expect, test } from 'vitest';
import {
	decodeCode,
	encodeCode,
	fromBase64Url,
	playgroundPath,
	readShareFragment,
	shareFragment,
	toBase64Url,
} from '../../src/site/share';

describe('share links', () => {
	test('base64url round trip without padding or +/', () => {
		const bytes = new Uint8Array([0, 251, 255, 62, 63, 1, 2]);
		const text = toBase64Url(bytes);
		expect(text).not.toMatch(/[+/=]/);
		expect(fromBase64Url(text)).toEqual(bytes);
		expect(() => fromBase64Url('a+b')).toThrow();
	});

	test('code round trip, unicode included, and compression pays off', async () => {
		const code = 'import asyncio\n\nasync def main():\n    print("你好 🌍")\n'.repeat(20);
		const encoded = await encodeCode(code);
		expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(encoded.length).toBeLessThan(code.length / 3);
		expect(await decodeCode(encoded)).toBe(code);
	});

	test('fragment carries the version only when it is not the default', async () => {
		const plain = await shareFragment({ code: 'print(1)', version: '3.13' });
		expect(plain).toMatch(/^#code=[\w-]+$/);
		const old = await shareFragment({ code: 'print(1)', version: '3.7' });
		expect(old).toMatch(/&v=3\.7$/);
		expect(await readShareFragment(old)).toEqual({ code: 'print(1)', version: '3.7' });
		expect(await readShareFragment(plain)).toEqual({ code: 'print(1)', version: '3.13' });
	});

	test('fragment carries the timeline option only when it is not automatic', async () => {
		const on = await shareFragment({ code: 'print(1)', version: '3.13', timeline: 'on' });
		expect(on).toMatch(/^#code=[\w-]+&tl=on$/);
		expect(await readShareFragment(on)).toEqual({
			code: 'print(1)',
			version: '3.13',
			timeline: 'on',
		});
		const off = await shareFragment({ code: 'print(1)', version: '3.9', timeline: 'off' });
		expect(await readShareFragment(off)).toMatchObject({ version: '3.9', timeline: 'off' });
		const other = (await shareFragment({ code: 'x = 1', version: '3.13' })) + '&tl=sometimes';
		expect(await readShareFragment(other)).toStrictEqual({ code: 'x = 1', version: '3.13' });
	});

	test('damaged or empty fragments give null, unknown versions fall back', async () => {
		expect(await readShareFragment('')).toBeNull();
		expect(await readShareFragment('#code=')).toBeNull();
		expect(await readShareFragment('#code=!!!')).toBeNull();
		expect(await readShareFragment('#code=AAAA')).toBeNull();
		const fragment = (await shareFragment({ code: 'x = 1', version: '3.13' })) + '&v=2.7';
		expect(await readShareFragment(fragment)).toEqual({ code: 'x = 1', version: '3.13' });
	});

	test('playground path per locale', () => {
		expect(playgroundPath('zh-CN')).toBe('/playground/');
		expect(playgroundPath('en')).toBe('/en/playground/');
	});
});
