/*
 * floatSum.ts
 * Float summation as CPython does it: builtin sum()'s compensated loop (3.12+) and math.fsum().
 */

import { pyThrow } from './errors';

/**
 * The float loop of builtin sum(): from 3.12 a Neumaier-compensated sum, before that plain
 * additions. Feed each float (or int that fits a C long, converted) to add(), then read value().
 */
export class FloatSum {
	private total: number;
	private compensation = 0;

	constructor(
		start: number,
		private readonly minor = 13,
	) {
		this.total = start;
	}

	/** Adds one term. */
	add(x: number): void {
		const t = this.total + x;
		if (this.minor >= 12) {
			// Neumaier's improvement of Kahan-Babuska: the error of the larger operand's addition.
			if (Math.abs(this.total) >= Math.abs(x)) this.compensation += this.total - t + x;
			else this.compensation += x - t + this.total;
		}
		this.total = t;
	}

	/** The sum so far; the compensation is skipped when zero or non-finite (it would turn inf into nan). */
	value(): number {
		const c = this.compensation;
		return c !== 0 && Number.isFinite(c) ? this.total + c : this.total;
	}
}

/**
 * math.fsum(values): Shewchuk's exact partials, then CPython's half-even fix-up across partials, so
 * the result is the correctly rounded sum. Errors as CPython: OverflowError('intermediate overflow
 * in fsum'), ValueError('-inf + inf in fsum').
 */
export function fsum(values: Iterable<number>): number {
	const partials: number[] = [];
	let specialSum = 0;
	let infSum = 0;
	for (const value of values) {
		let x = value;
		let i = 0;
		for (let j = 0; j < partials.length; j++) {
			let y = partials[j];
			if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
			const hi = x + y;
			const lo = y - (hi - x);
			if (lo !== 0) partials[i++] = lo;
			x = hi;
		}
		partials.length = i;
		if (x !== 0) {
			if (!Number.isFinite(x)) {
				// Either an inf/nan summand or an overflow of the partial sums.
				if (Number.isFinite(value)) pyThrow('OverflowError', 'intermediate overflow in fsum');
				if (!Number.isNaN(value)) infSum += value;
				specialSum += value;
				partials.length = 0;
			} else partials.push(x);
		}
	}
	if (specialSum !== 0) {
		if (Number.isNaN(infSum)) pyThrow('ValueError', '-inf + inf in fsum');
		return specialSum;
	}
	let n = partials.length;
	let hi = 0;
	if (n > 0) {
		hi = partials[--n];
		let lo = 0;
		// Sum from the top while the additions stay exact.
		while (n > 0) {
			const x = hi;
			const y = partials[--n];
			hi = x + y;
			lo = y - (hi - x);
			if (lo !== 0) break;
		}
		// Half-even rounding across partials: a lower partial may break a tie of hi + lo.
		if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
			const y = lo * 2;
			const x = hi + y;
			if (y === x - hi) hi = x;
		}
	}
	return hi;
}
