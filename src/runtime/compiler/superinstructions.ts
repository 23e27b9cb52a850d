/*
 * superinstructions.ts
 * Fuses common instruction pairs (LOAD_FAST + LOAD_CONST, COMPARE_OP + POP_JUMP_IF_FALSE, ...)
 * into one dispatch, as CPython 3.13 does with LOAD_FAST_LOAD_FAST, without moving anything.
 *
 * The fused opcode overwrites only the first instruction's opcode. The second instruction stays
 * in its slot with its argument, which the fused op reads from there. So the layout, the line
 * table, the exception table and every jump target are untouched: a jump to the second slot
 * runs the second instruction alone, exactly as before. A fused op that cannot take its fast
 * path runs only the first instruction and leaves pc at the second, which then runs normally;
 * an error in the second half is raised with pc past the second slot, so tracebacks and
 * handlers see the instruction that really failed.
 */

import { Op } from './opcodes';

/** The fused opcode for the pair (first, second), or -1. */
function fusedOp(first: number, second: number): number {
	switch (first) {
		case Op.LOAD_FAST:
			if (second === Op.LOAD_FAST) return Op.LOAD_FAST_LOAD_FAST;
			if (second === Op.LOAD_CONST) return Op.LOAD_FAST_LOAD_CONST;
			if (second === Op.POP_JUMP_IF_FALSE) return Op.LOAD_FAST_POP_JUMP_IF_FALSE;
			if (second === Op.POP_JUMP_IF_TRUE) return Op.LOAD_FAST_POP_JUMP_IF_TRUE;
			if (second === Op.BINARY_SUBSCR) return Op.LOAD_FAST_BINARY_SUBSCR;
			if (second === Op.STORE_SUBSCR) return Op.LOAD_FAST_STORE_SUBSCR;
			return -1;
		case Op.LOAD_CONST:
			return second === Op.LOAD_FAST ? Op.LOAD_CONST_LOAD_FAST : -1;
		case Op.STORE_FAST:
			if (second === Op.LOAD_FAST) return Op.STORE_FAST_LOAD_FAST;
			if (second === Op.STORE_FAST) return Op.STORE_FAST_STORE_FAST;
			return -1;
		case Op.LOAD_GLOBAL:
			return second === Op.PUSH_NULL ? Op.LOAD_GLOBAL_PUSH_NULL : -1;
		case Op.COMPARE_OP:
			if (second === Op.POP_JUMP_IF_FALSE) return Op.COMPARE_OP_POP_JUMP_IF_FALSE;
			if (second === Op.POP_JUMP_IF_TRUE) return Op.COMPARE_OP_POP_JUMP_IF_TRUE;
			return -1;
		case Op.FOR_ITER:
			return second === Op.STORE_FAST ? Op.FOR_ITER_STORE_FAST : -1;
		default:
			return -1;
	}
}

/** Rewrites `code` in place, giving every fusable pair's first instruction its fused opcode. */
export function fuseInstructions(code: Int32Array): void {
	// Decide from the original opcodes: each pair is judged independently, so overlapping
	// pairs (A B C) fuse at both A and B; running A's fused op continues at C.
	const original = code.slice();
	for (let pc = 0; pc + 2 < original.length; pc += 2) {
		const fused = fusedOp(original[pc], original[pc + 2]);
		if (fused >= 0) code[pc] = fused;
	}
}
