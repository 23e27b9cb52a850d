/*
 * compiler.ts
 * Compiles the AST into CodeObjects, following CPython 3.12's code generator: zero-cost
 * exception tables, the SEND/YIELD_VALUE loop for `yield from`/`await`, and fblock unwinding
 * for return/break/continue through try/finally, with and except blocks.
 *
 * PEP 380's expansion of `RESULT = yield from EXPR`, which the SEND loop implements (the
 * throw()/close() branches live in vm/generators.ts, where CPython's gen_throw handles them):
 *     _i = iter(EXPR); _y = next(_i)
 *     while 1:
 *         try: _s = yield _y
 *         except GeneratorExit as _e: close _i if it has close(); raise _e
 *         except BaseException as _e: forward with _i.throw(...) or raise; on StopIteration: break
 *         else: _y = next(_i) if _s is None else _i.send(_s); on StopIteration as _e: break
 *     RESULT = _e.value
 */

import {
	ParseNode,
	ParseNodeType,
	ModuleNode,
	StatementNode,
	ExpressionNode,
	CompareNode,
	FunctionDefNode,
	ClassDefNode,
	LambdaNode,
	ArgumentNode,
	CallNode,
	ArgumentCategory,
	ConstantKind,
	OperatorType,
	FormattedStringNode,
	TryNode,
	WithNode,
	ForNode,
	ParametersNode,
	NameNode,
	DictionaryKeyEntryNode,
	MatchNode,
	PatternNode,
} from '../parser/parseNodes';
import { getChildNodes } from '../parser/parseTreeWalker';
import { PyPattern, type Pattern } from '../vm/match';
import { CodeObject, CodeFlags, ExceptionTableEntry, objectArray } from './codeObject';
import { stackEffect } from './stackEffect';
import { generatorOwnerNames, drivenParams, moduleTracksTemporaries } from './generatorOwners';
import { Op, MakeFunctionFlags, CONST_SET_DISPLAY, GenLifetime, GenDrop } from './opcodes';
import { fuseInstructions } from './superinstructions';
import { Scope, ScopeKind, SymbolTableBuilder, NameScope, ComprehensionLike } from './symbolTable';
import type { PyValue } from '../objects/object';
import { None, True, False, Ellipsis, PyFloat } from '../objects/object';
import { PyTuple } from '../objects/containers';
import { codeRef } from '../objects/function';
import { BinOp } from '../objects/numeric';
import { CmpOp } from '../objects/protocol';

/**
 * The annotation unparser of `from __future__ import annotations` (compiler/unparse.ts), installed
 * by the __future__ module (modules/future.ts): in the browser it is loaded, with that module's
 * chunk, only by programs that import __future__.
 */
export const futureSupport: {
	unparseAnnotation: ((e: ExpressionNode, source: string) => string) | null;
} = { unparseAnnotation: null };

/** Factories for constants whose types live outside the object core (set by the types layer). */
export const constantFactories = {
	bytes: null as ((bytes: number[]) => PyValue) | null,
	complex: null as ((real: number, imag: number) => PyValue) | null,
};

export interface CompileError {
	message: string;
	start: number;
	end: number;
	kind: 'SyntaxError';
}

export class CompileFailure extends Error {
	constructor(public readonly error: CompileError) {
		super(error.message);
	}
}

interface Label {
	pc: number;
	refs: number[];
	depth: number;
}

interface Handler {
	label: Label;
	depth: number;
	lasti: boolean;
}

const enum FBlock {
	WhileLoop,
	ForLoop,
	AsyncForLoop,
	TryExcept,
	FinallyTry,
	FinallyEnd,
	With,
	AsyncWith,
	HandlerCleanup,
	ExceptionHandler,
	PopValue,
}

interface FBlockInfo {
	kind: FBlock;
	/** Loop: continue target. */
	start?: Label;
	/** Loop: break target. */
	exit?: Label;
	/** FinallyTry: the finally body to inline on unwinding. */
	finallyBody?: StatementNode[];
	/** HandlerCleanup: the `as` name to clear; hasCleanupBlock when a second handler was set up. */
	name?: string;
	/** Handler stack length to restore to when unwinding through this block. */
	handlerDepth: number;
	/** ForLoop over a zip/enumerate/... of new generators: its GEN_LIFETIME site (forStatement). */
	heldSite?: number;
	node?: ParseNode;
}

const BINOP_OF: Partial<Record<OperatorType, BinOp>> = {
	[OperatorType.Add]: BinOp.Add,
	[OperatorType.Subtract]: BinOp.Sub,
	[OperatorType.Multiply]: BinOp.Mul,
	[OperatorType.Divide]: BinOp.TrueDiv,
	[OperatorType.FloorDivide]: BinOp.FloorDiv,
	[OperatorType.Mod]: BinOp.Mod,
	[OperatorType.Power]: BinOp.Pow,
	[OperatorType.MatrixMultiply]: BinOp.MatMul,
	[OperatorType.LeftShift]: BinOp.LShift,
	[OperatorType.RightShift]: BinOp.RShift,
	[OperatorType.BitwiseAnd]: BinOp.And,
	[OperatorType.BitwiseOr]: BinOp.Or,
	[OperatorType.BitwiseXor]: BinOp.Xor,
};

const CMP_OF: Partial<Record<OperatorType, CmpOp>> = {
	[OperatorType.LessThan]: CmpOp.Lt,
	[OperatorType.LessThanOrEqual]: CmpOp.Le,
	[OperatorType.Equals]: CmpOp.Eq,
	[OperatorType.NotEquals]: CmpOp.Ne,
	[OperatorType.GreaterThan]: CmpOp.Gt,
	[OperatorType.GreaterThanOrEqual]: CmpOp.Ge,
};

/** Builds one CodeObject. */
/**
 * The engine's single copy of a name. Names parsed from source are fresh strings; as Map keys
 * (dicts, globals) they compare by content on every lookup, while interned ones compare by
 * identity. Object.keys returns property keys, which the engine has already interned.
 */
function internString(s: string): string {
	return Object.keys({ [s]: 0 })[0] ?? s;
}

/** Builtins whose call drives a generator argument and may stop early, leaving it suspended. */
const STOPS_EARLY = new Set(['next', 'any', 'all']);
/** Builtins that consume an iterator argument during the call and keep no reference to it. */
const CONSUMERS = new Set(['next', 'any', 'all', 'list', 'tuple', 'set', 'frozenset', 'sorted', 'sum', 'min', 'max', 'dict']);
/** Iterator types holding their iterable arguments (which ones, by position) and nothing else. */
const WRAPPED_ARGS = new Map<string, (i: number) => boolean>([
	['zip', () => true],
	['enumerate', (i) => i === 0],
	['map', (i) => i >= 1],
	['filter', (i) => i === 1],
	['islice', (i) => i === 0],
]);
/** Builtins that never return a generator (their calls need no mark). */
const NEVER_GENERATORS = new Set(['len', 'str', 'int', 'float', 'range', 'repr', 'list', 'tuple', 'dict', 'set', 'sorted', 'iter', 'open', 'print', 'input', 'abs', 'round', 'min', 'max', 'sum', 'bool', 'type', 'id', 'hash', 'format', 'chr', 'ord']);

class Unit {
	code: number[] = [];
	lines: number[] = [];
	starts: number[] = [];
	ends: number[] = [];
	handlerOf: (Handler | null)[] = [];
	consts: PyValue[] = objectArray<PyValue>();
	constIndex = new Map<unknown, number>();
	names: string[] = [];
	nameIndex = new Map<string, number>();
	varnames: string[] = [];
	cellvars: string[] = [];
	freevars: string[] = [];
	slotIndex = new Map<string, number>();
	depth = 0;
	maxDepth = 0;
	/** The locals that may own a generator (Compiler.ownerLocals), once computed. */
	ownerLocals: Set<string> | null = null;
	/** maxDepth before the PEP 479 guard's handler of a generator body, or -1. */
	bodyMaxDepth = -1;
	handlers: Handler[] = [];
	fblocks: FBlockInfo[] = [];
	/** Set after an unconditional transfer; the next bound label restores the depth. */
	unreachable = false;
	/** GEN_LIFETIME sites used so far. */
	genLifetimeSites = 0;
	/** The node being compiled (for locations); `definedBy` is the unit's own node. */
	loc: ParseNode;
	readonly definedBy: ParseNode;
	constructor(
		public scope: Scope,
		public codeObj: CodeObject,
		loc: ParseNode
	) {
		this.loc = loc;
		this.definedBy = loc;
	}
}

/** A warning found while compiling (emitted before the program runs, as CPython does). */
export interface CompileWarning {
	category: 'SyntaxWarning' | 'DeprecationWarning';
	message: string;
	line: number;
}

export interface CompileOptions {
	/** Receives compile-time warnings (SyntaxWarning for `is` with a literal...). */
	onWarning?: (w: CompileWarning) => void;
	filename: string;
	/** 'exec' (default) compiles statements; 'eval' a single expression whose value is returned. */
	mode?: 'exec' | 'eval';
	/** Python minor version (7..13). */
	minor: number;
}

/** Compiles a parsed module. Throws CompileFailure for scope errors found here. */
export function compileModule(
	module: ModuleNode,
	source: string,
	options: CompileOptions
): CodeObject {
	const st = new SymbolTableBuilder();
	const top = st.build(module);
	if (st.errors.length) {
		const e = st.errors[0];
		const node = options.minor < 10 && e.nodeBefore310 !== undefined ? e.nodeBefore310 : e.node;
		throw new CompileFailure({
			message: e.message,
			start: node.start,
			end: node.start + node.length,
			kind: 'SyntaxError',
		});
	}
	const c = new Compiler(source, options, st.scopes);
	return c.compileModule(module, top);
}

class Compiler {
	private u!: Unit;
	/** `from __future__ import annotations` (PEP 563): annotations are stored as strings. */
	private futureAnnotations = false;
	private lineStarts: number[];
	private qualnameStack: string[] = [];

