/*
 * jitCompiler.ts
 * The code generator of vm/jit.ts (read its header first): a plain function's bytecode becomes
 * one JavaScript function, other code gets segments. A chunk of its own in the browser, loaded
 * by prepare() ('#jit', vm/jitLazy.ts); registered at once in Node (vm/jitEager.ts).
 */

import { CodeFlags, type CodeObject } from '../compiler/codeObject';
import { Op } from '../compiler/opcodes';
import { stackEffect as netStackEffect } from '../compiler/stackEffect';
import { JIT_MAX_DEPTH, type JitFn, type SegmentFn } from './jit';

/** The opcode a fused superinstruction starts with (the second keeps its own slot). */
function plainOp(op: number): number {
	switch (op) {
		case Op.LOAD_FAST_LOAD_FAST:
		case Op.LOAD_FAST_LOAD_CONST:
		case Op.LOAD_FAST_POP_JUMP_IF_FALSE:
		case Op.LOAD_FAST_POP_JUMP_IF_TRUE:
		case Op.LOAD_FAST_BINARY_SUBSCR:
		case Op.LOAD_FAST_STORE_SUBSCR:
			return Op.LOAD_FAST;
		case Op.LOAD_CONST_LOAD_FAST:
			return Op.LOAD_CONST;
		case Op.STORE_FAST_LOAD_FAST:
		case Op.STORE_FAST_STORE_FAST:
			return Op.STORE_FAST;
		case Op.LOAD_GLOBAL_PUSH_NULL:
			return Op.LOAD_GLOBAL;
		case Op.COMPARE_OP_POP_JUMP_IF_FALSE:
		case Op.COMPARE_OP_POP_JUMP_IF_TRUE:
			return Op.COMPARE_OP;
		case Op.FOR_ITER_STORE_FAST:
			return Op.FOR_ITER;
		default:
			return op;
	}
}

/**
 * stackEffect for an instruction of `code`, or null where the interpreter must run it for this
 * code: a store or delete of a module-level name that may own a generator (it closes the
 * generator the name lets go; compiler/generatorOwners.ts).
 */
function compiledEffect(code: CodeObject, op: number, arg: number): [number, number] | null {
	if (
		(op === Op.STORE_NAME || op === Op.DELETE_NAME) &&
		code.ownedGenNames !== null &&
		code.ownedGenNames.has(code.names[arg])
	)
		return null;
	return stackEffect(op, arg);
}

/** [values popped, values pushed] of each instruction this compiler handles; null: not handled. */
function stackEffect(op: number, arg: number): [number, number] | null {
	switch (op) {
		case Op.NOP:
		case Op.JUMP:
			return [0, 0];
		case Op.POP_TOP:
		case Op.STORE_FAST:
		case Op.POP_JUMP_IF_FALSE:
		case Op.POP_JUMP_IF_TRUE:
		case Op.POP_JUMP_IF_NONE:
		case Op.POP_JUMP_IF_NOT_NONE:
		case Op.RETURN_VALUE:
			return [1, 0];
		case Op.COPY:
			return [arg, arg + 1];
		case Op.SWAP:
			return [arg, arg];
		case Op.LOAD_CONST:
		case Op.LOAD_FAST:
		case Op.LOAD_GLOBAL:
		case Op.LOAD_NAME:
		case Op.PUSH_NULL:
			return [0, 1];
		case Op.STORE_NAME:
			return [1, 0];
		case Op.LOAD_ATTR:
		case Op.UNARY_NEGATIVE:
		case Op.UNARY_NOT:
			return [1, 1];
		case Op.LOAD_METHOD:
			return [1, 2];
		case Op.STORE_ATTR:
			return [2, 0];
		case Op.BINARY_OP:
		case Op.COMPARE_OP:
		case Op.IS_OP:
		case Op.CONTAINS_OP:
		case Op.BINARY_SUBSCR:
			return [2, 1];
		case Op.STORE_SUBSCR:
			return [3, 0];
		case Op.BUILD_TUPLE:
		case Op.BUILD_LIST:
			return [arg, 1];
		case Op.CALL:
			return [arg + 2, 1];
		case Op.CALL_KW:
			return [arg + 3, 1];
		case Op.GET_ITER:
			return [1, 1];
		case Op.FOR_ITER: // and when exhausted: [1, 0], jumping (see layout)
			return [1, 2];
		default:
			return null;
	}
}

