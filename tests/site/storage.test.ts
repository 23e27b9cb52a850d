import { describe, expect, test } from 'vitest';
import { hashString } from '../../src/site/hash';
import { loadEdit, normalisePath, saveEdit, storageKey } from '../../src/site/storage';

function memoryStore() {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (k: string) => map.get(k) ?? null,
		setItem: (k: string, v: string) => void map.set(k, v),
		removeItem: (k: string) => void map.delete(k),
	};
}

describe('storage keys', () => {
	test('hash is stable, 8 hex digits, and sensitive to changes', () => {
		expect(hashString('')).toBe('811c9dc5');
		expect(hashString('print(1)')).toMatch(/^[0-9a-f]{8}$/);
		expect(hashString('print(1)')).toBe(hashString('print(1)'));
		expect(hashString('print(1)')).not.toBe(hashString('print(2)'));
	});

	test('key = page + block index + hash of the original code', () => {
		const key = storageKey('/en/chapters/x/', 2, 'print(1)');
		expect(key).toBe(`pyco:v1:/en/chapters/x/:2:${hashString('print(1)')}`);
		expect(storageKey('/en/chapters/x', 2, 'print(1)')).toBe(key);
		expect(storageKey('/en/chapters/x/index.html', 2, 'print(1)')).toBe(key);
		expect(storageKey('/en/chapters/x/', 3, 'print(1)')).not.toBe(key);
		expect(storageKey('/en/chapters/x/', 2, 'print(2)')).not.toBe(key);
		expect(normalisePath('/')).toBe('/');
	});

	test('saving the original removes the entry; failures are swallowed', () => {
		const store = memoryStore();
		saveEdit(store, 'k', 'edited', 'orig');
		expect(loadEdit(store, 'k')).toBe('edited');
		saveEdit(store, 'k', 'orig', 'orig');
		expect(store.map.has('k')).toBe(false);
		expect(loadEdit(undefined, 'k')).toBeNull();
		const broken = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('quota');
			},
			removeItem: () => {},
		};
		expect(loadEdit(broken, 'k')).toBeNull();
		expect(() => saveEdit(broken, 'k', 'a', 'b')).not.toThrow();
	});
});
