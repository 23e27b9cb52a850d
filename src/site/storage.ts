/*
 * storage.ts
 * Where a block's edits live in localStorage: one key per page + block index + original code.
 */

import { hashString } from './hash';

const PREFIX = 'pyco:v1';

/** Normalise a pathname so `/x`, `/x/` and `/x/index.html` share their edits. */
export function normalisePath(pathname: string): string {
	let p = pathname.replace(/index\.html$/, '');
	if (!p.endsWith('/')) p += '/';
	return p;
}

/**
 * The localStorage key of one block's edits. Changing the original code (a new edition of the
 * book) changes the key, so readers never see stale edits of a block that was rewritten.
 */
export function storageKey(pathname: string, index: number, originalCode: string): string {
	return `${PREFIX}:${normalisePath(pathname)}:${index}:${hashString(originalCode)}`;
}

/** A minimal view of Storage, so tests and private-mode failures are easy to handle. */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** Read saved code, or null when there is none or storage is unavailable. */
export function loadEdit(store: KeyValueStore | undefined, key: string): string | null {
	try {
		return store?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** Save code; saving the original removes the key so "modified" stays honest. */
export function saveEdit(
	store: KeyValueStore | undefined,
	key: string,
	code: string,
	original: string
): void {
	try {
		if (code === original) store?.removeItem(key);
		else store?.setItem(key, code);
	} catch {
		// Quota exceeded or storage disabled: edits then live only as long as the page.
	}
}
