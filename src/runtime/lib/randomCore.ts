/*
 * randomCore.ts
 * The algorithms of CPython's Lib/random.py on top of MT19937, so seeded programs print what CPython prints.
 */

import { cos, exp, log, sin } from './crMath';
import { pyThrow } from './errors';
import { add, bitLength, compare, floorDiv, mul, sign, sub, type PyInt } from './intOps';
import { MersenneTwister, type MtState } from './mersenneTwister';
import { sha512 } from './sha512';

// The math functions come from crMath: V8's Math.log/sin/cos differ from CPython's libm one time in ten.
const TWO_PI = 2 * Math.PI;
const NV_MAGICCONST = (4 * exp(-0.5)) / Math.sqrt(2.0);

/** random.Random state as getstate() describes it: version 3, the MT words + index, gauss_next. */
export interface RandomState {
	mt: MtState;
	gaussNext: number | null;
}

/**
 * A random.Random instance. Methods take plain values: ints as PyInt, sequences by their length
 * (the caller indexes its own sequence with the returned index). `minor` selects the behaviour and
 * messages of Python 3.minor where they changed.
 */
export class PyRandom {
	readonly mt = new MersenneTwister();
	private gaussNext: number | null = null;

	constructor(readonly minor = 13) {}

	// -------------------------------------------------------------------
	// Seeding and state

	/** seed(a) for an int (CPython uses |a|). */
	seedInt(a: PyInt): void {
		this.mt.seedInt(a);
		this.gaussNext = null;
	}

	/** seed(a) for str/bytes/bytearray (version 2): int.from_bytes(a + sha512(a).digest(), 'big'). */
	seedBytes(bytes: Uint8Array): void {
		const digest = sha512(bytes);
		let n = 0n;
		for (const b of bytes) n = (n << 8n) | BigInt(b);
		for (const b of digest) n = (n << 8n) | BigInt(b);
		this.seedInt(n);
	}

	/** seed(a) for a str: its UTF-8 encoding seeds as bytes. */
	seedString(s: string): void {
		this.seedBytes(new TextEncoder().encode(s));
	}

	/**
	 * seed(a) for other hashable objects (floats, before 3.12 anything hashable): CPython seeds with
	 * hash(a) reinterpreted as an unsigned 64-bit integer.
	 */
	seedHash(hash: PyInt): void {
		let h = BigInt(hash);
		if (h < 0n) h += 1n << 64n;
		this.seedInt(h);
	}

	/** getstate() contents. */
	getState(): RandomState {
		return { mt: this.mt.getState(), gaussNext: this.gaussNext };
	}

	/** setstate() from getState(). */
	setState(state: RandomState): void {
		this.mt.setState(state.mt);
		this.gaussNext = state.gaussNext;
	}

	// -------------------------------------------------------------------
	// Core draws

	/** random(): float in [0.0, 1.0). */
	random(): number {
		return this.mt.random();
	}

	/** getrandbits(k). */
	getrandbits(k: number): PyInt {
		if (k < 0) pyThrow('ValueError', this.minor >= 9 ? 'number of bits must be non-negative' : 'number of bits must be greater than zero');
		if (k === 0 && this.minor < 9) pyThrow('ValueError', 'number of bits must be greater than zero');
		return this.mt.getrandbits(k);
	}

	/** _randbelow(n) for n > 0: rejection sampling on getrandbits(n.bit_length()). */
	randbelow(n: PyInt): PyInt {
		const k = bitLength(n);
		let r = this.mt.getrandbits(k);
		while (compare(r, n) >= 0) r = this.mt.getrandbits(k);
		return r;
	}

	/** randbytes(n) (3.9+): getrandbits(n * 8) as n little-endian bytes. */
	randbytes(n: number): Uint8Array {
		let value = BigInt(this.mt.getrandbits(n * 8));
		const out = new Uint8Array(n);
		for (let i = 0; i < n; i++) {
			out[i] = Number(value & 0xffn);
			value >>= 8n;
		}
		return out;
	}

	// -------------------------------------------------------------------
	// Integers from ranges

	/**
	 * randrange(start, stop?, step?) on ints (the caller converts arguments with __index__; before 3.12
	 * CPython also accepted integral floats, which the caller should convert to ints first).
	 */
	randrange(start: PyInt, stop: PyInt | null = null, step: PyInt = 1): PyInt {
		const modern = this.minor >= 12;
		if (stop === null) {
			if (sign(start) > 0) return this.randbelow(start);
			pyThrow('ValueError', 'empty range for randrange()');
		}
		const width = sub(stop, start);
		if (compare(step, 1) === 0) {
			if (sign(width) > 0) return add(start, this.randbelow(width));
			if (modern) pyThrow('ValueError', `empty range in randrange(${start}, ${stop})`);
			const separator = this.minor >= 8 ? ', ' : ',';
			pyThrow('ValueError', `empty range for randrange() (${start}${separator}${stop}, ${width})`);
		}
		let n: PyInt;
		if (sign(step) > 0) n = floorDiv(add(width, sub(step, 1)), step);
		else if (sign(step) < 0) n = floorDiv(add(width, add(step, 1)), step);
		else pyThrow('ValueError', 'zero step for randrange()');
		if (sign(n) <= 0) {
			pyThrow('ValueError', modern ? `empty range in randrange(${start}, ${stop}, ${step})` : 'empty range for randrange()');
		}
		return add(start, mul(step, this.randbelow(n)));
	}

	/** randint(a, b): randrange(a, b + 1). */
	randint(a: PyInt, b: PyInt): PyInt {
		return this.randrange(a, add(b, 1));
	}

	// -------------------------------------------------------------------
	// Sequences (by length: the caller indexes its own sequence)