function isJump(op: number): boolean {
	return (
		op === Op.JUMP ||
		op === Op.POP_JUMP_IF_FALSE ||
		op === Op.POP_JUMP_IF_TRUE ||
		op === Op.POP_JUMP_IF_NONE ||
		op === Op.POP_JUMP_IF_NOT_NONE
	);
}

/**
 * The instructions a segment leaves to the interpreter and after which it can take over again
 * (the next instruction is an entry point, at the depth the compiler's stackEffect gives). Only
 * instructions that always fall through; anything else ends the segment.
 */
const RESUMABLE_EXITS: ReadonlySet<number> = new Set([
	Op.DELETE_FAST,
	Op.UNARY_POSITIVE,
	Op.UNARY_INVERT,
	Op.LIST_TO_TUPLE,
	Op.YIELD_VALUE,
	Op.GET_YIELD_FROM_ITER,
	Op.GET_AWAITABLE,
	Op.LOAD_DEREF,
	Op.LOAD_CLOSURE,
	Op.LOAD_ASSERTION_ERROR,
	Op.LOAD_BUILD_CLASS,
	Op.IMPORT_FROM,
	Op.STORE_DEREF,
	Op.STORE_GLOBAL,
	Op.STORE_NAME,
	Op.DELETE_NAME,
	Op.DELETE_ATTR,
	Op.LIST_APPEND,
	Op.SET_ADD,
	Op.LIST_EXTEND,
	Op.SET_UPDATE,
	Op.DICT_UPDATE,
	Op.DICT_MERGE,
	Op.IMPORT_NAME,
	Op.DELETE_SUBSCR,
	Op.MAP_ADD,
	Op.BUILD_SLICE,
	Op.BUILD_STRING,
	Op.BUILD_MAP,
	Op.FORMAT_VALUE,
	Op.UNPACK_SEQUENCE,
	Op.MAKE_FUNCTION,
	Op.CALL_FUNCTION_EX,
]);

/** The net stack effect of an exit the segment can resume after (see RESUMABLE_EXITS), else null. */
function exitEffect(op: number, arg: number): number | null {
	return RESUMABLE_EXITS.has(op) ? netStackEffect(op, arg) : null;
}

/** Whether a frame of this code may run compiled segments (vm/jit.ts compileSegment). */
export function segmentEligible(code: CodeObject): boolean {
	// Functions too: a frame the interpreter runs (a first call, a frame handed over) may loop.
	return (
		(code.flags &
			(CodeFlags.ClassBody | CodeFlags.HiddenFrame | CodeFlags.InlinedComprehension)) ===
		0
	);
}

/** Whether the compiler handles this code object at all (see the header). */
export function jitEligible(code: CodeObject): boolean {
	if (code.plainArgc < 0 || code.exceptionTable.length !== 0) return false;
	if (code.flags & (CodeFlags.InlinedComprehension | CodeFlags.HiddenFrame | CodeFlags.ClassBody))
		return false;
	const bc = code.code;
	for (let pc = 0; pc < bc.length; pc += 2)
		if (compiledEffect(code, plainOp(bc[pc]), bc[pc + 1]) === null) return false;
	return true;
}

/** The shape of the block structure: stack depth before each instruction and block starts. */
interface Layout {
	depth: Int32Array; // -1: unreachable
	blockStart: Uint8Array;
	/** Instructions from this one to the end of its block, itself included. */
	rest: Int32Array;
	maxDepth: number;
}

/**
 * Stack depths and blocks. A whole function (segment false) only has instructions this module
 * compiles. A segment's code may have others: the interpreter runs them (exits), and where its
 * effect is known the instruction after one is an entry point; the instructions reached from
 * pc 0 only through instructions of unknown effect are not compiled (depth -1).
 */