	constructor(
		private source: string,
		private options: CompileOptions,
		private scopes: Map<ParseNode, Scope>
	) {
		this.lineStarts = [0];
		for (let i = 0; i < source.length; i++)
			if (source.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
	}

	private lineOf(offset: number): number {
		const ls = this.lineStarts;
		let lo = 0;
		let hi = ls.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (ls[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	}

	private fail(message: string, node: ParseNode): never {
		throw new CompileFailure({
			message,
			start: node.start,
			end: node.start + node.length,
			kind: 'SyntaxError',
		});
	}

	// -----------------------------------------------------------------------------------------
	// Units

	private enterUnit(
		scope: Scope,
		name: string,
		qualname: string,
		node: ParseNode,
		flags: number
	): Unit {
		const code = new CodeObject(name, qualname, this.options.filename, this.source);
		code.firstLine = this.lineOf(node.start);
		code.flags = flags;
		const u = new Unit(scope, code, node);
		// Slot layout: parameters, other locals, then cells, then frees.
		const isFunc = scope.isFunctionLike();
		if (isFunc) {
			for (const p of scope.params) this.addVar(u, p);
			for (const name of scope.order) {
				const r = scope.resolved.get(name);
				if (r === NameScope.Local && !u.slotIndex.has(name)) this.addVar(u, name);
			}
		}
		for (const name of scope.order) {
			if (scope.resolved.get(name) === NameScope.Cell) u.cellvars.push(name);
		}
		if (scope.kind === ScopeKind.Class && scope.hasClassCell) u.cellvars.push('__class__');
		const frees = new Set<string>();
		for (const [name, r] of scope.resolved) if (r === NameScope.Free) frees.add(name);
		for (const name of scope.classFreePassthrough) frees.add(name);
		u.freevars = [...frees];
		const nvars = u.varnames.length;
		u.cellvars.forEach((n, i) => u.slotIndex.set('cell:' + n, nvars + i));
		u.freevars.forEach((n, i) => u.slotIndex.set('cell:' + n, nvars + u.cellvars.length + i));
		return u;
	}

	private addVar(u: Unit, name: string): void {
		u.slotIndex.set(name, u.varnames.length);
		u.varnames.push(internString(name));
	}

	/** The locals of a function unit that may own a generator (generatorOwners.ts), computed once. */
	private ownerLocals(u: Unit): Set<string> {
		if (u.ownerLocals === null)
			u.ownerLocals =
				this.tracksTemporaries && u.definedBy.nodeType === ParseNodeType.FunctionDef ? generatorOwnerNames(u.definedBy, false) : new Set();
		return u.ownerLocals;
	}

	/**
	 * `name = value` where name is a local that may own a generator and value makes none: the
	 * generator it held is let go (GEN_LIFETIME ReleaseSlot before the store; a value that makes
	 * a generator is followed by its store at once, vm/generators.ts noteOwner, which does it).
	 */
	private releaseBeforeStore(target: ExpressionNode, value: ExpressionNode): void {
		if (target.nodeType !== ParseNodeType.Name || value.nodeType === ParseNodeType.Call || value.nodeType === ParseNodeType.GeneratorExpression) return;
		const u = this.u;
		if (!this.ownerLocals(u).has(target.value) || u.scope.resolved.get(target.value) !== NameScope.Local) return;
		const slot = u.slotIndex.get(target.value);
		if (slot !== undefined) this.emit(Op.GEN_LIFETIME, GenLifetime.Drop | (GenDrop.ReleaseSlot << 2) | (slot << 4));
	}

	/** Records the variables that may own a generator (compiler/generatorOwners.ts). */
	private findGeneratorOwners(u: Unit, code: CodeObject): void {
		const node = u.loc;
		// A module that rebinds a trusted builtin or introspects gets none of this.
		if (!this.tracksTemporaries) return;
		if (node.nodeType === ParseNodeType.Module) {
			const names = generatorOwnerNames(node, true, (scopeNode, name) => {
				const r = this.scopes.get(scopeNode)?.resolved.get(name);
				return r === NameScope.GlobalImplicit || r === NameScope.GlobalExplicit;
			});
			if (names.size) code.ownedGenNames = names;
		} else if (node.nodeType === ParseNodeType.FunctionDef) {
			const slots: number[] = [];
			for (const name of this.ownerLocals(u)) {
				const slot = u.slotIndex.get(name);
				if (slot !== undefined && u.scope.resolved.get(name) === NameScope.Local) slots.push(slot);
			}
			if (slots.length) code.ownedGenSlots = Int32Array.from(slots.sort((a, b) => a - b));
			const driven = drivenParams(node);
			if (driven.length) code.drivenParams = driven;
		}
	}

	/** Whether the module may follow generators' lifetimes (generatorOwners.ts moduleTracksTemporaries). */
	private tracksTemporaries = false;
	/** The module's plain top-level functions whose parameters only drive what they are given. */
	private drivenByName = new Map<string, number[]>();
	/** Calls compiled as an argument whose generators the enclosing call tracks (see lifetimePlan). */
	private temporaryCalls = new Set<ParseNode>();

	private prepareLifetimes(module: ModuleNode): void {
		this.tracksTemporaries = moduleTracksTemporaries(module);
		if (!this.tracksTemporaries) return;
		for (const st of module.body) {
			if (st.nodeType !== ParseNodeType.FunctionDef || st.decorators.length !== 0 || st.isAsync) continue;
			const driven = drivenParams(st);
			if (driven.length) this.drivenByName.set(st.name.value, driven);
		}
	}

	/**
	 * Where a call's arguments are generators (or zip/enumerate/map/filter/islice objects over
	 * them) made for this call alone, which die when it returns (CPython frees the arguments):
	 * the GEN_LIFETIME marks after those arguments and the kind to emit after the call, or null.
	 * The VM checks everything at run time (the callee really is the builtin, or a function whose
	 * parameter only drives its iterator; the argument really was made by the call before).
	 */
	private lifetimePlan(func: ExpressionNode, args: ArgumentNode[], asTemporary: boolean): { marks: boolean[]; after: GenLifetime } | null {
		if (!this.tracksTemporaries || args.length === 0 || args.length > 63) return null;
		if (args.some((a) => a.category !== ArgumentCategory.Simple || a.name !== undefined)) return null;
		const name =
			func.nodeType === ParseNodeType.Name
				? func.value
				: func.nodeType === ParseNodeType.MemberAccess && func.object.nodeType === ParseNodeType.Name && func.object.value === 'itertools'
					? func.member.value
					: null;
		if (name === null) return null;
		const marks = args.map(() => false);
		const isCall = (a: ArgumentNode): boolean => a.value.nodeType === ParseNodeType.Call;
		let after = GenLifetime.Release;
		const wrapper = asTemporary ? WRAPPED_ARGS.get(name) : undefined;
		if (wrapper !== undefined) {
			args.forEach((a, i) => {
				marks[i] = isCall(a) && wrapper(i) && this.mayMakeGenerator(a.value as CallNode);
				// enumerate(zip(gen(), ...)): the inner wrapper is this one's temporary.
				if (marks[i] && isCall(a) && this.wrapsGenerators(a.value as CallNode)) this.temporaryCalls.add(a.value);
			});
			after = GenLifetime.Wrap;
		} else if (func.nodeType === ParseNodeType.Name && CONSUMERS.has(name) && (args.length === 1 || (name === 'next' && args.length === 2))) {
			const a = args[0].value;
			if (a.nodeType === ParseNodeType.Call && this.wrapsGenerators(a)) {
				marks[0] = true;
				this.temporaryCalls.add(a);
			} else if (a.nodeType === ParseNodeType.Call && STOPS_EARLY.has(name) && this.mayMakeGenerator(a)) marks[0] = true;
			else if (this.ownsNewIterator(a)) marks[0] = true;
		} else if (func.nodeType === ParseNodeType.Name && this.drivenByName.has(name)) {
			const driven = this.drivenByName.get(name)!;
			// The arguments after the generator are plain names or constants: nothing runs between
			// the check of the callee and the call.
			args.forEach((a, i) => {
				marks[i] =
					(isCall(a) || this.ownsNewIterator(a.value)) &&
					driven.includes(i) &&
					(a.value.nodeType !== ParseNodeType.Call || this.mayMakeGenerator(a.value)) &&
					args.slice(i + 1).every((b) => b.value.nodeType === ParseNodeType.Name || b.value.nodeType === ParseNodeType.Constant);
				if (marks[i] && isCall(a) && this.wrapsGenerators(a.value as CallNode)) this.temporaryCalls.add(a.value);
			});
		}
		return marks.includes(true) ? { marks, after } : null;
	}

	/**
	 * A generator expression whose first iterable may be a new generator it alone refers to (a
	 * call's result, or what an `__iter__` written as a generator function returns).
	 */
	private ownsNewIterator(e: ExpressionNode): boolean {
		if (e.nodeType !== ParseNodeType.GeneratorExpression || e.generators[0].isAsync) return false;
		const it = e.generators[0].iterable;
		return it.nodeType !== ParseNodeType.Call || this.mayMakeGenerator(it);
	}

	/** A call that may return a new generator (not one of the builtins that never do). */
	private mayMakeGenerator(c: CallNode): boolean {
		return !(c.func.nodeType === ParseNodeType.Name && NEVER_GENERATORS.has(c.func.value)) || this.wrapsGenerators(c);
	}

	/** `zip(gen(), ...)`-like: a wrapper call over an argument that may be a new generator. */
	private wrapsGenerators(c: CallNode): boolean {
		const name =
			c.func.nodeType === ParseNodeType.Name
				? c.func.value
				: c.func.nodeType === ParseNodeType.MemberAccess && c.func.object.nodeType === ParseNodeType.Name && c.func.object.value === 'itertools'
					? c.func.member.value
					: null;
		const wrapper = name === null ? undefined : WRAPPED_ARGS.get(name);
		if (wrapper === undefined) return false;
		return c.arguments.every((a: ArgumentNode) => a.category === ArgumentCategory.Simple && a.name === undefined) &&
			c.arguments.some((a: ArgumentNode, i: number) => wrapper(i) && a.value.nodeType === ParseNodeType.Call && this.mayMakeGenerator(a.value));
	}

	private finishUnit(u: Unit): CodeObject {
		const code = u.codeObj;
		code.code = Int32Array.from(u.code);
		fuseInstructions(code.code);
		code.consts = u.consts;
		code.names = u.names;
		code.varnames = u.varnames;
		code.cellvars = u.cellvars;
		code.freevars = u.freevars;
		code.cell2arg = u.cellvars.map((n) =>
			u.scope.params.includes(n) ? u.scope.params.indexOf(n) : -1
		);
		code.lines = Int32Array.from(u.lines);
		code.starts = Int32Array.from(u.starts);
		code.ends = Int32Array.from(u.ends);
		code.maxStack = u.maxDepth + 2;
		code.stackDepth = u.maxDepth;
		code.stackDepthWithoutGuard = u.bodyMaxDepth >= 0 ? u.bodyMaxDepth : u.maxDepth;
		code.exceptionTable = buildExceptionTable(u);
		const notPlain =
			CodeFlags.VarArgs |
			CodeFlags.VarKeywords |
			CodeFlags.Generator |
			CodeFlags.Coroutine |
			CodeFlags.AsyncGenerator;
		this.findGeneratorOwners(u, code);
		code.plainArgc =
			(code.flags & notPlain) === 0 &&
			code.kwonlyargcount === 0 &&
			code.cellvars.length === 0 &&
			code.freevars.length === 0
				? code.argcount
				: -1;
		return code;
	}

	// -----------------------------------------------------------------------------------------
	// Emission

	private emit(op: Op, arg = 0): number {
		const u = this.u;
		const pc = u.code.length;
		u.code.push(op, arg);
		const loc = u.loc;
		u.lines.push(this.lineOf(loc.start));
		u.starts.push(loc.start);
		u.ends.push(loc.start + loc.length);
		u.handlerOf.push(u.handlers.length ? u.handlers[u.handlers.length - 1] : null);
		u.depth += stackEffect(op, arg);
		if (u.depth > u.maxDepth) u.maxDepth = u.depth;
		u.unreachable =
			op === Op.JUMP || op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;
		return pc;
	}

	private newLabel(): Label {
		return { pc: -1, refs: [], depth: -1 };
	}

	private emitJump(op: Op, label: Label): void {
		const pc = this.emit(op, 0);
		label.refs.push(pc + 1);
		// Depth on the branch path.
		let d = this.u.depth;
		if (op === Op.JUMP_IF_FALSE_OR_POP || op === Op.JUMP_IF_TRUE_OR_POP) d += 1;
		else if (op === Op.FOR_ITER) d -= 2;
		else if (op === Op.SEND) d -= 1;
		if (label.depth < 0) label.depth = d;
		if (label.pc >= 0) this.u.code[pc + 1] = label.pc;
	}

	private bind(label: Label): void {
		const u = this.u;
		label.pc = u.code.length;
		for (const r of label.refs) u.code[r] = label.pc;
		if (u.unreachable && label.depth >= 0) u.depth = label.depth;
		else if (label.depth < 0) label.depth = u.depth;
		u.unreachable = false;
	}

	/** Binds a label that is only reached by exception dispatch, at the given stack depth. */
	private bindHandler(label: Label, depth: number): void {
		this.bind(label);
		this.u.depth = depth;
		if (depth > this.u.maxDepth) this.u.maxDepth = depth;
	}

	private setup(label: Label, lasti: boolean, depth = this.u.depth): Handler {
		const h: Handler = { label, depth, lasti };
		this.u.handlers.push(h);
		return h;
	}
	private popBlock(): void {
		this.u.handlers.pop();
	}

	private constIndex(v: PyValue, key?: unknown): number {
		const u = this.u;
		const k =
			key !== undefined
				? key
				: typeof v === 'string'
					? 's:' + v
					: typeof v === 'number'
						? 'n:' + (Object.is(v, -0) ? '-0' : v)
						: typeof v === 'bigint'
							? 'b:' + v
							: v;
		let i = u.constIndex.get(k);
		if (i === undefined) {
			i = u.consts.length;
			u.consts.push(typeof v === 'string' && v.length <= 64 ? internString(v) : v);
			u.constIndex.set(k, i);
		}
		return i;
	}
	private loadConst(v: PyValue, key?: unknown): void {
		this.emit(Op.LOAD_CONST, this.constIndex(v, key));
	}
	private nameIndex(name: string): number {
		const u = this.u;
		let i = u.nameIndex.get(name);
		if (i === undefined) {
			i = u.names.length;
			u.names.push(internString(name));
			u.nameIndex.set(name, i);
		}
		return i;
	}

	private withLoc<T>(node: ParseNode, f: () => T): T {
		const u = this.u;
		const saved = u.loc;
		u.loc = node;
		try {
			return f();
		} finally {
			u.loc = saved;
		}
	}

	// -----------------------------------------------------------------------------------------
	// Names

	private nameOp(name: string, ctx: 'load' | 'store' | 'del', node: ParseNode): void {
		const u = this.u;
		const scope = u.scope;
		const mangled = this.mangle(name);
		const r = scope.resolved.get(mangled) ?? NameScope.GlobalImplicit;
		const isFunc = scope.isFunctionLike();
		if (r === NameScope.Free || r === NameScope.Cell) {
			const slot = u.slotIndex.get('cell:' + mangled);
			if (slot !== undefined) {
				if (scope.kind === ScopeKind.Class && ctx === 'load') {
					this.emit(Op.LOAD_CLASSDEREF, slot);
					this.emit(Op.NOP, this.nameIndex(mangled));
					return;
				}
				this.emit(
					ctx === 'load' ? Op.LOAD_DEREF : ctx === 'store' ? Op.STORE_DEREF : Op.DELETE_DEREF,
					slot
				);
				return;
			}
		}
		if (isFunc && r === NameScope.Local) {
			const slot = u.slotIndex.get(mangled);
			if (slot !== undefined) {
				this.emit(
					ctx === 'load' ? Op.LOAD_FAST : ctx === 'store' ? Op.STORE_FAST : Op.DELETE_FAST,
					slot
				);
				return;
			}
		}
		if (r === NameScope.GlobalExplicit || (isFunc && r === NameScope.GlobalImplicit)) {
			this.emit(
				ctx === 'load' ? Op.LOAD_GLOBAL : ctx === 'store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL,
				this.nameIndex(mangled)
			);
			return;
		}
		this.emit(
			ctx === 'load' ? Op.LOAD_NAME : ctx === 'store' ? Op.STORE_NAME : Op.DELETE_NAME,
			this.nameIndex(mangled)
		);
		void node;
	}

	/** Private name mangling inside classes (__x -> _Class__x). */
	private className: string | null = null;
	private mangle(name: string): string {
		const cls = this.className;
		if (!cls || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
		const stripped = cls.replace(/^_+/, '');
		if (!stripped) return name;
		return `_${stripped}${name}`;
	}

	// -----------------------------------------------------------------------------------------
	// Module, functions, classes

	compileModule(module: ModuleNode, scope: Scope): CodeObject {
		this.prepareLifetimes(module);
		this.futureAnnotations = usesFutureAnnotations(module);
		this.u = this.enterUnit(scope, '<module>', '<module>', module, 0);
		const body = module.body;
		if (this.options.mode === 'eval') {
			const only = body[0];
			if (body.length !== 1 || only.nodeType !== ParseNodeType.ExpressionStatement)
				this.fail('invalid syntax', only ?? module);
			this.withLoc(only, () => {
				this.expr(only.expression);
				this.emit(Op.RETURN_VALUE);
			});
			return this.finishUnit(this.u);
		}
		if (hasAnnotations(body)) this.emit(Op.SETUP_ANNOTATIONS);
		let start = 0;
		const doc = docstringOf(body);
		if (doc !== null) {
			this.withLoc(body[0], () => {
				this.loadConst(doc);
				this.emit(Op.STORE_NAME, this.nameIndex('__doc__'));
			});
			start = 1;
		}
		for (let i = start; i < body.length; i++) this.statement(body[i]);
		this.withLoc(body.length ? body[body.length - 1] : module, () => {
			this.loadConst(None);
			this.emit(Op.RETURN_VALUE);
		});
		return this.finishUnit(this.u);
	}

	private qualname(name: string): string {
		const parent = this.qualnameStack.length
			? this.qualnameStack[this.qualnameStack.length - 1]
			: '';
		return parent ? `${parent}.${name}` : name;
	}

	/** Compiles a function-like body into a new code object and emits MAKE_FUNCTION for it. */
	private makeFunction(
		node: FunctionDefNode | LambdaNode,
		name: string,
		params: ParametersNode,
		compileBody: () => void,
		isAsync: boolean
	): void {
		const scope = this.scopes.get(node)!;
		// Defaults are evaluated in the enclosing scope.
		let flags = 0;
		const positional = [...params.posOnly, ...params.args];
		const defaults = positional.filter((p) => p.defaultValue);
		if (defaults.length) {
			for (const d of defaults) this.expr(d.defaultValue!);
			this.emit(Op.BUILD_TUPLE, defaults.length);
			flags |= MakeFunctionFlags.Defaults;
		}
		const kwdefaults = params.kwOnly.filter((p) => p.defaultValue);
		if (kwdefaults.length) {
			for (const d of kwdefaults) {
				this.loadConst(this.mangle(d.name.value));
				this.expr(d.defaultValue!);
			}
			this.emit(Op.BUILD_MAP, kwdefaults.length);
			flags |= MakeFunctionFlags.KwDefaults;
		}
		if (node.nodeType === ParseNodeType.FunctionDef) {
			const anns: [string, ExpressionNode][] = [];
			for (const p of [...positional, params.varArg, ...params.kwOnly, params.kwArg]) {
				if (p?.annotation) anns.push([this.mangle(p.name.value), p.annotation]);
			}
			if (node.returns) anns.push(['return', node.returns]);
			if (anns.length) {
				for (const [k, v] of anns) {
					this.loadConst(k);
					this.annotation(v);
				}
				this.emit(Op.BUILD_MAP, anns.length);
				flags |= MakeFunctionFlags.Annotations;
			}
		}
		let codeFlags = CodeFlags.Optimized | CodeFlags.Nested;
		if (params.varArg) codeFlags |= CodeFlags.VarArgs;
		if (params.kwArg) codeFlags |= CodeFlags.VarKeywords;
		if (isAsync && scope.isGenerator) codeFlags |= CodeFlags.AsyncGenerator;
		else if (isAsync) codeFlags |= CodeFlags.Coroutine;
		else if (scope.isGenerator) codeFlags |= CodeFlags.Generator;
		const qual = this.qualname(name);
		const outer = this.u;
		const inner = this.enterUnit(scope, name, qual, node, codeFlags);
		inner.codeObj.argcount = params.posOnly.length + params.args.length;
		inner.codeObj.posonlyargcount = params.posOnly.length;
		inner.codeObj.kwonlyargcount = params.kwOnly.length;
		this.u = inner;
		this.qualnameStack.push(qual + '.<locals>');
		const savedClass = this.className;
		try {
			this.wrapGeneratorBody(codeFlags, compileBody);
		} finally {
			this.qualnameStack.pop();
			this.className = savedClass;
			this.u = outer;
		}
		const code = this.finishUnit(inner);
		this.emitClosureAndMake(code, flags, node);
	}

	private emitClosureAndMake(code: CodeObject, flags: number, node: ParseNode): void {
		if (code.freevars.length) {
			for (const name of code.freevars) {
				const slot = this.u.slotIndex.get('cell:' + name);
				if (slot === undefined) this.fail(`internal: no cell for free variable '${name}'`, node);
				this.emit(Op.LOAD_CLOSURE, slot);
			}
			this.emit(Op.BUILD_TUPLE, code.freevars.length);
			flags |= MakeFunctionFlags.Closure;
		}
		this.loadConst(codeRef(code), code);
		this.emit(Op.MAKE_FUNCTION, flags);
	}

	/** Generators, coroutines and async generators get PEP 479's StopIteration guard around the body. */
	private wrapGeneratorBody(codeFlags: number, compileBody: () => void): void {
		const isGen =
			(codeFlags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) !== 0;
		if (!isGen) {
			compileBody();
			return;
		}
		const handler = this.newLabel();
		this.setup(handler, true, 0);
		compileBody();
		this.popBlock();
		this.u.bodyMaxDepth = this.u.maxDepth;
		this.bindHandler(handler, 2);
		this.emit(Op.STOPITERATION_ERROR);
		this.emit(Op.RERAISE, 1);
	}

	private functionDef(f: FunctionDefNode): void {
		if (f.typeParameters && f.typeParameters.length) {
			this.notImplemented('type parameter lists (PEP 695)', f);
			return;
		}
		for (const d of f.decorators) {
			this.expr(d);
			this.emit(Op.PUSH_NULL);
		}
		this.makeFunction(
			f,
			f.name.value,
			f.parameters,
			() => {
				const body = f.body;
				const doc = docstringOf(body);
				if (doc !== null) this.u.codeObj.doc = doc;
				this.statements(doc !== null ? body.slice(1) : body);
				if (!this.u.unreachable) {
					this.withLoc(body[body.length - 1], () => {
						this.loadConst(None);
						this.emit(Op.RETURN_VALUE);
					});
				}
			},
			f.isAsync
		);
		for (let i = 0; i < f.decorators.length; i++) this.emit(Op.CALL, 1);
		this.nameOp(f.name.value, 'store', f.name);
	}

	private lambda(l: LambdaNode): void {
		this.makeFunction(
			l,
			'<lambda>',
			l.parameters,
			() => {
				this.withLoc(l.body, () => {
					// A generator lambda returns its body's value too: `lambda: (yield)` ends with
					// StopIteration(the value sent in), on every version 3.7-3.13.
					this.expr(l.body);
					this.emit(Op.RETURN_VALUE);
				});
			},
			false
		);
	}

	private classDef(c: ClassDefNode): void {
		if (c.typeParameters && c.typeParameters.length) {
			this.notImplemented('type parameter lists (PEP 695)', c);
			return;
		}
		for (const d of c.decorators) {
			this.expr(d);
			this.emit(Op.PUSH_NULL);
		}
		this.emit(Op.LOAD_BUILD_CLASS);
		this.emit(Op.PUSH_NULL);
		const scope = this.scopes.get(c)!;
		const name = c.name.value;
		const qual = this.qualname(name);
		const outer = this.u;
		const inner = this.enterUnit(scope, name, qual, c, CodeFlags.ClassBody);
		this.u = inner;
		this.qualnameStack.push(qual);
		const savedClass = this.className;
		this.className = name;
		try {
			this.withLoc(c, () => {
				this.emit(Op.LOAD_NAME, this.nameIndex('__name__'));
				this.emit(Op.STORE_NAME, this.nameIndex('__module__'));
				this.loadConst(qual);
				this.emit(Op.STORE_NAME, this.nameIndex('__qualname__'));
				if (this.options.minor >= 13) {
					this.loadConst(this.lineOf(c.name.start));
					this.emit(Op.STORE_NAME, this.nameIndex('__firstlineno__'));
				}
			});
			const body = c.body;
			if (hasAnnotations(body)) this.emit(Op.SETUP_ANNOTATIONS);
			const doc = docstringOf(body);
			if (doc !== null) {
				this.withLoc(body[0], () => {
					this.loadConst(doc);
					this.emit(Op.STORE_NAME, this.nameIndex('__doc__'));
				});
			}
			this.statements(doc !== null ? body.slice(1) : body);
			this.withLoc(body[body.length - 1], () => {
				if (this.options.minor >= 13) {
					const attrs = staticAttributes(c);
					this.loadConst(new PyTuple(attrs), 'static:' + attrs.join(','));
					this.emit(Op.STORE_NAME, this.nameIndex('__static_attributes__'));
				}
				if (scope.hasClassCell) {
					this.emit(Op.LOAD_CLOSURE, inner.slotIndex.get('cell:__class__'));
					this.emit(Op.STORE_NAME, this.nameIndex('__classcell__'));
				}
				this.loadConst(None);
				this.emit(Op.RETURN_VALUE);
			});
		} finally {
			this.qualnameStack.pop();
			this.className = savedClass;
			this.u = outer;
		}
		const code = this.finishUnit(inner);
		this.emitClosureAndMake(code, 0, c);
		this.loadConst(name);
		this.callArguments(c.arguments, 2, c);
		for (let i = 0; i < c.decorators.length; i++) this.emit(Op.CALL, 1);
		this.nameOp(name, 'store', c.name);
	}

	private notImplemented(what: string, node: ParseNode): void {
		this.withLoc(node, () => {
			this.emit(Op.LOAD_GLOBAL, this.nameIndex('NotImplementedError'));
			this.emit(Op.PUSH_NULL);
			this.loadConst(`${what} are not supported by this runtime yet`);
			this.emit(Op.CALL, 1);
			this.emit(Op.RAISE_VARARGS, 1);
		});
		this.u.unreachable = false;
	}

	// -----------------------------------------------------------------------------------------
	// Statements

	private statements(body: StatementNode[]): void {
		for (const s of body) this.statement(s);
	}

	private statement(s: StatementNode): void {
		const u = this.u;
		const saved = u.loc;
		const depth = u.depth;
		u.loc = s;
		try {
			this.statementInner(s);
		} finally {
			u.loc = saved;
		}
		// Invariant: a statement leaves the value stack as it found it. A mismatch is a compiler
		// bug that would corrupt exception-handler depths, so fail loudly.
		if (!u.unreachable && u.depth !== depth && s.nodeType !== ParseNodeType.Return) {
			throw new Error(
				`internal compiler error: stack depth ${depth} -> ${u.depth} after line ${this.lineOf(s.start)}`
			);
		}
		if (u.unreachable) u.depth = depth;
	}

	private statementInner(s: StatementNode): void {
		switch (s.nodeType) {
			case ParseNodeType.ExpressionStatement:
				this.expr(s.expression);
				this.emit(Op.POP_TOP);
				return;
			case ParseNodeType.Assign: {
				this.expr(s.value);
				for (let i = 0; i < s.targets.length; i++) {
					if (i < s.targets.length - 1) this.emit(Op.COPY, 1);
					if (s.targets.length === 1) this.releaseBeforeStore(s.targets[0], s.value);
					this.store(s.targets[i]);
				}
				return;
			}
			case ParseNodeType.AugAssign:
				this.augAssign(s.target, BINOP_OF[s.operator]!, s.value);
				return;
			case ParseNodeType.AnnAssign: {
				const scope = this.u.scope;
				if (s.value) {
					this.expr(s.value);
					this.store(s.target);
				}
				if (
					s.target.nodeType === ParseNodeType.Name &&
					s.simple &&
					scope.kind !== ScopeKind.Function &&
					scope.kind !== ScopeKind.Lambda
				) {
					this.annotation(s.annotation);
					this.emit(Op.LOAD_NAME, this.nameIndex('__annotations__'));
					this.loadConst(this.mangle(s.target.value));
					this.emit(Op.STORE_SUBSCR);
				} else if (!s.value && s.target.nodeType !== ParseNodeType.Name) {
					// `a.b: int` evaluates `a`; `a[i]: int` evaluates a and i.
					if (s.target.nodeType === ParseNodeType.MemberAccess) {
						this.expr(s.target.object);
						this.emit(Op.POP_TOP);
					} else if (s.target.nodeType === ParseNodeType.Index) {
						this.expr(s.target.object);
						this.emit(Op.POP_TOP);
						this.expr(s.target.index);
						this.emit(Op.POP_TOP);
					}
				}
				return;
			}
			case ParseNodeType.Pass:
				this.emit(Op.NOP);
				return;
			case ParseNodeType.Break:
				this.breakContinue(true, s);
				return;
			case ParseNodeType.Continue:
				this.breakContinue(false, s);
				return;
			case ParseNodeType.Return:
				this.returnStatement(s.value, s);
				return;
			case ParseNodeType.Raise:
				if (s.exception) {
					this.expr(s.exception);
					if (s.cause) {
						this.expr(s.cause);
						this.emit(Op.RAISE_VARARGS, 2);
					} else this.emit(Op.RAISE_VARARGS, 1);
				} else this.emit(Op.RAISE_VARARGS, 0);
				return;
			case ParseNodeType.Global:
			case ParseNodeType.Nonlocal:
				return;
			case ParseNodeType.Del:
				for (const t of s.targets) this.del(t);
				return;
			case ParseNodeType.Assert: {
				const end = this.newLabel();
				this.jumpIf(s.test, end, true);
				// The raise is located at the test (3.11, 3.13+) or the statement (3.12).
				this.withLoc(this.options.minor === 12 ? s : s.test, () => {
					this.emit(Op.LOAD_ASSERTION_ERROR);
					if (s.message) {
						this.emit(Op.PUSH_NULL);
						this.expr(s.message);
						this.emit(Op.CALL, 1);
					}
					this.emit(Op.RAISE_VARARGS, 1);
				});
				this.bind(end);
				return;
			}
			case ParseNodeType.Import:
				for (const a of s.names) {
					this.loadConst(0);
					this.loadConst(None);
					this.emit(Op.IMPORT_NAME, this.nameIndex(a.name));
					if (a.asName) {
						const parts = a.name.split('.');
						for (let i = 1; i < parts.length; i++) {
							this.emit(Op.IMPORT_FROM, this.nameIndex(parts[i]));
							this.emit(Op.SWAP, 2);
							this.emit(Op.POP_TOP);
						}
						this.nameOp(a.asName.value, 'store', a.asName);
					} else {
						this.nameOp(a.name.split('.')[0], 'store', a);
					}
				}
				return;
			case ParseNodeType.ImportFrom: {
				this.loadConst(s.level);
				const names = s.names.map((a) => a.name);
				this.loadConst(new PyTuple(names), 'fromlist:' + names.join(','));
				this.emit(Op.IMPORT_NAME, this.nameIndex(s.module));
				if (names.length === 1 && names[0] === '*') {
					this.emit(Op.IMPORT_STAR);
					return;
				}
				for (const a of s.names) {
					this.emit(Op.IMPORT_FROM, this.nameIndex(a.name));
					this.nameOp(a.asName ? a.asName.value : a.name, 'store', a);
				}
				this.emit(Op.POP_TOP);
				return;
			}
			case ParseNodeType.If: {
				const orElse = this.newLabel();
				const end = this.newLabel();
				this.jumpIf(s.test, orElse, false);
				this.statements(s.body);
				if (s.orElse.length) {
					if (!this.u.unreachable) this.emitJump(Op.JUMP, end);
					this.bind(orElse);
					this.statements(s.orElse);
				} else {
					this.bind(orElse);
				}
				this.bind(end);
				return;
			}
			case ParseNodeType.While: {
				const start = this.newLabel();
				const orElse = this.newLabel();
				const exit = this.newLabel();
				this.bind(start);
				this.jumpIf(s.test, orElse, false);
				this.pushFBlock({ kind: FBlock.WhileLoop, start, exit });
				this.statements(s.body);
				this.popFBlock();
				this.withLoc(s.test, () => this.emitJump(Op.JUMP, start));
				this.bind(orElse);
				this.statements(s.orElse);
				this.bind(exit);
				return;
			}
			case ParseNodeType.For:
				if (s.isAsync) this.asyncFor(s);
				else this.forStatement(s);
				return;
			case ParseNodeType.With:
				this.withStatement(s, 0);
				return;
			case ParseNodeType.Try:
				if (s.isStar) this.tryStar(s);
				else if (s.finallyBody.length) this.tryFinally(s);
				else this.tryExcept(s);
				return;
			case ParseNodeType.FunctionDef:
				this.functionDef(s);
				return;
			case ParseNodeType.ClassDef:
				this.classDef(s);
				return;
			case ParseNodeType.Match:
				this.matchStatement(s);
				return;
			case ParseNodeType.TypeAlias:
				this.notImplemented('type alias statements', s);
				return;
			default:
				this.fail('invalid syntax', s);
		}
	}

	/** `popped` is how many exception-table blocks leaving this fblock early must pop. */
	/**
	 * match/case (PEP 634). The subject stays on the stack; each case evaluates the expressions
	 * its pattern needs (values, classes, mapping keys), then MATCH_PATTERN tests the pattern and
	 * returns the captures, which are stored before the guard runs.
	 */
	private matchStatement(s: MatchNode): void {
		const u = this.u;
		const end = this.newLabel();
		this.expr(s.subject);
		for (const c of s.cases) {
			u.loc = c;
			const fail = this.newLabel();
			const next = this.newLabel();
			const values: ExpressionNode[] = [];
			const names: string[] = [];
			const pattern = this.compilePattern(c.pattern, values, names, c);
			for (const v of values) this.expr(v);
			this.emit(Op.BUILD_TUPLE, values.length);
			this.loadConst(new PyPattern(pattern, names.length), new Object());
			this.emit(Op.MATCH_PATTERN);
			this.emit(Op.COPY, 1);
			this.emitJump(Op.POP_JUMP_IF_NONE, fail);
			if (names.length) {
				this.emit(Op.UNPACK_SEQUENCE, names.length);
				for (const n of names) this.nameOp(n, 'store', c);
			} else this.emit(Op.POP_TOP);
			if (c.guard) this.jumpIf(c.guard, next, false);
			this.emit(Op.POP_TOP);
			this.statements(c.body);
			if (!u.unreachable) this.emitJump(Op.JUMP, end);
			this.bind(fail);
			this.emit(Op.POP_TOP);
			this.bind(next);
		}
		this.emit(Op.POP_TOP);
		this.bind(end);
	}

	private compilePattern(
		p: PatternNode,
		values: ExpressionNode[],
		names: string[],
		where: ParseNode
	): Pattern {
		const bindName = (n: NameNode): number => {
			if (names.includes(n.value))
				this.fail(`multiple assignments to name '${n.value}' in pattern`, n);
			names.push(n.value);
			return names.length - 1;
		};
		const value = (e: ExpressionNode): number => {
			values.push(e);
			return values.length - 1;
		};
		switch (p.nodeType) {
			case ParseNodeType.MatchValue:
				return { k: 'value', idx: value(p.value) };
			case ParseNodeType.MatchSingleton:
				return {
					k: 'singleton',
					v:
						p.value.kind === ConstantKind.True
							? True
							: p.value.kind === ConstantKind.False
								? False
								: None,
				};
			case ParseNodeType.MatchAs:
				if (!p.name)
					return p.pattern
						? this.compilePattern(p.pattern, values, names, where)
						: { k: 'wildcard' };
				if (!p.pattern) return { k: 'capture', slot: bindName(p.name) };
				{
					const inner = this.compilePattern(p.pattern, values, names, where);
					return { k: 'as', pat: inner, slot: bindName(p.name) };
				}
			case ParseNodeType.MatchOr: {
				// Each alternative binds into its own list; all must bind the same names, which are
				// then mapped onto the case's capture slots.
				const alts: Pattern[] = [];
				let first: string[] | null = null;
				for (const alt of p.patterns) {
					const altNames: string[] = [];
					const pat = this.compilePattern(alt, values, altNames, where);
					if (first === null) {
						first = altNames;
						for (const n of altNames)
							if (names.includes(n))
								this.fail(`multiple assignments to name '${n}' in pattern`, alt);
					} else if (
						first.length !== altNames.length ||
						!first.every((n) => altNames.includes(n))
					) {
						this.fail('alternative patterns bind different names', alt);
					}
					alts.push(remapSlots(pat, altNames, names));
				}
				return { k: 'or', alts };
			}
			case ParseNodeType.MatchSequence: {
				let star = -1;
				let starSlot = -1;
				const pats: Pattern[] = [];
				p.patterns.forEach((x, i) => {
					if (x.nodeType === ParseNodeType.MatchStar) {
						if (star >= 0) this.fail('multiple starred names in sequence pattern', x);
						star = i;
						if (x.name) starSlot = bindName(x.name);
					} else pats.push(this.compilePattern(x, values, names, where));
				});
				return { k: 'seq', pats, star, starSlot };
			}
			case ParseNodeType.MatchMapping: {
				const keys = p.keys.map((k) => value(k));
				const pats = p.patterns.map((x) => this.compilePattern(x, values, names, where));
				return { k: 'map', keys, pats, restSlot: p.rest ? bindName(p.rest) : -1 };
			}
			case ParseNodeType.MatchClass: {
				const cls = value(p.cls);
				const pos = p.patterns.map((x) => this.compilePattern(x, values, names, where));
				const kwNames = p.kwdAttrs.map((n) => n.value);
				const kwPats = p.kwdPatterns.map((x) => this.compilePattern(x, values, names, where));
				return { k: 'class', cls, pos, kwNames, kwPats };
			}
			default:
				this.fail('invalid pattern', where);
		}
	}

	private pushFBlock(info: Omit<FBlockInfo, 'handlerDepth'>, popped = 0): void {
		this.u.fblocks.push({ ...info, handlerDepth: this.u.handlers.length - popped });
	}
	private popFBlock(): void {
		this.u.fblocks.pop();
	}

	private forStatement(s: ForNode): void {
		const start = this.newLabel();
		const cleanup = this.newLabel();
		const exit = this.newLabel();
		// arg 1: the iterator may be a generator only this loop refers to, closed when the loop
		// drops it (interpreter.ts markLoopOwned).
		// arg 2: over another expression, whose __iter__ may make a new generator (markIterOwned).
		const overCall = s.iterable.nodeType === ParseNodeType.Call || s.iterable.nodeType === ParseNodeType.GeneratorExpression ? 1 : this.tracksTemporaries ? 2 : 0;
		// `for ... in zip(gen(), ...)`: the loop alone holds the zip/enumerate/map/filter/islice
		// object made over new generators; they die when the loop lets it go (GEN_LIFETIME
		// LoopOwns after GET_ITER, LoopEnds where the loop ends or is left).
		const heldSite = this.tracksTemporaries && s.iterable.nodeType === ParseNodeType.Call && this.wrapsGenerators(s.iterable) ? this.u.genLifetimeSites++ : undefined;
		if (heldSite !== undefined) this.temporaryCalls.add(s.iterable);
		this.expr(s.iterable);
		this.withLoc(s.iterable, () => this.emit(Op.GET_ITER, overCall));
		if (heldSite !== undefined) this.emit(Op.GEN_LIFETIME, GenLifetime.Drop | (GenDrop.LoopOwns << 2) | (heldSite << 4));
		this.bind(start);
		// FOR_ITER is located at the iterable in 3.13+, at the whole statement before.
		this.withLoc(this.options.minor >= 13 ? s.iterable : s, () =>
			this.emitJump(Op.FOR_ITER, cleanup)
		);
		this.store(s.target);
		this.pushFBlock({ kind: FBlock.ForLoop, start, exit, heldSite });
		this.statements(s.body);
		this.popFBlock();
		this.withLoc(s.target, () => this.emitJump(Op.JUMP, start));
		this.bind(cleanup);
		if (heldSite !== undefined) this.emit(Op.GEN_LIFETIME, GenLifetime.Drop | (GenDrop.LoopEnds << 2) | (heldSite << 4));
		this.statements(s.orElse);
		this.bind(exit);
	}

	private asyncFor(s: ForNode): void {
		const start = this.newLabel();
		const except = this.newLabel();
		const exit = this.newLabel();
		this.expr(s.iterable);
		// arg 1: the async generator may be one only this loop refers to, finalized when the
		// loop drops it (interpreter.ts markAsyncLoopOwned).
		this.emit(Op.GET_AITER, s.iterable.nodeType === ParseNodeType.Call ? 1 : 0);
		this.bind(start);
		const depth = this.u.depth;
		this.setup(except, false);
		this.emit(Op.GET_ANEXT);
		this.loadConst(None);
		this.yieldFromLoop();
		this.popBlock();
		this.store(s.target);
		this.pushFBlock({ kind: FBlock.AsyncForLoop, start, exit });
		this.statements(s.body);
		this.popFBlock();
		this.emitJump(Op.JUMP, start);
		this.bindHandler(except, depth + 1);
		this.withLoc(s.iterable, () => this.emit(Op.END_ASYNC_FOR));
		this.statements(s.orElse);
		this.bind(exit);
	}

	/** The SEND / YIELD_VALUE loop: (receiver value -- result). */
	private yieldFromLoop(): void {
		const send = this.newLabel();
		const exit = this.newLabel();
		this.bind(send);
		this.emitJump(Op.SEND, exit);
		this.emit(Op.YIELD_VALUE, 1);
		this.emitJump(Op.JUMP, send);
		this.bind(exit);
	}

	private breakContinue(isBreak: boolean, node: ParseNode): void {
		const u = this.u;
		const savedHandlers = u.handlers.slice();
		const savedDepth = u.depth;
		let loop: FBlockInfo | null = null;
		for (let i = u.fblocks.length - 1; i >= 0; i--) {
			const fb = u.fblocks[i];
			if (
				fb.kind === FBlock.WhileLoop ||
				fb.kind === FBlock.ForLoop ||
				fb.kind === FBlock.AsyncForLoop
			) {
				loop = fb;
				break;
			}
		}
		if (!loop)
			this.fail(isBreak ? "'break' outside loop" : "'continue' not properly in loop", node);
		for (let i = u.fblocks.length - 1; i >= 0; i--) {
			const fb = u.fblocks[i];
			if (fb === loop) {
				if (isBreak) this.unwindBlock(fb, false, i);
				break;
			}
			this.unwindBlock(fb, false, i);
		}
		this.emitJump(Op.JUMP, isBreak ? loop.exit! : loop.start!);
		u.handlers = savedHandlers;
		u.depth = savedDepth;
		u.unreachable = true;
	}

	private returnStatement(value: ExpressionNode | undefined, node: ParseNode): void {
		const u = this.u;
		if (!u.scope.isFunctionLike()) this.fail("'return' outside function", node);
		if (value && u.codeObj.flags & CodeFlags.AsyncGenerator)
			this.fail("'return' with value in async generator", node);
		if (value) this.expr(value);
		else this.loadConst(None);
		const savedHandlers = u.handlers.slice();
		const savedDepth = u.depth;
		for (let i = u.fblocks.length - 1; i >= 0; i--) this.unwindBlock(u.fblocks[i], true, i);
		this.emit(Op.RETURN_VALUE);
		u.handlers = savedHandlers;
		u.depth = savedDepth - 1;
		u.unreachable = true;
	}

	/** Emits the code that leaves an fblock early (CPython compiler_unwind_fblock). */
	private unwindBlock(fb: FBlockInfo, preserveTos: boolean, index: number): void {
		const u = this.u;
		u.handlers.length = Math.min(u.handlers.length, fb.handlerDepth);
		switch (fb.kind) {
			case FBlock.WhileLoop:
			case FBlock.ExceptionHandler:
			case FBlock.TryExcept:
				return;
			case FBlock.ForLoop:
			case FBlock.AsyncForLoop:
			case FBlock.PopValue:
				if (fb.heldSite !== undefined) this.emit(Op.GEN_LIFETIME, GenLifetime.Drop | (GenDrop.LoopEnds << 2) | (fb.heldSite << 4));
				if (preserveTos) this.emit(Op.SWAP, 2);
				this.emit(Op.POP_TOP);
				return;
			case FBlock.FinallyTry: {
				// Run the finally body inline, outside this block's handler but inside outer ones.
				const saved = u.fblocks;
				u.fblocks = u.fblocks.slice(0, index);
				if (preserveTos) {
					this.pushFBlock({ kind: FBlock.PopValue });
				}
				this.statements(fb.finallyBody!);
				if (preserveTos) u.fblocks.pop();
				u.fblocks = saved;
				u.handlers.length = Math.min(u.handlers.length, fb.handlerDepth);
				return;
			}
			case FBlock.FinallyEnd:
				if (preserveTos) this.emit(Op.SWAP, 2);
				this.emit(Op.POP_TOP); // exc
				if (preserveTos) this.emit(Op.SWAP, 2);
				this.emit(Op.POP_EXCEPT);
				return;
			case FBlock.With:
			case FBlock.AsyncWith:
				if (preserveTos) this.emit(Op.SWAP, 2);
				this.callExitWithNones();
				if (fb.kind === FBlock.AsyncWith) {
					this.emit(Op.GET_AWAITABLE, 2);
					this.loadConst(None);
					this.yieldFromLoop();
				}
				this.emit(Op.POP_TOP);
				return;
			case FBlock.HandlerCleanup:
				if (preserveTos) this.emit(Op.SWAP, 2);
				this.emit(Op.POP_EXCEPT);
				if (fb.name !== undefined) {
					this.loadConst(None);
					this.nameOp(fb.name, 'store', fb.node!);
					this.nameOp(fb.name, 'del', fb.node!);
				}
				return;
		}
	}

	/** (exit -- result): exit(None, None, None). */
	private callExitWithNones(): void {
		this.emit(Op.PUSH_NULL);
		this.loadConst(None);
		this.loadConst(None);
		this.loadConst(None);
		this.emit(Op.CALL, 3);
	}

	private tryExcept(s: TryNode): void {
		const u = this.u;
		const body = this.newLabel();
		const except = this.newLabel();
		const end = this.newLabel();
		const cleanup = this.newLabel();
		void body;
		const d = u.depth;
		this.setup(except, false);
		this.pushFBlock({ kind: FBlock.TryExcept }, 1);
		this.statements(s.body);
		this.popFBlock();
		this.popBlock();
		this.statements(s.orElse);
		if (!u.unreachable) this.emitJump(Op.JUMP, end);
		this.bindHandler(except, d + 1);
		this.setup(cleanup, true);
		this.emit(Op.PUSH_EXC_INFO);
		this.pushFBlock({ kind: FBlock.ExceptionHandler });
		for (let i = 0; i < s.handlers.length; i++) {
			const h = s.handlers[i];
			const next = this.newLabel();
			u.loc = h;
			if (!h.typeExpr && i < s.handlers.length - 1) this.fail("default 'except:' must be last", h);
			if (h.typeExpr) {
				this.expr(h.typeExpr);
				this.emit(Op.CHECK_EXC_MATCH);
				this.emitJump(Op.POP_JUMP_IF_FALSE, next);
			}
			if (h.name) {
				const name = h.name.value;
				const cleanupEnd = this.newLabel();
				this.nameOp(name, 'store', h.name);
				const hd = u.depth;
				this.setup(cleanupEnd, true);
				this.pushFBlock({ kind: FBlock.HandlerCleanup, name, node: h.name }, 2);
				this.statements(h.body);
				this.popFBlock();
				this.popBlock();
				if (!u.unreachable) {
					// CPython's cleanup has no location of its own: it goes on the body's last line
					// (where an exception freed by it is collected, for the never-awaited warning).
					const savedLoc = u.loc;
					u.loc = h.body[h.body.length - 1] ?? h;
					this.emit(Op.POP_EXCEPT);
					this.loadConst(None);
					this.nameOp(name, 'store', h.name);
					this.nameOp(name, 'del', h.name);
					this.emitJump(Op.JUMP, end);
					u.loc = savedLoc;
				}
				this.bindHandler(cleanupEnd, hd + 2);
				this.loadConst(None);
				this.nameOp(name, 'store', h.name);
				this.nameOp(name, 'del', h.name);
				this.emit(Op.RERAISE, 1);
			} else {
				this.emit(Op.POP_TOP);
				this.pushFBlock({ kind: FBlock.HandlerCleanup }, 1);
				this.statements(h.body);
				this.popFBlock();
				if (!u.unreachable) {
					const savedLoc = u.loc;
					u.loc = h.body[h.body.length - 1] ?? h;
					this.emit(Op.POP_EXCEPT);
					this.emitJump(Op.JUMP, end);
					u.loc = savedLoc;
				}
			}
			this.bindHandler(next, d + 2);
		}
		this.popFBlock();
		this.emit(Op.RERAISE, 0);
		this.popBlock();
		this.bindHandler(cleanup, d + 3);
		this.emit(Op.COPY, 3);
		this.emit(Op.POP_EXCEPT);
		this.emit(Op.RERAISE, 1);
		this.bind(end);
		u.depth = d;
	}

	private tryFinally(s: TryNode): void {
		const u = this.u;
		const end = this.newLabel();
		const handler = this.newLabel();
		const cleanup = this.newLabel();
		const d = u.depth;
		this.setup(handler, false);
		this.pushFBlock({ kind: FBlock.FinallyTry, finallyBody: s.finallyBody }, 1);
		if (s.handlers.length) this.tryExcept({ ...s, finallyBody: [] });
		else this.statements(s.body);
		if (!s.handlers.length) this.statements(s.orElse);
		this.popFBlock();
		this.popBlock();
		const reachable = !u.unreachable;
		if (reachable) {
			this.statements(s.finallyBody);
			if (!u.unreachable) this.emitJump(Op.JUMP, end);
		}
		this.bindHandler(handler, d + 1);
		u.loc = s.finallyBody[0] ?? s;
		this.setup(cleanup, true);
		this.emit(Op.PUSH_EXC_INFO);
		this.pushFBlock({ kind: FBlock.FinallyEnd }, 1);
		this.statements(s.finallyBody);
		this.popFBlock();
		if (!u.unreachable) this.emit(Op.RERAISE, 0);
		this.popBlock();
		this.bindHandler(cleanup, d + 3);
		this.emit(Op.COPY, 3);
		this.emit(Op.POP_EXCEPT);
		this.emit(Op.RERAISE, 1);
		this.bind(end);
		u.depth = d;
	}

	/**
	 * try/except* (PEP 654). Each handler splits the current exception group with
	 * CHECK_EG_MATCH; whatever is left (and whatever the handlers raise) is re-raised at the end
	 * by PREP_RERAISE_STAR.
	 */
	private tryStar(s: TryNode): void {
		if (s.finallyBody.length) {
			const inner = { ...s, finallyBody: [] } as TryNode;
			this.tryFinally({ ...s, handlers: [], orElse: [], body: [inner] });
			return;
		}
		const u = this.u;
		const except = this.newLabel();
		const end = this.newLabel();
		const cleanup = this.newLabel();
		const reraise = this.newLabel();
		const d = u.depth;
		this.setup(except, false);
		this.pushFBlock({ kind: FBlock.TryExcept }, 1);
		this.statements(s.body);
		this.popFBlock();
		this.popBlock();
		this.statements(s.orElse);
		if (!u.unreachable) this.emitJump(Op.JUMP, end);
		this.bindHandler(except, d + 1);
		this.setup(cleanup, true);
		this.emit(Op.PUSH_EXC_INFO); // [prev, exc]
		// Keep the original group and a list of raised exceptions: [prev, orig, list, rest]
		this.emit(Op.COPY, 1);
		this.emit(Op.BUILD_LIST, 0);
		this.emit(Op.SWAP, 2);
		this.pushFBlock({ kind: FBlock.ExceptionHandler });
		for (const h of s.handlers) {
			u.loc = h;
			const next = this.newLabel();
			const noMatch = this.newLabel();
			// [prev, orig, list, rest] -> CHECK_EG_MATCH -> [prev, orig, list, rest', match|None]
			this.expr(h.typeExpr!);
			this.emit(Op.CHECK_EG_MATCH);
			this.emit(Op.COPY, 1);
			this.emitJump(Op.POP_JUMP_IF_NONE, noMatch);
			const hd = u.depth; // with match on top
			const handlerRaised = this.newLabel();
			if (h.name) this.nameOp(h.name.value, 'store', h.name);
			else this.emit(Op.POP_TOP);
			this.setup(handlerRaised, true, hd - 1);
			this.pushFBlock({ kind: FBlock.HandlerCleanup, name: h.name?.value, node: h.name }, 2);
			this.statements(h.body);
			this.popFBlock();
			this.popBlock();
			if (h.name) {
				this.loadConst(None);
				this.nameOp(h.name.value, 'store', h.name);
				this.nameOp(h.name.value, 'del', h.name);
			}
			this.emitJump(Op.JUMP, next);
			// The handler raised: append that exception to the list.
			this.bindHandler(handlerRaised, hd + 1); // [prev, orig, list, rest, lasti, exc]
			if (h.name) {
				this.loadConst(None);
				this.nameOp(h.name.value, 'store', h.name);
				this.nameOp(h.name.value, 'del', h.name);
			}
			this.emit(Op.SWAP, 2);
			this.emit(Op.POP_TOP); // [prev, orig, list, rest, exc]
			this.emit(Op.COPY, 3);
			this.emit(Op.SWAP, 2); // [prev, orig, list, rest, list, exc]
			this.emit(Op.LIST_APPEND, 1);
			this.emit(Op.POP_TOP); // [prev, orig, list, rest]
			this.emitJump(Op.JUMP, next);
			this.bindHandler(noMatch, hd);
			this.emit(Op.POP_TOP);
			this.bind(next);
			u.depth = hd - 1;
		}
		this.popFBlock();
		// [prev, orig, list, rest]: add the unhandled rest, then compute what to re-raise.
		this.emit(Op.COPY, 2);
		this.emit(Op.SWAP, 2);
		this.emit(Op.LIST_APPEND, 1);
		this.emit(Op.POP_TOP); // [prev, orig, list]
		this.emit(Op.PREP_RERAISE_STAR); // [prev, exc_or_None]
		this.emit(Op.COPY, 1);
		this.emitJump(Op.POP_JUMP_IF_NOT_NONE, reraise);
		this.emit(Op.POP_TOP);
		this.popBlock();
		this.emit(Op.POP_EXCEPT);
		this.emitJump(Op.JUMP, end);
		this.bindHandler(reraise, d + 2);
		this.setup(cleanup, true, d + 1);
		this.emit(Op.RERAISE, 0);
		this.popBlock();
		this.bindHandler(cleanup, d + 3);
		this.emit(Op.COPY, 3);
		this.emit(Op.POP_EXCEPT);
		this.emit(Op.RERAISE, 1);
		this.bind(end);
		u.depth = d;
	}

	private withStatement(s: WithNode, index: number): void {
		const u = this.u;
		const item = s.items[index];
		const isAsync = s.isAsync;
		const final = this.newLabel();
		const exit = this.newLabel();
		const cleanup = this.newLabel();
		const suppress = this.newLabel();
		u.loc = item;
		this.expr(item.expression);
		if (isAsync) {
			if (!(u.codeObj.flags & (CodeFlags.Coroutine | CodeFlags.AsyncGenerator)))
				this.fail("'async with' outside async function", s);
			this.emit(Op.BEFORE_ASYNC_WITH);
			this.emit(Op.GET_AWAITABLE, 1);
			this.loadConst(None);
			this.yieldFromLoop();
		} else {
			this.emit(Op.BEFORE_WITH);
		}
		const d = u.depth - 1; // [exit] stays while the body runs
		this.setup(final, true, d);
		this.pushFBlock({ kind: isAsync ? FBlock.AsyncWith : FBlock.With }, 1);
		if (item.target) this.store(item.target);
		else this.emit(Op.POP_TOP);
		if (index + 1 < s.items.length) this.withStatement(s, index + 1);
		else this.statements(s.body);
		this.popFBlock();
		this.popBlock();
		// The __exit__/__aexit__ call's position: the with statement in 3.11/3.12 (a span that
		// shows no carets), the context expression in 3.13 (CPython compiler_with); up to 3.9 the
		// cleanup has no line of its own and keeps the body's last one (in code order).
		const m = this.options.minor;
		if (m >= 13) u.loc = item.expression;
		else if (m >= 11) u.loc = s;
		else if (m === 10 || u.code.length === 0) u.loc = item;
		else {
			const last = u.starts.length - 1;
			u.loc = { ...item, start: u.starts[last], length: u.ends[last] - u.starts[last] };
		}
		if (!u.unreachable) {
			this.callExitWithNones();
			if (isAsync) {
				this.emit(Op.GET_AWAITABLE, 2);
				this.loadConst(None);
				this.yieldFromLoop();
			}
			this.emit(Op.POP_TOP);
			this.emitJump(Op.JUMP, exit);
		}
		this.bindHandler(final, d + 2); // [exit, lasti, exc]
		this.setup(cleanup, true);
		this.emit(Op.PUSH_EXC_INFO); // [exit, lasti, prev, exc]
		this.emit(Op.WITH_EXCEPT_START);
		if (isAsync) {
			this.emit(Op.GET_AWAITABLE, 2);
			this.loadConst(None);
			this.yieldFromLoop();
		}
		this.emitJump(Op.POP_JUMP_IF_TRUE, suppress);
		this.emit(Op.RERAISE, 2);
		this.bind(suppress);
		u.depth = d + 4;
		this.emit(Op.POP_TOP); // exc
		this.popBlock();
		this.emit(Op.POP_EXCEPT);
		this.emit(Op.POP_TOP); // lasti
		this.emit(Op.POP_TOP); // exit
		this.emitJump(Op.JUMP, exit);
		this.bindHandler(cleanup, d + 5);
		this.emit(Op.COPY, 3);
		this.emit(Op.POP_EXCEPT);
		this.emit(Op.RERAISE, 1);
		this.bind(exit);
		u.depth = d - 1; // both paths have consumed __exit__
	}

	// -----------------------------------------------------------------------------------------
	// Assignment targets

	private store(t: ExpressionNode): void {
		this.withLoc(t, () => {
			switch (t.nodeType) {
				case ParseNodeType.Name:
					this.nameOp(t.value, 'store', t);
					return;
				case ParseNodeType.MemberAccess:
					this.expr(t.object);
					this.emit(Op.STORE_ATTR, this.nameIndex(this.mangle(t.member.value)));
					return;
				case ParseNodeType.Index:
					this.expr(t.object);
					this.expr(t.index);
					this.emit(Op.STORE_SUBSCR);
					return;
				case ParseNodeType.Tuple:
				case ParseNodeType.List: {
					const elts = t.elements;
					const star = elts.findIndex((e) => e.nodeType === ParseNodeType.Starred);
					if (star >= 0) {
						if (elts.findIndex((e, i) => i > star && e.nodeType === ParseNodeType.Starred) >= 0)
							this.fail('multiple starred expressions in assignment', t);
						this.emit(Op.UNPACK_EX, star | ((elts.length - star - 1) << 8));
					} else {
						this.emit(Op.UNPACK_SEQUENCE, elts.length);
					}
					for (const e of elts) this.store(e.nodeType === ParseNodeType.Starred ? e.expression : e);
					return;
				}
				case ParseNodeType.Starred:
					this.fail('starred assignment target must be in a list or tuple', t);
					return;
				default:
					this.fail('cannot assign to expression', t);
			}
		});
	}

	private del(t: ExpressionNode): void {
		this.withLoc(t, () => {
			switch (t.nodeType) {
				case ParseNodeType.Name:
					this.nameOp(t.value, 'del', t);
					return;
				case ParseNodeType.MemberAccess:
					this.expr(t.object);
					this.emit(Op.DELETE_ATTR, this.nameIndex(this.mangle(t.member.value)));
					return;
				case ParseNodeType.Index:
					this.expr(t.object);
					this.expr(t.index);
					this.emit(Op.DELETE_SUBSCR);
					return;
				case ParseNodeType.Tuple:
				case ParseNodeType.List:
					for (const e of t.elements) this.del(e);
					return;
				default:
					this.fail('cannot delete expression', t);
			}
		});
	}

	private augAssign(target: ExpressionNode, op: BinOp, value: ExpressionNode): void {
		const inplace = op + 16;
		switch (target.nodeType) {
			case ParseNodeType.Name:
				this.withLoc(target, () => this.nameOp(target.value, 'load', target));
				this.expr(value);
				this.emit(Op.BINARY_OP, inplace);
				this.withLoc(target, () => this.nameOp(target.value, 'store', target));
				return;
			case ParseNodeType.MemberAccess: {
				const name = this.nameIndex(this.mangle(target.member.value));
				this.expr(target.object);
				this.emit(Op.COPY, 1);
				this.withLoc(target, () => this.emit(Op.LOAD_ATTR, name));
				this.expr(value);
				this.emit(Op.BINARY_OP, inplace);
				this.emit(Op.SWAP, 2);
				this.emit(Op.STORE_ATTR, name);
				return;
			}
			case ParseNodeType.Index:
				this.expr(target.object);
				this.expr(target.index);
				this.emit(Op.COPY, 2);
				this.emit(Op.COPY, 2);
				this.withLoc(target, () => this.emit(Op.BINARY_SUBSCR));
				this.expr(value);
				this.emit(Op.BINARY_OP, inplace);
				this.emit(Op.SWAP, 3);
				this.emit(Op.SWAP, 2);
				this.emit(Op.STORE_SUBSCR);
				return;
			default:
				this.fail("'expression' is an illegal expression for augmented assignment", target);
		}
	}

	// -----------------------------------------------------------------------------------------
	// Expressions

	/** Compiles a test and jumps to `label` when its truth equals `cond`. */
	private jumpIf(e: ExpressionNode, label: Label, cond: boolean): void {
		if (e.nodeType === ParseNodeType.UnaryOperation && e.operator === OperatorType.Not) {
			this.jumpIf(e.expression, label, !cond);
			return;
		}
		if (e.nodeType === ParseNodeType.BoolOperation) {
			const isOr = e.operator === OperatorType.Or;
			if (isOr === cond) {
				for (const v of e.values) this.jumpIf(v, label, cond);
			} else {
				const skip = this.newLabel();
				for (let i = 0; i < e.values.length - 1; i++) this.jumpIf(e.values[i], skip, !cond);
				this.jumpIf(e.values[e.values.length - 1], label, cond);
				this.bind(skip);
			}
			return;
		}
		if (e.nodeType === ParseNodeType.Compare && e.operators.length > 1) {
			this.jumpIfChain(e, label, cond);
			return;
		}
		this.expr(e);
		const op = cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE;
		// 3.11 locates the jump (where a raising __bool__ is reported) at the enclosing statement
		// or expression, so `if x:` shows no carets; 3.12 locates it at the test.
		if (this.options.minor === 11) this.emitJump(op, label);
		else this.withLoc(e, () => this.emitJump(op, label));
	}

	/**
	 * A chained comparison as a test (CPython's compiler_jump_if): every comparison jumps on its
	 * own result, so each COMPARE_OP is followed by a conditional jump, which 3.11 specialises
	 * (and which then never guards against recursion: see the VM's compareAtLimit).
	 */
	private jumpIfChain(e: CompareNode, label: Label, cond: boolean): void {
		const n = e.operators.length - 1;
		const cleanup = this.newLabel();
		const end = this.newLabel();
		this.withLoc(e, () => {
			this.checkIsLiteral(e.left, e.operators, e.comparators);
			this.expr(e.left);
			for (let i = 0; i < n; i++) {
				this.expr(e.comparators[i]);
				this.emit(Op.SWAP, 2);
				this.emit(Op.COPY, 2);
				this.compareOp(e.operators[i]);
				this.emitJump(Op.POP_JUMP_IF_FALSE, cleanup);
			}
			this.expr(e.comparators[n]);
			this.compareOp(e.operators[n]);
		});
		const op = cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE;
		if (this.options.minor === 11) this.emitJump(op, label);
		else this.withLoc(e, () => this.emitJump(op, label));
		this.emitJump(Op.JUMP, end);
		this.bind(cleanup);
		this.emit(Op.POP_TOP);
		if (!cond) this.emitJump(Op.JUMP, label);
		this.bind(end);
	}

	private expr(e: ExpressionNode): void {
		const u = this.u;
		const saved = u.loc;
		u.loc = e;
		try {
			this.exprInner(e);
		} finally {
			u.loc = saved;
		}
	}

	private exprInner(e: ExpressionNode): void {
		switch (e.nodeType) {
			case ParseNodeType.Name:
				this.nameOp(e.value, 'load', e);
				return;
			case ParseNodeType.Constant:
				this.constant(e.kind, e.value);
				return;
			case ParseNodeType.FormattedString:
				this.fstring(e);
				return;
			case ParseNodeType.BinaryOperation:
				this.expr(e.left);
				this.expr(e.right);
				this.emit(Op.BINARY_OP, BINOP_OF[e.operator]);
				return;
			case ParseNodeType.UnaryOperation:
				// CPython's AST optimizer folds `~True`/`~False` (its 3.12+ DeprecationWarning is
				// then raised while compiling the main file, where the default filters hide it).
				if (
					e.operator === OperatorType.BitwiseInvert &&
					e.expression.nodeType === ParseNodeType.Constant &&
					(e.expression.kind === ConstantKind.True || e.expression.kind === ConstantKind.False)
				) {
					this.loadConst(e.expression.kind === ConstantKind.True ? -2 : -1);
					return;
				}
				this.expr(e.expression);
				switch (e.operator) {
					case OperatorType.Add:
						this.emit(Op.UNARY_POSITIVE);
						return;
					case OperatorType.Subtract:
						this.emit(Op.UNARY_NEGATIVE);
						return;
					case OperatorType.BitwiseInvert:
						this.emit(Op.UNARY_INVERT);
						return;
					default:
						this.emit(Op.UNARY_NOT);
						return;
				}
			case ParseNodeType.BoolOperation: {
				const end = this.newLabel();
				const op =
					e.operator === OperatorType.Or ? Op.JUMP_IF_TRUE_OR_POP : Op.JUMP_IF_FALSE_OR_POP;
				for (let i = 0; i < e.values.length - 1; i++) {
					this.expr(e.values[i]);
					this.emitJump(op, end);
				}
				this.expr(e.values[e.values.length - 1]);
				this.bind(end);
				return;
			}
			case ParseNodeType.Compare:
				this.compare(e.left, e.operators, e.comparators);
				return;
			case ParseNodeType.Call:
				this.call(e.func, e.arguments, e);
				return;
			case ParseNodeType.MemberAccess:
				this.expr(e.object);
				this.emit(Op.LOAD_ATTR, this.nameIndex(this.mangle(e.member.value)));
				return;
			case ParseNodeType.Index:
				this.checkSubscript(e.object, e.index);
				this.expr(e.object);
				this.expr(e.index);
				this.emit(Op.BINARY_SUBSCR);
				return;
			case ParseNodeType.Slice:
				if (e.lower) this.expr(e.lower);
				else this.loadConst(None);
				if (e.upper) this.expr(e.upper);
				else this.loadConst(None);
				if (e.step) {
					this.expr(e.step);
					this.emit(Op.BUILD_SLICE, 3);
				} else this.emit(Op.BUILD_SLICE, 2);
				return;
			case ParseNodeType.Starred:
				this.fail("can't use starred expression here", e);
				return;
			case ParseNodeType.Tuple:
				this.sequence(e.elements, Op.BUILD_TUPLE);
				return;
			case ParseNodeType.List:
				this.sequence(e.elements, Op.BUILD_LIST);
				return;
			case ParseNodeType.Set:
				// 3.9+ folds a display of 3+ constants into a frozenset constant merged into a new
				// set, which can change the iteration order; BUILD_SET's high bit asks for that.
				if (
					this.options.minor >= 9 &&
					e.elements.length >= 3 &&
					e.elements.every((x) => x.nodeType === ParseNodeType.Constant)
				) {
					for (const x of e.elements) this.expr(x);
					this.emit(Op.BUILD_SET, e.elements.length | CONST_SET_DISPLAY);
					return;
				}
				this.sequence(e.elements, Op.BUILD_SET);
				return;
			case ParseNodeType.Dictionary:
				this.dictionary(e.entries);
				return;
			case ParseNodeType.ListComprehension:
			case ParseNodeType.SetComprehension:
			case ParseNodeType.GeneratorExpression:
			case ParseNodeType.DictionaryComprehension:
				this.comprehension(e);
				return;
			case ParseNodeType.Lambda:
				this.lambda(e);
				return;
			case ParseNodeType.Ternary: {
				const orElse = this.newLabel();
				const end = this.newLabel();
				this.jumpIf(e.test, orElse, false);
				this.expr(e.ifExpr);
				this.emitJump(Op.JUMP, end);
				this.bind(orElse);
				this.expr(e.elseExpr);
				this.bind(end);
				return;
			}
			case ParseNodeType.Yield: {
				const u = this.u;
				if (!u.scope.isFunctionLike()) this.fail("'yield' outside function", e);
				if (e.value) this.expr(e.value);
				else this.loadConst(None);
				if (u.codeObj.flags & CodeFlags.AsyncGenerator) this.emit(Op.ASYNC_GEN_WRAP);
				this.emit(Op.YIELD_VALUE, 0);
				return;
			}
			case ParseNodeType.YieldFrom: {
				const u = this.u;
				if (!u.scope.isFunctionLike()) this.fail("'yield' outside function", e);
				if (u.codeObj.flags & CodeFlags.AsyncGenerator)
					this.fail("'yield from' inside async function", e);
				this.expr(e.value);
				this.emit(Op.GET_YIELD_FROM_ITER);
				this.loadConst(None);
				this.yieldFromLoop();
				return;
			}
			case ParseNodeType.Await: {
				const u = this.u;
				const flags = u.codeObj.flags;
				const inAsync =
					(flags & (CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) !== 0 ||
					this.isAsyncComprehensionScope();
				if (!inAsync) {
					if (u.scope.kind === ScopeKind.Module || u.scope.kind === ScopeKind.Class)
						this.fail("'await' outside function", e);
					this.fail("'await' outside async function", e);
				}
				this.expr(e.expression);
				this.emit(Op.GET_AWAITABLE, 0);
				this.loadConst(None);
				this.yieldFromLoop();
				return;
			}
			case ParseNodeType.AssignmentExpression:
				this.expr(e.value);
				this.emit(Op.COPY, 1);
				this.nameOp(e.name.value, 'store', e.name);
				return;
			default:
				this.fail('invalid syntax', e);
		}
	}

	private isAsyncComprehensionScope(): boolean {
		const s = this.u.scope;
		return s.kind === ScopeKind.Comprehension && (this.u.codeObj.flags & CodeFlags.Coroutine) !== 0;
	}

	private constant(kind: ConstantKind, value: unknown): void {
		switch (kind) {
			case ConstantKind.Int:
				this.loadConst(value as number | bigint);
				return;
			case ConstantKind.Float:
				this.loadConst(
					new PyFloat(value as number),
					'f:' + (Object.is(value, -0) ? '-0' : String(value))
				);
				return;
			case ConstantKind.String:
				this.loadConst(value as string);
				return;
			case ConstantKind.True:
				this.loadConst(True);
				return;
			case ConstantKind.False:
				this.loadConst(False);
				return;
			case ConstantKind.None:
				this.loadConst(None);
				return;
			case ConstantKind.Ellipsis:
				this.loadConst(Ellipsis);
				return;
			case ConstantKind.Bytes: {
				const f = constantFactories.bytes;
				if (!f) {
					this.notImplemented('bytes literals', this.u.loc);
					this.u.depth++; // stands for the value the expression would have pushed
					return;
				}
				const arr = value as number[];
				this.loadConst(f(arr), 'y:' + arr.join(','));
				return;
			}
			case ConstantKind.Imaginary: {
				const f = constantFactories.complex;
				if (!f) {
					this.notImplemented('complex numbers', this.u.loc);
					this.u.depth++;
					return;
				}
				this.loadConst(f(0, value as number), 'j:' + String(value));
				return;
			}
		}
	}

	private fstring(e: FormattedStringNode): void {
		let n = 0;
		for (const part of e.parts) {
			if (part.nodeType === ParseNodeType.Constant) {
				if (part.value === '') continue;
				this.loadConst(part.value as string);
				n++;
				continue;
			}
			// For {x=} the parser already emits the literal "x=" part, as CPython's AST does.
			this.expr(part.expression);
			let flags = 0;
			if (part.conversion === 's') flags = 1;
			else if (part.conversion === 'r') flags = 2;
			else if (part.conversion === 'a') flags = 3;
			if (part.formatSpec) {
				this.fstring(part.formatSpec);
				flags |= 4;
			}
			this.withLoc(part, () => this.emit(Op.FORMAT_VALUE, flags));
			n++;
		}
		if (n === 0) this.loadConst('');
		else if (n > 1) this.emit(Op.BUILD_STRING, n);
		else if (e.parts.length && e.parts.every((p) => p.nodeType === ParseNodeType.Constant)) {
			// a single literal part is already a str
		}
	}

	private compare(left: ExpressionNode, ops: OperatorType[], comps: ExpressionNode[]): void {
		this.checkIsLiteral(left, ops, comps);
		this.expr(left);
		if (ops.length === 1) {
			this.expr(comps[0]);
			this.compareOp(ops[0]);
			return;
		}
		const cleanup = this.newLabel();
		const end = this.newLabel();
		for (let i = 0; i < ops.length - 1; i++) {
			this.expr(comps[i]);
			this.emit(Op.SWAP, 2);
			this.emit(Op.COPY, 2);
			this.compareOp(ops[i]);
			this.emitJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
		}
		this.expr(comps[ops.length - 1]);
		this.compareOp(ops[ops.length - 1]);
		this.emitJump(Op.JUMP, end);
		this.bind(cleanup);
		this.emit(Op.SWAP, 2);
		this.emit(Op.POP_TOP);
		this.bind(end);
	}

	/** CPython's check_is_arg: `x is 1` warns (3.8+), after constant folding. */
	private literalTypeName(e: ExpressionNode): string | null {
		if (e.nodeType === ParseNodeType.Constant) {
			switch (e.kind) {
				case ConstantKind.Int:
					return 'int';
				case ConstantKind.Float:
					return 'float';
				case ConstantKind.Imaginary:
					return 'complex';
				case ConstantKind.String:
					return 'str';
				case ConstantKind.Bytes:
					return 'bytes';
				default:
					return null;
			}
		}
		if (e.nodeType === ParseNodeType.UnaryOperation && e.operator !== OperatorType.Not) {
			const inner = this.literalTypeName(e.expression);
			return inner === 'int' || inner === 'float' || inner === 'complex' ? inner : null;
		}
		if (e.nodeType === ParseNodeType.Tuple) {
			const ok = e.elements.every(
				(x) => x.nodeType === ParseNodeType.Constant || this.literalTypeName(x) !== null
			);
			return ok ? 'tuple' : null;
		}
		return null;
	}

	/** CPython's infer_type for the "perhaps you missed a comma?" warnings. */
	private inferType(e: ExpressionNode): string | null {
		switch (e.nodeType) {
			case ParseNodeType.Tuple:
				return 'tuple';
			case ParseNodeType.List:
			case ParseNodeType.ListComprehension:
				return 'list';
			case ParseNodeType.Dictionary:
			case ParseNodeType.DictionaryComprehension:
				return 'dict';
			case ParseNodeType.Set:
			case ParseNodeType.SetComprehension:
				return 'set';
			case ParseNodeType.GeneratorExpression:
				return 'generator';
			case ParseNodeType.Lambda:
				return 'function';
			case ParseNodeType.FormattedString:
				return 'str';
			case ParseNodeType.Constant:
				switch (e.kind) {
					case ConstantKind.Int:
						return 'int';
					case ConstantKind.Float:
						return 'float';
					case ConstantKind.Imaginary:
						return 'complex';
					case ConstantKind.String:
						return 'str';
					case ConstantKind.Bytes:
						return 'bytes';
					case ConstantKind.True:
					case ConstantKind.False:
						return 'bool';
					case ConstantKind.None:
						return 'NoneType';
					case ConstantKind.Ellipsis:
						return 'ellipsis';
				}
		}
		return null;
	}

	private warn(message: string, node: ParseNode): void {
		if (this.options.minor < 8 || !this.options.onWarning) return;
		this.options.onWarning({ category: 'SyntaxWarning', message, line: this.lineOf(node.start) });
	}

	/** check_caller: `(1, 2)(3, 4)` warns "'tuple' object is not callable; perhaps you missed a comma?". */
	private checkCaller(func: ExpressionNode): void {
		switch (func.nodeType) {
			case ParseNodeType.Constant:
			case ParseNodeType.Tuple:
			case ParseNodeType.List:
			case ParseNodeType.ListComprehension:
			case ParseNodeType.Dictionary:
			case ParseNodeType.DictionaryComprehension:
			case ParseNodeType.Set:
			case ParseNodeType.SetComprehension:
			case ParseNodeType.GeneratorExpression:
			case ParseNodeType.FormattedString:
				this.warn(
					`'${this.inferType(func)}' object is not callable; perhaps you missed a comma?`,
					func
				);
		}
	}

	/** check_subscripter and check_index for `value[index]` in load context. */
	private checkSubscript(value: ExpressionNode, index: ExpressionNode): void {
		let subscripter = false;
		if (value.nodeType === ParseNodeType.Constant) {
			subscripter = [
				ConstantKind.None,
				ConstantKind.Ellipsis,
				ConstantKind.Int,
				ConstantKind.Float,
				ConstantKind.Imaginary,
				ConstantKind.True,
				ConstantKind.False,
			].includes(value.kind);
		} else if (
			value.nodeType === ParseNodeType.Set ||
			value.nodeType === ParseNodeType.SetComprehension ||
			value.nodeType === ParseNodeType.GeneratorExpression ||
			value.nodeType === ParseNodeType.Lambda
		) {
			subscripter = true;
		}
		if (subscripter) {
			this.warn(
				`'${this.inferType(value)}' object is not subscriptable; perhaps you missed a comma?`,
				value
			);
			return;
		}
		const indexType = index.nodeType === ParseNodeType.Slice ? 'slice' : this.inferType(index);
		if (indexType === null || indexType === 'int' || indexType === 'bool' || indexType === 'slice')
			return;
		const seq =
			(value.nodeType === ParseNodeType.Constant &&
				(value.kind === ConstantKind.String || value.kind === ConstantKind.Bytes)) ||
			value.nodeType === ParseNodeType.Tuple ||
			value.nodeType === ParseNodeType.List ||
			value.nodeType === ParseNodeType.ListComprehension ||
			value.nodeType === ParseNodeType.FormattedString;
		if (seq)
			this.warn(
				`${this.inferType(value)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`,
				value
			);
	}

	private checkIsLiteral(left: ExpressionNode, ops: OperatorType[], comps: ExpressionNode[]): void {
		const minor = this.options.minor;
		if (minor < 8 || !this.options.onWarning) return;
		let prev = left;
		for (let i = 0; i < ops.length; i++) {
			const op = ops[i];
			const right = comps[i];
			if (op === OperatorType.Is || op === OperatorType.IsNot) {
				const t = this.literalTypeName(prev) ?? this.literalTypeName(right);
				if (t !== null) {
					const kw = op === OperatorType.Is ? '"is"' : '"is not"';
					const alt = op === OperatorType.Is ? '"=="' : '"!="';
					const what = minor >= 12 ? `'${t}' literal` : 'a literal';
					this.options.onWarning({
						category: 'SyntaxWarning',
						message: `${kw} with ${what}. Did you mean ${alt}?`,
						line: this.lineOf(prev.start),
					});
				}
			}
			prev = right;
		}
	}

	private compareOp(op: OperatorType): void {
		switch (op) {
			case OperatorType.Is:
				this.emit(Op.IS_OP, 0);
				return;
			case OperatorType.IsNot:
				this.emit(Op.IS_OP, 1);
				return;
			case OperatorType.In:
				this.emit(Op.CONTAINS_OP, 0);
				return;
			case OperatorType.NotIn:
				this.emit(Op.CONTAINS_OP, 1);
				return;
			default:
				this.emit(Op.COMPARE_OP, CMP_OF[op]);
		}
	}

	private sequence(elts: ExpressionNode[], build: Op): void {
		const hasStar = elts.some((x) => x.nodeType === ParseNodeType.Starred);
		if (!hasStar) {
			for (const x of elts) this.expr(x);
			this.emit(build, elts.length);
			return;
		}
		// Build a list, extending with starred parts.
		const isSet = build === Op.BUILD_SET;
		let pending = 0;
		let started = false;
		for (const x of elts) {
			if (x.nodeType === ParseNodeType.Starred) {
				if (!started) {
					this.emit(isSet ? Op.BUILD_SET : Op.BUILD_LIST, pending);
					started = true;
				} else if (pending) {
					this.fail('internal', x);
				}
				pending = 0;
				this.expr(x.expression);
				this.emit(isSet ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
			} else if (started) {
				this.expr(x);
				this.emit(isSet ? Op.SET_ADD : Op.LIST_APPEND, 1);
			} else {
				this.expr(x);
				pending++;
			}
		}
		if (build === Op.BUILD_TUPLE) this.emit(Op.LIST_TO_TUPLE);
	}

	private dictionary(
		entries: (
			| DictionaryKeyEntryNode
			| { nodeType: ParseNodeType; value: ExpressionNode; key?: ExpressionNode }
		)[]
	): void {
		let pending = 0;
		let started = false;
		for (const en of entries) {
			if (en.nodeType === ParseNodeType.DictionaryKeyEntry) {
				const k = en as DictionaryKeyEntryNode;
				this.expr(k.key);
				this.expr(k.value);
				pending++;
			} else {
				if (!started) {
					this.emit(Op.BUILD_MAP, pending);
					started = true;
				} else if (pending) {
					this.emit(Op.BUILD_MAP, pending);
					this.emit(Op.DICT_UPDATE, 1);
				}
				pending = 0;
				this.expr(en.value);
				this.emit(Op.DICT_UPDATE, 1);
			}
		}
		if (!started) this.emit(Op.BUILD_MAP, pending);
		else if (pending) {
			this.emit(Op.BUILD_MAP, pending);
			this.emit(Op.DICT_UPDATE, 1);
		}
	}

	private call(func: ExpressionNode, args: ArgumentNode[], node?: ParseNode): void {
		this.checkCaller(func);
		const asTemporary = node !== undefined && this.temporaryCalls.delete(node);
		const plan = this.lifetimePlan(func, args, asTemporary);
		const simple = args.every((a) => a.category === ArgumentCategory.Simple);
		if (func.nodeType === ParseNodeType.MemberAccess && simple) {
			this.expr(func.object);
			this.withLoc(func, () =>
				this.emit(Op.LOAD_METHOD, this.nameIndex(this.mangle(func.member.value)))
			);
		} else {
			this.expr(func);
			this.emit(Op.PUSH_NULL);
		}
		if (plan === null) {
			this.callArguments(args, 0, func);
			return;
		}
		const site = this.u.genLifetimeSites++;
		const wraps = plan.after === GenLifetime.Wrap ? 256 : 0;
		this.callArguments(args, 0, func, (i) => {
			if (plan.marks[i]) this.emit(Op.GEN_LIFETIME, GenLifetime.Mark | (i << 2) | wraps | (site << 9));
		});
		this.emit(Op.GEN_LIFETIME, plan.after | (site << 9));
	}

	/** Emits the arguments and the call; `extra` positional args are already on the stack. */
	private callArguments(args: ArgumentNode[], extra: number, node: ParseNode, afterArg?: (i: number) => void): void {
		const simple = args.every((a) => a.category === ArgumentCategory.Simple);
		const seenKw = new Set<string>();
		for (const a of args) {
			if (a.name) {
				if (seenKw.has(a.name.value)) this.fail(`keyword argument repeated: ${a.name.value}`, a);
				seenKw.add(a.name.value);
			}
		}
		if (simple) {
			const positional = args.filter((a) => !a.name);
			const keywords = args.filter((a) => a.name);
			positional.forEach((a, i) => {
				this.expr(a.value);
				afterArg?.(i);
			});
			for (const a of keywords) this.expr(a.value);
			const argc = extra + positional.length + keywords.length;
			if (keywords.length) {
				const names = keywords.map((a) => a.name!.value);
				this.loadConst(new PyTuple(names), 'kw:' + names.join(','));
				this.withLoc(this.u.loc, () => this.emit(Op.CALL_KW, argc));
			} else {
				this.emit(Op.CALL, argc);
			}
			return;
		}
		// General case: build a tuple of positional args and a dict of keyword args.
		this.emit(Op.BUILD_LIST, extra);
		for (const a of args) {
			if (a.name || a.category === ArgumentCategory.UnpackedDictionary) continue;
			this.expr(a.value);
			this.emit(a.category === ArgumentCategory.UnpackedList ? Op.LIST_EXTEND : Op.LIST_APPEND, 1);
		}
		this.emit(Op.LIST_TO_TUPLE);
		const kwParts = args.filter(
			(a) => a.name || a.category === ArgumentCategory.UnpackedDictionary
		);
		if (kwParts.length) {
			this.emit(Op.BUILD_MAP, 0);
			for (const a of kwParts) {
				if (a.name) {
					this.loadConst(a.name.value);
					this.expr(a.value);
					this.emit(Op.BUILD_MAP, 1);
					this.emit(Op.DICT_MERGE, 1);
				} else {
					this.expr(a.value);
					this.emit(Op.DICT_MERGE, 1);
				}
			}
			this.emit(Op.CALL_FUNCTION_EX, 1);
		} else {
			this.emit(Op.CALL_FUNCTION_EX, 0);
		}
		void node;
	}

	private comprehension(e: ComprehensionLike): void {
		const scope = this.scopes.get(e)!;
		const isGenExp = e.nodeType === ParseNodeType.GeneratorExpression;
		const name = scope.name;
		const isAsync = scope.hasAwait || e.generators.some((g) => g.isAsync);
		let flags = CodeFlags.Optimized | CodeFlags.Nested;
		if (isGenExp) flags |= isAsync ? CodeFlags.AsyncGenerator : CodeFlags.Generator;
		else {
			flags |= CodeFlags.InlinedComprehension;
			if (isAsync) flags |= CodeFlags.Coroutine;
		}
		if (isAsync && !isGenExp) {
			const outerFlags = this.u.codeObj.flags;
			if (
				!(outerFlags & (CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) &&
				!this.isAsyncComprehensionScope()
			)
				this.fail('asynchronous comprehension outside of an asynchronous function', e);
		}
		const qual = this.qualname(name);
		const outer = this.u;
		const inner = this.enterUnit(scope, name, qual, e, flags);
		inner.codeObj.argcount = 1;
		this.u = inner;
		this.qualnameStack.push(qual + '.<locals>');
		try {
			this.wrapGeneratorBody(isGenExp ? flags : 0, () => {
				if (!isGenExp) {
					const build =
						e.nodeType === ParseNodeType.ListComprehension
							? Op.BUILD_LIST
							: e.nodeType === ParseNodeType.SetComprehension
								? Op.BUILD_SET
								: Op.BUILD_MAP;
					this.emit(build, 0);
				}
				this.comprehensionGenerator(e, 0, isGenExp);
				this.emit(isGenExp ? Op.LOAD_CONST : Op.NOP, isGenExp ? this.constIndex(None) : 0);
				this.emit(Op.RETURN_VALUE);
			});
		} finally {
			this.qualnameStack.pop();
			this.u = outer;
		}
		const code = this.finishUnit(inner);
		const first = e.generators[0];
		// A generator expression over a new generator (`x for x in gen()`) is its only owner, in
		// its argument `.0`: the generator is freed (closed) when the expression's frame is
		// (vm/generators.ts makeGenerator). GET_ITER 1 marks it as for a `for` loop over a call.
		const ownsIterator = isGenExp && !isAsync && this.tracksTemporaries;
		const overCall = first.iterable.nodeType === ParseNodeType.GeneratorExpression || first.iterable.nodeType === ParseNodeType.Call;
		if (ownsIterator && (first.iterable.nodeType !== ParseNodeType.Call || this.mayMakeGenerator(first.iterable))) code.ownedGenSlots = Int32Array.of(0);
		this.emitClosureAndMake(code, 0, e);
		this.emit(Op.PUSH_NULL);
		this.expr(first.iterable);
		// 3.13 locates the GET_ITER of an inlined comprehension at its iterable; 3.7 leaves the
		// line of the iterable's last instruction to the GET_ITER and the call.
		this.withLoc(this.options.minor >= 13 || this.options.minor <= 7 ? first.iterable : e, () => {
			this.emit(first.isAsync ? Op.GET_AITER : Op.GET_ITER, ownsIterator ? (overCall ? 1 : 2) : 0);
			if (this.options.minor <= 7) this.emit(Op.CALL, 1);
		});
		if (this.options.minor > 7) this.emit(Op.CALL, 1);
		if (isAsync && !isGenExp) {
			this.emit(Op.GET_AWAITABLE, 0);
			this.loadConst(None);
			this.yieldFromLoop();
		}
	}

	/** An annotation's value: evaluated, or its text under `from __future__ import annotations`. */
	private annotation(e: ExpressionNode): void {
		if (!this.futureAnnotations) this.expr(e);
		else if (futureSupport.unparseAnnotation !== null)
			this.loadConst(futureSupport.unparseAnnotation(e, this.source));
		// Only code compiled at run time in the browser gets here: its __future__ was not loaded.
		else this.notImplemented('annotations kept as text in code compiled at run time', e);
	}

	private comprehensionGenerator(e: ComprehensionLike, index: number, isGenExp: boolean): void {
		const gen = e.generators[index];
		const start = this.newLabel();
		const cleanup = this.newLabel();
		const ifCleanup = this.newLabel();
		const u = this.u;
		// GET_ITER and FOR_ITER are located at the iterable in 3.13+ (compiler_sync_comprehension_
		// generator's LOC(gen->iter)), at the whole comprehension before.
		// Up to 3.9 (line numbers only) those of an inner `for` clause are on its iterable's
		// line (the last expression compiled set it), the first's on the comprehension's.
		const minor = this.options.minor;
		const iterLoc = minor >= 13 ? gen.iterable : minor >= 10 || index === 0 ? e : gen.iterable;
		if (index === 0) {
			this.emit(Op.LOAD_FAST, u.slotIndex.get('.0'));
		} else {
			this.expr(gen.iterable);
			this.withLoc(iterLoc, () => this.emit(gen.isAsync ? Op.GET_AITER : Op.GET_ITER));
		}
		this.bind(start);
		const depthAtStart = u.depth;
		let except: Label | null = null;
		if (gen.isAsync) {
			except = this.newLabel();
			this.setup(except, false);
			this.emit(Op.GET_ANEXT);
			this.loadConst(None);
			this.yieldFromLoop();
			this.popBlock();
		} else {
			this.withLoc(iterLoc, () => this.emitJump(Op.FOR_ITER, cleanup));
		}
		this.store(gen.target);
		for (const cond of gen.conditions) this.jumpIf(cond, ifCleanup, false);
		if (index + 1 < e.generators.length) {
			this.comprehensionGenerator(e, index + 1, isGenExp);
		} else {
			const depth = e.generators.length + 1;
			switch (e.nodeType) {
				case ParseNodeType.GeneratorExpression:
					this.expr(e.element);
					if (u.codeObj.flags & CodeFlags.AsyncGenerator) this.emit(Op.ASYNC_GEN_WRAP);
					this.emit(Op.YIELD_VALUE, 0);
					this.emit(Op.POP_TOP);
					break;
				case ParseNodeType.ListComprehension:
					this.expr(e.element);
					this.emit(Op.LIST_APPEND, depth);
					break;
				case ParseNodeType.SetComprehension:
					this.expr(e.element);
					this.emit(Op.SET_ADD, depth);
					break;
				case ParseNodeType.DictionaryComprehension:
					this.expr(e.key);
					this.expr(e.value);
					this.emit(Op.MAP_ADD, depth);
					break;
			}
		}
		this.bind(ifCleanup);
		this.emitJump(Op.JUMP, start);
		if (except) {
			this.bindHandler(except, depthAtStart + 1);
			this.emit(Op.END_ASYNC_FOR);
		} else {
			this.bind(cleanup);
		}
		u.depth = depthAtStart - 1;
	}
}

// ---------------------------------------------------------------------------------------------

/** 3.13 __static_attributes__: names assigned as `self.NAME` in the class's methods, sorted. */
function staticAttributes(c: ClassDefNode): string[] {
	const names = new Set<string>();
	const visitTargets = (t: ExpressionNode, self: string): void => {
		if (
			t.nodeType === ParseNodeType.MemberAccess &&
			t.object.nodeType === ParseNodeType.Name &&
			t.object.value === self
		)
			names.add(t.member.value);
		else if (t.nodeType === ParseNodeType.Tuple || t.nodeType === ParseNodeType.List)
			for (const e of t.elements) visitTargets(e, self);
		else if (t.nodeType === ParseNodeType.Starred) visitTargets(t.expression, self);
	};
	const visit = (stmts: StatementNode[], self: string): void => {
		for (const s of stmts) {
			switch (s.nodeType) {
				case ParseNodeType.Assign:
					for (const t of s.targets) visitTargets(t, self);
					break;
				case ParseNodeType.AugAssign:
				case ParseNodeType.AnnAssign:
					visitTargets(s.target, self);
					break;
				case ParseNodeType.For:
					visitTargets(s.target, self);
					visit(s.body, self);
					visit(s.orElse, self);
					break;
				case ParseNodeType.While:
				case ParseNodeType.If:
					visit(s.body, self);
					visit(s.orElse, self);
					break;
				case ParseNodeType.With:
					for (const it of s.items) if (it.target) visitTargets(it.target, self);
					visit(s.body, self);
					break;
				case ParseNodeType.Try:
					visit(s.body, self);
					for (const h of s.handlers) visit(h.body, self);
					visit(s.orElse, self);
					visit(s.finallyBody, self);
					break;
			}
		}
	};
	for (const st of c.body) {
		if (st.nodeType !== ParseNodeType.FunctionDef) continue;
		const p = st.parameters;
		const first = p.posOnly[0] ?? p.args[0];
		if (first) visit(st.body, first.name.value);
	}
	return [...names].sort();
}

/** Renumbers an or-alternative's capture slots (indices into `from`) as indices into `to`. */
function remapSlots(p: Pattern, from: string[], to: string[]): Pattern {
	const map = (slot: number): number => {
		const name = from[slot];
		let i = to.indexOf(name);
		if (i < 0) {
			to.push(name);
			i = to.length - 1;
		}
		return i;
	};
	const walk = (q: Pattern): Pattern => {
		switch (q.k) {
			case 'capture':
				return { k: 'capture', slot: map(q.slot) };
			case 'as':
				return { k: 'as', pat: walk(q.pat), slot: map(q.slot) };
			case 'or':
				return { k: 'or', alts: q.alts.map(walk) };
			case 'seq':
				return {
					k: 'seq',
					pats: q.pats.map(walk),
					star: q.star,
					starSlot: q.starSlot >= 0 ? map(q.starSlot) : -1,
				};
			case 'map':
				return {
					k: 'map',
					keys: q.keys,
					pats: q.pats.map(walk),
					restSlot: q.restSlot >= 0 ? map(q.restSlot) : -1,
				};
			case 'class':
				return {
					k: 'class',
					cls: q.cls,
					pos: q.pos.map(walk),
					kwNames: q.kwNames,
					kwPats: q.kwPats.map(walk),
				};
			default:
				return q;
		}
	};
	return walk(p);
}

function docstringOf(body: StatementNode[]): string | null {
	const first = body[0];
	if (
		first &&
		first.nodeType === ParseNodeType.ExpressionStatement &&
		first.expression.nodeType === ParseNodeType.Constant &&
		first.expression.kind === ConstantKind.String
	) {
		return first.expression.value as string;
	}
	return null;
}

const FUTURE_FEATURES = new Set([
	'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
	'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

/**
 * Checks the module's future statements (CPython future.c) and tells whether they include
 * `annotations`. They must come first (after the docstring); each names a known feature.
 */
function usesFutureAnnotations(module: ModuleNode): boolean {
	const fail = (message: string, start: number, end: number): never => {
		throw new CompileFailure({ message, start, end, kind: 'SyntaxError' });
	};
	let i = 0;
	const body = module.body;
	const first = body[0];
	if (first?.nodeType === ParseNodeType.ExpressionStatement && first.expression.nodeType === ParseNodeType.Constant && first.expression.kind === ConstantKind.String) i++;
	let annotations = false;
	for (; i < body.length; i++) {
		const st = body[i];
		if (st.nodeType !== ParseNodeType.ImportFrom || st.module !== '__future__' || st.level !== 0) break;
		for (const a of st.names) {
			if (a.name === 'braces') fail('not a chance', st.start, st.start + 1);
			if (!FUTURE_FEATURES.has(a.name)) fail(`future feature ${a.name} is not defined`, st.start, st.start + 1);
			if (a.name === 'annotations') annotations = true;
		}
	}
	// A future statement anywhere else.
	const stack: ParseNode[] = body.slice(i);
	while (stack.length) {
		const n = stack.pop()!;
		if (n.nodeType === ParseNodeType.ImportFrom && n.module === '__future__' && n.level === 0)
			fail('from __future__ imports must occur at the beginning of the file', n.start, n.start + n.length);
		stack.push(...getChildNodes(n));
	}
	return annotations;
}

function hasAnnotations(body: StatementNode[]): boolean {
	const visit = (stmts: StatementNode[]): boolean => {
		for (const s of stmts) {
			if (s.nodeType === ParseNodeType.AnnAssign) return true;
			if (s.nodeType === ParseNodeType.If && (visit(s.body) || visit(s.orElse))) return true;
			if (
				(s.nodeType === ParseNodeType.For || s.nodeType === ParseNodeType.While) &&
				(visit(s.body) || visit(s.orElse))
			)
				return true;
			if (s.nodeType === ParseNodeType.With && visit(s.body)) return true;
			if (
				s.nodeType === ParseNodeType.Try &&
				(visit(s.body) ||
					visit(s.orElse) ||
					visit(s.finallyBody) ||
					s.handlers.some((h) => visit(h.body)))
			)
				return true;
		}
		return false;
	};
	return visit(body);
}


/** Converts the per-instruction handler assignment into non-overlapping table entries. */
function buildExceptionTable(u: Unit): ExceptionTableEntry[] {
	const out: ExceptionTableEntry[] = [];
	let cur: ExceptionTableEntry | null = null;
	for (let i = 0; i < u.handlerOf.length; i++) {
		const h = u.handlerOf[i];
		const pc = i * 2;
		if (!h) {
			cur = null;
			continue;
		}
		if (
			cur &&
			cur.target === h.label.pc &&
			cur.depth === h.depth &&
			cur.lasti === h.lasti &&
			cur.end === pc
		) {
			cur.end = pc + 2;
			continue;
		}
		cur = { start: pc, end: pc + 2, target: h.label.pc, depth: h.depth, lasti: h.lasti };
		out.push(cur);
	}
	return out;
}

export type { NameNode };
