/*
 * mersenneTwister.ts
 * MT19937 exactly as CPython's _random module: seeding by init_by_array, random(), getrandbits(), state.
 */

import { normalize, type PyInt } from './intOps';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** The generator state: 624 words and the position of the next one (CPython's getstate() minus framing). */
export interface MtState {
	words: number[];
	index: number;
}

/** MT19937 with CPython's seeding and output conversions. */
export class MersenneTwister {
	private readonly mt = new Uint32Array(N);
	private index = N + 1;

	/** init_genrand: fills the state from one 32-bit seed. */
	initGenrand(seed: number): void {
		const mt = this.mt;
		mt[0] = seed >>> 0;
		for (let i = 1; i < N; i++) {
			const previous = mt[i - 1] ^ (mt[i - 1] >>> 30);
			// Math.imul keeps the low 32 bits of the product, which is what the C code computes.
			mt[i] = (Math.imul(1812433253, previous) + i) >>> 0;
		}
		this.index = N;
	}

	/** init_by_array: seeds from a list of 32-bit words (CPython's seed for ints, least significant word first). */
	initByArray(key: readonly number[]): void {
		const mt = this.mt;
		this.initGenrand(19650218);
		let i = 1;
		let j = 0;
		for (let k = Math.max(N, key.length); k > 0; k--) {
			const previous = mt[i - 1] ^ (mt[i - 1] >>> 30);
			mt[i] = ((mt[i] ^ Math.imul(previous, 1664525)) + key[j] + j) >>> 0;
			i++;
			j++;
			if (i >= N) {
				mt[0] = mt[N - 1];
				i = 1;
			}
			if (j >= key.length) j = 0;
		}
		for (let k = N - 1; k > 0; k--) {
			const previous = mt[i - 1] ^ (mt[i - 1] >>> 30);
			mt[i] = ((mt[i] ^ Math.imul(previous, 1566083941)) - i) >>> 0;
			i++;
			if (i >= N) {
				mt[0] = mt[N - 1];
				i = 1;
			}
		}
		mt[0] = 0x80000000; // MSB is 1, assuring a non-zero initial array
		this.index = N;
	}

	/** random.seed(n) for an int: the absolute value, split into 32-bit words (0 seeds as [0]). */
	seedInt(n: PyInt): void {
		let magnitude = typeof n === 'bigint' ? (n < 0n ? -n : n) : BigInt(Math.abs(n));
		const key: number[] = [];
		while (magnitude > 0n) {
			key.push(Number(magnitude & 0xffffffffn));
			magnitude >>= 32n;
		}
		if (key.length === 0) key.push(0);
		this.initByArray(key);
	}

	/** Regenerates the 624 words once they are all used. */
	private twist(): void {
		const mt = this.mt;
		let kk = 0;
		for (; kk < N - M; kk++) {
			const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
			mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
		}
		for (; kk < N - 1; kk++) {
			const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
			mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
		}
		const y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
		mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
		this.index = 0;
	}

	/** genrand_uint32: the next 32-bit output, tempered. */
	nextUint32(): number {
		if (this.index >= N) {
			if (this.index === N + 1) this.initGenrand(5489); // never seeded: the reference default
			this.twist();
		}
		let y = this.mt[this.index++];
		y ^= y >>> 11;
		y ^= (y << 7) & 0x9d2c5680;
		y ^= (y << 15) & 0xefc60000;
		y ^= y >>> 18;
		return y >>> 0;
	}

	/** random(): a double in [0, 1) from 53 random bits (27 + 26 of two draws). */
	random(): number {
		const a = this.nextUint32() >>> 5;
		const b = this.nextUint32() >>> 6;
		return (a * 67108864 + b) * (1 / 9007199254740992);
	}

	/** getrandbits(k) for k >= 0: 32-bit words from least significant up, the last one truncated. */
	getrandbits(k: number): PyInt {
		if (k === 0) return 0;
		if (k <= 32) return this.nextUint32() >>> (32 - k);
		if (k <= 53) {
			// Two words still fit a safe integer: skip the bigint path.
			const low = this.nextUint32();
			const high = this.nextUint32() >>> (64 - k);
			return high * 4294967296 + low;
		}
		let result = 0n;
		let shift = 0n;
		for (let remaining = k; remaining > 0; remaining -= 32) {
			let word = this.nextUint32();
			if (remaining < 32) word >>>= 32 - remaining;
			result |= BigInt(word) << shift;
			shift += 32n;
		}
		return normalize(result);
	}

	/** A copy of the state (the words and the index, as in random.getstate()[1]). */
	getState(): MtState {
		return { words: Array.from(this.mt), index: this.index };
	}

	/** Restores a state from getState() or from Python's getstate() tuple. */
	setState(state: MtState): void {
		this.mt.set(state.words.map((w) => w >>> 0));
		this.index = state.index;
	}
}