function layout(code: CodeObject, segment: boolean): Layout | null {
	const bc = code.code;
	const n = bc.length >> 1;
	const depth = new Int32Array(n).fill(-1);
	const blockStart = new Uint8Array(n);
	blockStart[0] = 1;
	let maxDepth = 0;
	const work = [0];
	depth[0] = 0;
	const reach = (i: number, d: number): boolean => {
		if (i < 0 || i >= n) return false;
		if (depth[i] === -1) {
			depth[i] = d;
			work.push(i);
			return true;
		}
		return depth[i] === d;
	};
	while (work.length) {
		const i = work.pop()!;
		const op = plainOp(bc[2 * i]);
		const arg = bc[2 * i + 1];
		const d = depth[i];
		const effect = compiledEffect(code, op, arg);
		if (effect === null || (segment && op === Op.RETURN_VALUE)) {
			// A segment's exit: the interpreter runs it and may hand back at the next instruction.
			if (i + 1 < n) blockStart[i + 1] = 1;
			const net = op === Op.RETURN_VALUE ? null : exitEffect(op, arg);
			if (net !== null) {
				if (d + net < 0) return null;
				if (d + net > maxDepth) maxDepth = d + net;
				if (!reach(i + 1, d + net)) return null;
			}
			continue;
		}
		const [pops, pushes] = effect;
		if (d < pops) return null;
		const after = d - pops + pushes;
		if (after > maxDepth) maxDepth = after;
		if (op === Op.FOR_ITER) {
			// Continues with the iterator and its next value; jumps without the iterator.
			const t = arg >> 1;
			blockStart[t] = 1;
			if (i + 1 < n) blockStart[i + 1] = 1;
			if (!reach(t, d - 1) || !reach(i + 1, after)) return null;
		} else if (isJump(op)) {
			const t = arg >> 1;
			blockStart[t] = 1;
			if (i + 1 < n) blockStart[i + 1] = 1;
			if (!reach(t, after)) return null;
			if (op !== Op.JUMP && !reach(i + 1, after)) return null;
		} else if (op === Op.RETURN_VALUE) {
			if (i + 1 < n) blockStart[i + 1] = 1;
		} else {
			// After a call a segment's frame may come back from the interpreter (an inline call).
			if (segment && (op === Op.CALL || op === Op.CALL_KW) && i + 1 < n) blockStart[i + 1] = 1;
			if (!reach(i + 1, after)) return null;
		}
	}
	const rest = new Int32Array(n);
	for (let i = n - 1; i >= 0; i--)
		rest[i] = 1 + (i + 1 < n && !blockStart[i + 1] ? rest[i + 1] : 0);
	return { depth, blockStart, rest, maxDepth };
}

/** JS source that copies stack values s0..s(count-1) into the frame's stack. */
function spill(count: number): string {
	let out = '';
	for (let i = 0; i < count; i++) out += `st[${i}] = s${i}; `;
	return out;
}

/** JS source that loads stack values s0..s(count-1) from the frame's stack. */
function load(count: number): string {
	let out = '';
	for (let i = 0; i < count; i++) out += `s${i} = st[${i}]; `;
	return out;
}

const CMP_JS = ['<', '<=', '===', '!==', '>', '>='];

/**
 * Compiles `code` with the interpreter's support functions `J` (interpreter.ts jitSupport).
 * Returns null when the code is not eligible or its layout is not one it handles.
 */
export function compileJit(code: CodeObject, J: unknown): JitFn | null {
	if (codegenRefused || !jitEligible(code)) return null;
	return generate(code, J, false);
}

export function compileSegment(code: CodeObject, J: unknown): SegmentFn | null {
	if (codegenRefused || !segmentEligible(code)) return null;
	return generate(code, J, true) as SegmentFn | null;
}