	/**
	 * choice(seq) as an index into seq. For an empty sequence 3.9 and 3.10 return 0 without drawing
	 * (the caller's seq[0] then raises the sequence's own IndexError); other versions raise here.
	 */
	choiceIndex(length: number): number {
		if (length === 0) {
			if (this.minor === 9 || this.minor === 10) return 0;
			pyThrow('IndexError', 'Cannot choose from an empty sequence');
		}
		return Number(this.randbelow(length));
	}

	/** shuffle(x) in place (Fisher-Yates from the end, as random.py). */
	shuffle<T>(items: T[]): void {
		for (let i = items.length - 1; i > 0; i--) {
			const j = Number(this.randbelow(i + 1));
			const t = items[i];
			items[i] = items[j];
			items[j] = t;
		}
	}

	/** sample(population, k) as indices into a population of size n (pool or set strategy, as random.py). */
	sampleIndices(n: number, k: number): number[] {
		if (k < 0 || k > n) pyThrow('ValueError', 'Sample larger than population or is negative');
		const result = new Array<number>(k);
		let setSize = 21; // size of a small set minus size of an empty list
		if (k > 5) setSize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4)); // table size for big sets
		if (n <= setSize) {
			// An n-length list is smaller than a k-length set: draw from a shrinking pool.
			const pool = Array.from({ length: n }, (_, i) => i);
			for (let i = 0; i < k; i++) {
				const j = Number(this.randbelow(n - i));
				result[i] = pool[j];
				pool[j] = pool[n - i - 1];
			}
		} else {
			const selected = new Set<number>();
			for (let i = 0; i < k; i++) {
				let j = Number(this.randbelow(n));
				while (selected.has(j)) j = Number(this.randbelow(n));
				selected.add(j);
				result[i] = j;
			}
		}
		return result;
	}

	/** sample(population, k, counts=counts) (3.9+) as indices into the population. */
	sampleWithCounts(counts: readonly number[], k: number): number[] {
		const cumulative: number[] = [];
		let total = 0;
		for (const c of counts) cumulative.push((total += c));
		if (total <= 0) pyThrow('ValueError', 'Total of counts must be greater than zero');
		cumulative.pop();
		return this.sampleIndices(total, k).map((s) => bisectRight(cumulative, s, 0, cumulative.length));
	}

	/**
	 * choices(population, weights, cum_weights=..., k) as indices. Pass `weights` or `cumWeights` (or
	 * neither for uniform picks); the caller checks "Cannot specify both" and argument types.
	 */
	choicesIndices(n: number, k: number, weights: readonly number[] | null = null, cumWeights: readonly number[] | null = null): number[] {
		const out: number[] = [];
		if (weights === null && cumWeights === null) {
			for (let i = 0; i < k; i++) out.push(Math.floor(this.random() * n));
			return out;
		}
		let cumulative = cumWeights as number[] | null;
		if (cumulative === null) {
			cumulative = [];
			let running = 0;
			for (const w of weights!) cumulative.push((running += w));
		}
		if (cumulative.length !== n) pyThrow('ValueError', 'The number of weights does not match the population');
		const total = cumulative[n - 1] + 0.0;
		// 3.9 added the positivity check (NaN passes it), 3.10 the finiteness one.
		if (this.minor >= 9 && total <= 0) pyThrow('ValueError', 'Total of weights must be greater than zero');
		if (this.minor >= 10 && !Number.isFinite(total)) pyThrow('ValueError', 'Total of weights must be finite');
		const hi = n - 1;
		for (let i = 0; i < k; i++) out.push(bisectRight(cumulative, this.random() * total, 0, hi));
		return out;
	}

	// -------------------------------------------------------------------
	// Real distributions

	/** uniform(a, b) = a + (b - a) * random(). */
	uniform(a: number, b: number): number {
		return a + (b - a) * this.random();
	}

	/** triangular(low=0.0, high=1.0, mode=None). */
	triangular(low = 0.0, high = 1.0, mode: number | null = null): number {
		let u = this.random();
		// Python computes (mode - low) / (high - low) and returns low on ZeroDivisionError.
		if (mode !== null && high - low === 0) return low;
		let c = mode === null ? 0.5 : (mode - low) / (high - low);
		if (u > c) {
			u = 1.0 - u;
			c = 1.0 - c;
			[low, high] = [high, low];
		}
		return low + (high - low) * Math.sqrt(u * c);
	}

	/** normalvariate(mu=0.0, sigma=1.0): Kinderman and Monahan's ratio method. */
	normalvariate(mu = 0.0, sigma = 1.0): number {
		let z: number;
		for (;;) {
			const u1 = this.random();
			const u2 = 1.0 - this.random();
			z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
			const zz = (z * z) / 4.0;
			if (zz <= -log(u2)) break;
		}
		return mu + z * sigma;
	}

	/** gauss(mu=0.0, sigma=1.0): Box-Muller, caching the second value like random.py. */
	gauss(mu = 0.0, sigma = 1.0): number {
		let z = this.gaussNext;
		this.gaussNext = null;
		if (z === null) {
			const x2pi = this.random() * TWO_PI;
			const g2rad = Math.sqrt(-2.0 * log(1.0 - this.random()));
			z = cos(x2pi) * g2rad;
			this.gaussNext = sin(x2pi) * g2rad;
		}
		return mu + z * sigma;
	}

	/** expovariate(lambd=1.0). */
	expovariate(lambd = 1.0): number {
		return -log(1.0 - this.random()) / lambd;
	}
}

/** bisect.bisect_right(a, x, lo, hi). */
export function bisectRight(a: readonly number[], x: number, lo: number, hi: number): number {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (x < a[mid]) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}
