/*
 * hash.ts
 * A small synchronous string hash (FNV-1a, 32 bit) for storage keys and build caches in the page.
 */

/** FNV-1a over the UTF-16 code units of `text`, as 8 lowercase hex digits. */
export function hashString(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}