function generate(code: CodeObject, J: unknown, segment: boolean): JitFn | SegmentFn | null {
	const bc = code.code;
	const lay = layout(code, segment);
	if (lay === null) return null;
	const { depth, blockStart, rest } = lay;
	const n = bc.length >> 1;
	const body: string[] = [];
	const unwindCases: string[] = [];
	const raiseCases: string[] = [];
	const caches: string[] = [];
	const entries: string[] = [];
	const s = (i: number): string => `s${i}`;
	/** A check point whose budget ran out: a segment returns to the interpreter; a function unwinds. */
	const budgetOut = (i: number, d: number): string =>
		segment
			? `{ ${spill(d)}f.sp = ${d}; f.pc = ${2 * i}; C.instructions += t - ${rest[i]}; return 1; }`
			: `{ at = ${2 * i}; throw new J.JitUnwind(f); }`;
	/** The interpreter runs instruction i itself: a segment returns to it; a function unwinds. */
	const handOver = (i: number, d: number): string =>
		segment
			? `{ ${spill(d)}f.sp = ${d}; f.pc = ${2 * i}; C.instructions += t - ${rest[i]}; return 0; }`
			: `{ at = ${2 * i}; throw new J.JitUnwind(f); }`;
	const jumpTo = (target: number): string => `{ b = ${target}; continue; }`;

	for (let i = 0; i < n; i++) {
		const d = depth[i];
		if (d < 0) continue; // unreachable
		const pc = 2 * i;
		const rawOp = bc[pc];
		const op = plainOp(rawOp);
		const arg = bc[pc + 1];
		const effect = compiledEffect(code, op, arg);
		if (blockStart[i]) body.push(`case ${pc}: t += ${rest[i]};`);
		if (effect === null || (segment && op === Op.RETURN_VALUE)) {
			// The interpreter runs this one (only in a segment: a function has none).
			body.push(
				`${spill(d)}f.sp = ${d}; f.pc = ${pc}; C.instructions += t - ${rest[i]}; return 0;`
			);
			continue;
		}
		if (segment && blockStart[i])
			entries.push(`case ${pc}: if (f.sp !== ${d}) return 0; ${load(d)}b = ${pc}; break;`);
		const [pops] = effect;
		raiseCases.push(`case ${pc}: ${spill(d - pops)}live = ${d - pops}; break;`);
		const top = s(d - 1);
		const second = s(d - 2);
		switch (op) {
			case Op.NOP:
				break;
			case Op.POP_TOP:
				// Most popped values are None (a call's or a yield's result): its test is one compare
				// where a failed instanceof walks the whole prototype chain.
				body.push(
					`if (${top} === None) {} else if (${top} instanceof J.PyCoroutine) { at = ${pc}; J.poppedCoroutine(f, ${pc}, ${top}); }` +
						` else if (${top} instanceof J.PyGenerator && ${top}.loopOwned) { at = ${pc}; J.poppedLoopGenerator(f, ${pc}, ${top}); }`
				);
				break;
			case Op.COPY:
				body.push(`${s(d)} = ${s(d - arg)};`);
				break;
			case Op.SWAP:
				body.push(`v = ${top}; ${top} = ${s(d - arg)}; ${s(d - arg)} = v;`);
				break;
			case Op.LOAD_CONST:
				body.push(`${s(d)} = k${arg};`);
				break;
			case Op.LOAD_FAST:
				body.push(
					`${s(d)} = fast[${arg}]; if (${s(d)} === undefined) { at = ${pc}; throw J.unboundLocal(varnames[${arg}]); }`
				);
				break;
			case Op.STORE_FAST:
				body.push(`fast[${arg}] = ${top};`);
				break;
			case Op.LOAD_GLOBAL:
				// A cache per site: the slot that held the name, valid while neither dict gained or
				// lost a key (PyDict.version), so rebinding the name is seen at once.
				caches.push(`const g${pc} = { d: null, v: -1, b: null, bv: -1, h: null, i: 0 };`);
				body.push(
					`c = g${pc}; if (c.d === globals && c.v === globals.version && (c.b === null || (c.b === f.builtins && c.bv === c.b.version))) ${s(d)} = c.h.vals[c.i];` +
						` else { at = ${pc}; ${s(d)} = J.loadGlobal(f, n${arg}, c); }`
				);
				break;
			case Op.PUSH_NULL:
				body.push(`${s(d)} = undefined;`);
				break;
			case Op.LOAD_NAME:
				// Module code (locals are the globals) shares LOAD_GLOBAL's cache; others look up.
				caches.push(`const g${pc} = { d: null, v: -1, b: null, bv: -1, h: null, i: 0 };`);
				body.push(
					`c = g${pc}; if (locals === globals && c.d === globals && c.v === globals.version && (c.b === null || (c.b === f.builtins && c.bv === c.b.version))) ${s(d)} = c.h.vals[c.i];` +
						` else { at = ${pc}; ${s(d)} = J.loadName(f, n${arg}, c); }`
				);
				break;
			case Op.STORE_NAME:
				caches.push(`const g${pc} = { d: null, v: -1, b: null, bv: -1, h: null, i: 0 };`);
				body.push(
					`c = g${pc}; if (c.d === locals && c.v === locals.version) locals.vals[c.i] = ${top}; else { at = ${pc}; J.storeName(f, n${arg}, ${top}, c); }`
				);
				break;
			case Op.LOAD_ATTR:
				body.push(`at = ${pc}; f.lasti = ${pc}; ${top} = J.getAttr(${top}, n${arg});`);
				break;
			case Op.LOAD_METHOD:
				caches.push(`const m${pc} = { t: null, e: -1, a: undefined };`);
				body.push(
					`at = ${pc}; v = J.methodOf(${top}, n${arg}, m${pc}); if (v !== undefined) { ${s(d)} = ${top}; ${top} = v; } else { f.lasti = ${pc}; ${top} = J.getAttr(${top}, n${arg}); ${s(d)} = undefined; }`
				);
				break;
			case Op.STORE_ATTR:
				body.push(`at = ${pc}; J.setAttr(${top}, n${arg}, ${second});`);
				break;
			case Op.BINARY_OP:
				body.push(binaryOp(second, top, arg, pc));
				break;
			case Op.UNARY_NEGATIVE:
				body.push(`at = ${pc}; ${top} = J.unaryNegative(${top});`);
				break;
			case Op.UNARY_NOT:
				body.push(
					`${top} = ${top} === True ? False : ${top} === False ? True : (at = ${pc}, J.isTrue(${top})) ? False : True;`
				);
				break;
			case Op.COMPARE_OP: {
				const fused =
					rawOp === Op.COMPARE_OP_POP_JUMP_IF_FALSE || rawOp === Op.COMPARE_OP_POP_JUMP_IF_TRUE;
				body.push(
					`if (rt.depth >= rt.recursionLimit) { at = ${pc}; J.compareAtLimit(${second}, ${top}, ${arg}, ${fused}); }`
				);
				const next = plainOp(bc[pc + 2]);
				if (
					fused &&
					i + 1 < n &&
					!blockStart[i + 1] &&
					(next === Op.POP_JUMP_IF_FALSE || next === Op.POP_JUMP_IF_TRUE)
				) {
					// Compare and branch together, as the fused instruction does.
					const target = bc[pc + 3];
					const onTrue = next === Op.POP_JUMP_IF_TRUE;
					body.push(
						`if (typeof ${second} === "number" && typeof ${top} === "number") { if (${onTrue ? '' : '!'}(${second} ${CMP_JS[arg]} ${top})) ${jumpTo(target)} }` +
							` else { at = ${pc}; v = J.richCompare(${second}, ${top}, ${arg}); at = ${pc + 2}; if (${truthTest('v', onTrue)}) ${jumpTo(target)} }`
					);
					raiseCases.push(`case ${pc + 2}: ${spill(d - 2)}live = ${d - 2}; break;`);
					i++; // the jump is emitted
					continue;
				}
				body.push(
					`if (typeof ${second} === "number" && typeof ${top} === "number") ${second} = ${second} ${CMP_JS[arg]} ${top} ? True : False;` +
						` else { at = ${pc}; ${second} = J.richCompare(${second}, ${top}, ${arg}); }`
				);
				break;
			}
			case Op.IS_OP:
				body.push(
					`${second} = ${second} === ${top} ? ${arg === 1 ? 'False : True' : 'True : False'};`
				);
				break;
			case Op.CONTAINS_OP:
				body.push(
					`at = ${pc}; ${second} = J.contains(${top}, ${second}) ? ${arg === 1 ? 'False : True' : 'True : False'};`
				);
				break;
			case Op.BINARY_SUBSCR:
				body.push(`at = ${pc}; ${second} = J.getItem(${second}, ${top});`);
				break;
			case Op.STORE_SUBSCR:
				body.push(`at = ${pc}; J.setItem(${second}, ${top}, ${s(d - 3)});`);
				break;
			case Op.BUILD_TUPLE:
			case Op.BUILD_LIST: {
				const items: string[] = [];
				for (let k = d - arg; k < d; k++) items.push(s(k));
				body.push(
					`${s(d - arg)} = J.${op === Op.BUILD_TUPLE ? 'newTuple' : 'newList'}([${items.join(', ')}]);`
				);
				break;
			}
			case Op.JUMP:
				if (arg <= pc) {
					// A loop's back edge: a check point, as in the interpreter.
					body.push(
						`C.instructions += t; t = 0; if (C.instructions > C.budget) ${budgetOut(i, d)}`
					);
					unwindCases.push(`case ${pc}: ${spill(d)}f.sp = ${d}; f.pc = ${pc}; break;`);
				}
				body.push(`${jumpTo(arg)}`);
				break;
			case Op.POP_JUMP_IF_FALSE:
			case Op.POP_JUMP_IF_TRUE:
				body.push(
					`v = ${top}; if (${truthTest('v', op === Op.POP_JUMP_IF_TRUE, pc)}) ${jumpTo(arg)}`
				);
				break;
			case Op.POP_JUMP_IF_NONE:
				body.push(`if (${top} === None) ${jumpTo(arg)}`);
				break;
			case Op.POP_JUMP_IF_NOT_NONE:
				body.push(`if (${top} !== None) ${jumpTo(arg)}`);
				break;
			case Op.GET_ITER:
				body.push(`at = ${pc}; ${arg === 1 ? `J.markLoopOwned(f, ${top}); ` : ''}${top} = J.getIter(${top});`);
				break;
			case Op.FOR_ITER:
				// Ranges inline; a generator is resumed as the interpreter's FOR_ITER resumes it
				// (J.forIterGen), which may hand the frames over with the generator running. The
				// iterator's class is compared (neither has subclasses): a failed instanceof would
				// walk the prototype chain on every item.
				body.push(
					`v = ${top}; c = v.constructor; if (c === J.PyRangeIter) { if (v.remaining > 0) { v.remaining--; ${s(d)} = v.next; v.next += v.step; } else ${jumpTo(arg)} }` +
						` else { at = ${pc}; f.lasti = ${pc}; r = c === J.PyGenerator ? J.forIterGen(f, ${pc}, ${arg}, v) : J.iterNext(v); if (r === J.DEOPT) ${handOver(i, d)} if (r === undefined) ${jumpTo(arg)} ${s(d)} = r; }`
				);
				unwindCases.push(
					`case ${pc}: ${spill(d)}f.sp = ${d}; f.pc = ${pc}${' + (own ? 0 : 2)'}; break;`
				);
				break;
			case Op.CALL_KW: {
				const base = d - arg - 3;
				const args: string[] = [];
				for (let k = 0; k < arg; k++) args.push(s(base + 2 + k));
				body.push(
					`at = ${pc}; f.lasti = ${pc}; C.instructions += t; t = 0; if (C.instructions > C.budget) ${budgetOut(i, d)}` +
						` v = J.callKw(f, ${pc}, ${s(base)}, ${s(base + 1)}, [${args.join(', ')}], ${top}); if (v === J.DEOPT) ${handOver(i, d)} ${s(base)} = v;`
				);
				unwindCases.push(
					`case ${pc}: if (own) { ${spill(d)}f.sp = ${d}; f.pc = ${pc}; } else { ${spill(base)}f.sp = ${base}; f.pc = ${pc + 2}; } break;`
				);
				break;
			}
			case Op.CALL: {
				const base = d - arg - 2;
				// A function's own name is its compiled form; a segment's is not.
				const selfName = segment ? null : jsName(code.name);
				body.push(callSite(pc, base, arg, selfName, budgetOut(i, d), handOver(i, d)));
				unwindCases.push(
					`case ${pc}: if (own) { ${spill(d)}f.sp = ${d}; f.pc = ${pc}; } else { ${spill(base)}f.sp = ${base}; f.pc = ${pc + 2}; } break;`
				);
				break;
			}
			case Op.RETURN_VALUE:
				// Generators its variables own are freed (closed) as the frame returns (the VM's RETURN_VALUE).
				if (code.ownedGenSlots !== null)
					body.push(`if (f.ownsGenerators) { at = ${pc}; f.lasti = ${pc}; J.releaseOwnedSlots(f, ${top}); }`);
				body.push(
					`C.instructions += t; rt.depth--; f.sp = 0; f.pc = ${pc + 2}; v = f.back; f.back = null;` +
						` if (f.pooled && v.child !== f) J.poolFrame(f); J.setCurrent(v); return ${top};`
				);
				break;
		}
	}

	const vars: string[] = [];
	for (let k = 0; k < lay.maxDepth; k++) vars.push(s(k));
	const consts = code.consts;
	const prelude: string[] = [];
	for (let k = 0; k < consts.length; k++) prelude.push(`const k${k} = consts[${k}];`);
	for (let k = 0; k < code.names.length; k++) prelude.push(`const n${k} = names[${k}];`);
	prelude.push(...caches);
	const fellOff = `throw new Error("pyco jit: no block " + b + " in ${code.qualname}");`;
	const source = segment
		? `${prelude.join('\n')}
const { C, rt, None, True, False } = J;
const MAX = Number.MAX_SAFE_INTEGER;
return function ${jsName(code.name)}(f) {
	const fast = f.fast;
	const globals = f.globals;
	const locals = f.locals;
	const st = f.stack;
	let ${vars.length ? vars.join(', ') + ', ' : ''}v, r, c, cc, nf, fl;
	let t = 0, at = 0, b = 0;
	switch (f.pc) {
${entries.join('\n')}
		default: return 0;
	}
	try {
		for (;;) {
			switch (b) {
${body.join('\n')}
				default: ${fellOff}
			}
			${fellOff}
		}
	} catch (e) {
		if (e instanceof J.JitUnwind) {
			const own = e.top === f;
			switch (at) {
${unwindCases.join('\n')}
			}
			f.lasti = at;
			C.instructions += t - (own ? rest[at >> 1] : rest[at >> 1] - 1);
			if (own) return 0;
			throw e;
		}
		let live = 0;
		switch (at) {
${raiseCases.join('\n')}
		}
		C.instructions += t - (rest[at >> 1] - 1);
		f.pc = at + 2;
		f.sp = live;
		J.segmentRaised();
		throw e;
	}
};`
		: `${prelude.join('\n')}
const { C, rt, None, True, False } = J;
const MAX = Number.MAX_SAFE_INTEGER;
return function ${jsName(code.name)}(f) {
	const fast = f.fast;
	const globals = f.globals;
	let ${vars.length ? vars.join(', ') + ', ' : ''}v, r, c, cc, nf, fl;
	let t = 0, at = 0, b = 0;
	J.setCurrent(f);
	try {
		for (;;) {
			switch (b) {
${body.join('\n')}
				default: ${fellOff}
			}
			${fellOff}
		}
	} catch (e) {
		const st = f.stack;
		if (e instanceof J.JitUnwind) {
			const own = e.top === f;
			switch (at) {
${unwindCases.join('\n')}
			}
			f.lasti = at;
			C.instructions += t - (own ? rest[at >> 1] : rest[at >> 1] - 1);
			throw e;
		}
		let live = 0;
		switch (at) {
${raiseCases.join('\n')}
		}
		C.instructions += t - (rest[at >> 1] - 1);
		throw J.frameRaised(f, e, at, live);
	}
};`;
	let factory = factories.get(source);
	if (factory === undefined) {
		try {
			// eslint-disable-next-line @typescript-eslint/no-implied-eval -- this module generates code
			factory = new Function('J', 'code', 'consts', 'names', 'varnames', 'rest', source) as Factory;
		} catch {
			// No code generation here (a Content-Security-Policy without 'unsafe-eval'): interpret,
			// and do not ask again (each refusal is reported as a policy violation).
			codegenRefused = true;
			return null;
		}
		if (factories.size >= MAX_FACTORIES) factories.clear();
		factories.set(source, factory);
	}
	return factory(J, code, consts, code.names, code.varnames, rest);
}

