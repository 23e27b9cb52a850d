/*
 * strHash.ts
 * hash(str) as CPython computes it with PYTHONHASHSEED=0 (the setting of our CPython oracle):
 * SipHash-1-3 (3.11+) or SipHash-2-4 (3.7-3.10) with a zero key over the string's PEP 393 storage
 * (1, 2 or 4 bytes per code point). Sets of strings then iterate in the oracle's order.
 */

import { rt } from '../objects/runtimeState';
import * as I from '../lib/intOps';

const M64 = (1n << 64n) - 1n;
const rotl = (x: bigint, b: bigint): bigint => ((x << b) | (x >> (64n - b))) & M64;

function sipHash(bytes: Uint8Array, cRounds: number, dRounds: number): bigint {
	let v0 = 0x736f6d6570736575n;
	let v1 = 0x646f72616e646f6dn;
	let v2 = 0x6c7967656e657261n;
	let v3 = 0x7465646279746573n;
	const round = (): void => {
		v0 = (v0 + v1) & M64;
		v1 = rotl(v1, 13n) ^ v0;
		v0 = rotl(v0, 32n);
		v2 = (v2 + v3) & M64;
		v3 = rotl(v3, 16n) ^ v2;
		v0 = (v0 + v3) & M64;
		v3 = rotl(v3, 21n) ^ v0;
		v2 = (v2 + v1) & M64;
		v1 = rotl(v1, 17n) ^ v2;
		v2 = rotl(v2, 32n);
	};
	const len = bytes.length;
	const end = len - (len % 8);
	for (let i = 0; i < end; i += 8) {
		let m = 0n;
		for (let k = 7; k >= 0; k--) m = (m << 8n) | BigInt(bytes[i + k]);
		v3 ^= m;
		for (let r = 0; r < cRounds; r++) round();
		v0 ^= m;
	}
	let t = BigInt(len & 0xff) << 56n;
	for (let k = len - 1; k >= end; k--) t |= BigInt(bytes[k]) << BigInt(8 * (k - end));
	v3 ^= t;
	for (let r = 0; r < cRounds; r++) round();
	v0 ^= t;
	v2 ^= 0xffn;
	for (let r = 0; r < dRounds; r++) round();
	return (v0 ^ v1 ^ v2 ^ v3) & M64;
}

/** The PEP 393 storage of a string: latin-1, UCS-2 or UCS-4 little-endian bytes. */
function storageBytes(s: string): Uint8Array {
	const cps: number[] = [];
	let max = 0;
	for (const ch of s) {
		const c = ch.codePointAt(0)!;
		cps.push(c);
		if (c > max) max = c;
	}
	const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
	const out = new Uint8Array(cps.length * width);
	for (let i = 0; i < cps.length; i++) {
		const c = cps[i];
		out[i * width] = c & 0xff;
		if (width > 1) out[i * width + 1] = (c >> 8) & 0xff;
		if (width > 2) {
			out[i * width + 2] = (c >> 16) & 0xff;
			out[i * width + 3] = 0;
		}
	}
	return out;
}

const cache = new Map<string, I.PyInt>();
let cacheMinor = -1;

/** hash(b) for bytes (the same function over the raw bytes). */
export function bytesHash(data: Uint8Array): I.PyInt {
	if (data.length === 0) return 0;
	const h = rt.minor >= 11 ? sipHash(data, 1, 3) : sipHash(data, 2, 4);
	let r = BigInt.asIntN(64, h);
	if (r === -1n) r = -2n;
	return I.normalize(r);
}

/** hash(s) for a str (CPython with PYTHONHASHSEED=0). */
export function strHash(s: string): I.PyInt {
	if (s.length === 0) return 0;
	if (cacheMinor !== rt.minor) {
		cache.clear();
		cacheMinor = rt.minor;
	}
	const hit = cache.get(s);
	if (hit !== undefined) return hit;
	const h = rt.minor >= 11 ? sipHash(storageBytes(s), 1, 3) : sipHash(storageBytes(s), 2, 4);
	let r = BigInt.asIntN(64, h);
	if (r === -1n) r = -2n;
	const v = I.normalize(r);
	if (cache.size > 50000) cache.clear();
	cache.set(s, v);
	return v;
}