/** Set when the environment refused `new Function`: nothing is compiled from then on. */
let codegenRefused = false;

type Factory = (...a: unknown[]) => JitFn;
/**
 * Factories by source. Every run compiles its program afresh, so the same function comes back
 * with new code objects; its closures made by the same factory share V8's feedback and
 * optimised code, so a warm run does not start over in V8's interpreter.
 */
const factories = new Map<string, Factory>();
const MAX_FACTORIES = 1000;

/** The truth test of a POP_JUMP_IF_*: True/False at once, anything else through __bool__/__len__. */
function truthTest(v: string, jumpIfTrue: boolean, pc = -1): string {
	const mark = pc >= 0 ? `at = ${pc}, ` : '';
	return jumpIfTrue
		? `${v} === True || (${v} !== False && (${mark}J.isTrue(${v})))`
		: `${v} === False || (${v} !== True && !(${mark}J.isTrue(${v})))`;
}

/** BINARY_OP with the interpreter's fast paths for two ints and two floats. */
function binaryOp(a: string, b: string, arg: number, pc: number): string {
	const kind = arg & 15;
	const slow = `{ at = ${pc}; ${a} = J.binaryOp(${kind}, ${a}, ${b}, ${arg >= 16}); }`;
	const ints = `typeof ${a} === "number" && typeof ${b} === "number"`;
	const floats = `${a} instanceof J.PyFloat && ${b} instanceof J.PyFloat`;
	switch (kind) {
		case 0: // Add
			return `if (${ints} && (r = ${a} + ${b}) <= MAX && r >= -MAX) ${a} = r; else if (${floats}) ${a} = new J.PyFloat(${a}.value + ${b}.value); else ${slow}`;
		case 1: // Sub
			return `if (${ints} && (r = ${a} - ${b}) <= MAX && r >= -MAX) ${a} = r; else if (${floats}) ${a} = new J.PyFloat(${a}.value - ${b}.value); else ${slow}`;
		case 2: // Mul
			return `if (${ints} && (r = ${a} * ${b}) <= MAX && r >= -MAX) ${a} = r === 0 ? 0 : r; else if (${floats}) ${a} = new J.PyFloat(${a}.value * ${b}.value); else ${slow}`;
		case 3: // TrueDiv: both operands are exact doubles, so IEEE division is correctly rounded
			return `if (${ints} && ${b} !== 0) ${a} = new J.PyFloat(${a} / ${b}); else ${slow}`;
		case 4: // FloorDiv
			return `if (${ints} && ${b} > 0) ${a} = Math.floor(${a} / ${b}); else ${slow}`;
		case 5: // Mod
			return `if (${ints} && ${b} > 0) { r = ${a} % ${b}; ${a} = r < 0 ? r + ${b} : r === 0 ? 0 : r; } else ${slow}`;
		default:
			return slow;
	}
}

/**
 * CALL: a check point; a compiled plain callee gets its frame and is called directly, anything
 * else goes through J.callOther (natives), which may hand the frame to the interpreter.
 */
function callSite(
	pc: number,
	base: number,
	argc: number,
	selfName: string | null,
	budgetOut: string,
	handOver: string
): string {
	const args: string[] = [];
	for (let k = 0; k < argc; k++) args.push(`s${base + 2 + k}`);
	const fill = (offset: number): string =>
		args.map((a, k) => `fl[${k + offset}] = ${a};`).join(' ');
	// A call of the function itself names it, so V8 sees the target (a recursion's calls).
	const call = selfName === null ? 'cc.jit(nf)' : `cc === code ? ${selfName}(nf) : cc.jit(nf)`;
	const enter = `if (++rt.depth > rt.recursionLimit) { rt.depth--; throw J.recursionError(); } nf.back = f; s${base} = ${call};`;
	return (
		`at = ${pc}; f.lasti = ${pc}; C.instructions += t; t = 0; if (C.instructions > C.budget) ${budgetOut}` +
		` c = s${base}; r = s${base + 1};` +
		` if (c instanceof J.PyFunction && (cc = c.code).jit !== null && rt.depth < ${JIT_MAX_DEPTH} && cc.plainArgc === (r === undefined ? ${argc} : ${argc + 1})) {` +
		` nf = J.frameFor(f, c, cc); fl = nf.fast;` +
		` if (r === undefined) { ${fill(0)} } else { fl[0] = r; ${fill(1)} }` +
		` ${enter} }` +
		` else { v = J.callOther(f, ${pc}, c, r, [${args.join(', ')}]); if (v === J.DEOPT) ${handOver} s${base} = v; }`
	);
}

/** A JavaScript identifier for the compiled function (it shows in profiles). */
function jsName(name: string): string {
	return 'py_' + name.replace(/[^A-Za-z0-9_$]/g, '_');
}
