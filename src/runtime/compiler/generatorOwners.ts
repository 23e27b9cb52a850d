/*
 * generatorOwners.ts
 * Finds the variables of a function (or the globals of a module) that may own a generator the
 * way CPython's reference counts see it: a generator made by `name = gen(...)` and afterwards
 * only driven through `name` (next(name), name.send(...), for x in name, ...) is referred to by
 * that variable alone, so CPython frees and closes it (running its finally blocks) the moment
 * the variable lets it go: `del name`, rebinding it, or the function returning. The VM marks
 * such a generator when it is made (vm/generators.ts makeGenerator) and closes it at those
 * points; this module decides, from the source alone, which names are safe to treat so.
 *
 * A name qualifies only if every use of it is one that cannot keep a second reference: any
 * other use (passed to an arbitrary function, stored in a container or an attribute, returned,
 * captured by a nested function, reachable through locals()/globals()...) disqualifies it.
 */

import { getChildNodes } from '../parser/parseTreeWalker';
import {
	ArgumentCategory,
	type FunctionDefNode,
	OperatorType,
	ParseNode,
	ParseNodeType,
	type AssignNode,
	type NameNode,
} from '../parser/parseNodes';

/** Builtins that use their argument during the call and keep no reference to it. */
const NON_RETAINING_CALLEES = new Set([
	'next', 'list', 'tuple', 'sum', 'min', 'max', 'sorted', 'any', 'all', 'len', 'print',
	'repr', 'str', 'type', 'isinstance', 'id', 'set', 'frozenset', 'dict', 'bool', 'hasattr',
	'getgeneratorstate', 'getgeneratorlocals', 'isgenerator',
]);

/** Attributes of a generator whose use keeps no reference to the generator itself. */
const GENERATOR_MEMBERS = new Set([
	'send', 'throw', 'close', '__next__', 'gi_frame', 'gi_running', 'gi_code', 'gi_yieldfrom',
	'gi_suspended', '__name__', '__qualname__',
]);

/** Names whose mere presence lets a program reach variables behind the compiler's back. */
const INTROSPECTION = new Set([
	'locals', 'vars', 'globals', 'eval', 'exec', '__import__', '_getframe', 'currentframe',
	'f_locals', 'f_globals', 'f_back', '__dict__', 'getframeinfo', 'stack', 'gc', 'get_referrers',
]);

/** Calls that make iterators, never generators: `it = iter(x)` needs no tracking. */
const NOT_GENERATOR_MAKERS = new Set(['iter', 'map', 'filter', 'zip', 'enumerate', 'reversed', 'range', 'open']);

function isScopeNode(n: ParseNode): boolean {
	switch (n.nodeType) {
		case ParseNodeType.FunctionDef:
		case ParseNodeType.Lambda:
		case ParseNodeType.ClassDef:
		case ParseNodeType.ListComprehension:
		case ParseNodeType.SetComprehension:
		case ParseNodeType.DictionaryComprehension:
		case ParseNodeType.GeneratorExpression:
			return true;
		default:
			return false;
	}
}

type Use = 'unsafe' | 'neutral' | 'driving' | 'made' | 'alias' | 'aliasTarget' | 'param';

/** How one occurrence of a name is used (see the file comment). */
function classify(name: NameNode): Use {
	const p = name.parent;
	if (p === undefined) return 'unsafe';
	switch (p.nodeType) {
		case ParseNodeType.Assign:
			if (p.value === name)
				// `other = name`: a second reference, tracked only if `other` may own it too.
				return p.targets.length === 1 && p.targets[0].nodeType === ParseNodeType.Name ? 'alias' : 'unsafe';
			// A plain `name = <call>` may make the generator; other stores just rebind it.
			if (p.targets.length === 1 && p.value.nodeType === ParseNodeType.GeneratorExpression) return 'made';
			if (p.targets.length === 1 && p.value.nodeType === ParseNodeType.Call) {
				const callee = p.value.func;
				if (callee.nodeType === ParseNodeType.Name && NOT_GENERATOR_MAKERS.has(callee.value)) return 'neutral';
				return 'made';
			}
			if (p.targets.length === 1 && p.value.nodeType === ParseNodeType.Name) return 'aliasTarget';
			return 'neutral';
		case ParseNodeType.Parameter:
			return p.name === name ? 'param' : 'unsafe';
		case ParseNodeType.Del:
			return 'neutral';
		case ParseNodeType.ExpressionStatement:
			return 'neutral';
		case ParseNodeType.For:
			if (p.iterable === name) return 'driving';
			return p.target === name ? 'neutral' : 'unsafe';
		case ParseNodeType.Compare:
			return p.operators.every((o) => o === OperatorType.Is || o === OperatorType.IsNot) ? 'neutral' : 'unsafe';
		case ParseNodeType.MemberAccess:
			if (p.object !== name || !GENERATOR_MEMBERS.has(p.member.value)) return 'unsafe';
			return p.member.value === 'send' || p.member.value === 'throw' || p.member.value === 'close' || p.member.value === '__next__'
				? 'driving'
				: 'neutral';
		case ParseNodeType.Argument: {
			if (p.category !== ArgumentCategory.Simple || p.name !== undefined || p.value !== name) return 'unsafe';
			const call = p.parent;
			if (call === undefined || call.nodeType !== ParseNodeType.Call) return 'unsafe';
			const callee = call.func;
			const calleeName =
				callee.nodeType === ParseNodeType.Name
					? callee.value
					: callee.nodeType === ParseNodeType.MemberAccess
						? callee.member.value
						: null;
			if (calleeName === null || !NON_RETAINING_CALLEES.has(calleeName)) return 'unsafe';
			return calleeName === 'next' || calleeName === 'getgeneratorstate' ? 'driving' : 'neutral';
		}
		default:
			return 'unsafe';
	}
}

/**
 * The names of `scope` (a function definition or a module) that may own a generator. A module's
 * names are its globals: every occurrence anywhere in the module counts, in nested scopes too
 * where the name is global there (`isGlobalIn` tells). A function's names are its locals: a name
 * that also occurs in a nested scope, or is declared global/nonlocal, is left out.
 */
export function generatorOwnerNames(
	scope: ParseNode,
	isModule: boolean,
	isGlobalIn: (scopeNode: ParseNode, name: string) => boolean = () => false,
	paramsOwn = false
): Set<string> {
	const made: Use = paramsOwn ? 'param' : 'made';
	const uses = new Map<string, Use[]>();
	const excluded = new Set<string>();
	/** `target = source` between two names of this scope: [source, target]. */
	const aliases: [string, string][] = [];
	/** `for ... in name:` loops of this scope (their stack holds the generator while the body runs). */
	const loopsOverNames: { name: string; body: ParseNode[] }[] = [];
	let introspects = false;
	const counted = (owner: ParseNode, name: string): boolean => owner === scope || (isModule && isGlobalIn(owner, name));
	const stack: { node: ParseNode; owner: ParseNode }[] = getChildNodes(scope).map((node) => ({ node, owner: scope }));
	while (stack.length) {
		const { node, owner } = stack.pop()!;
		if (node.nodeType === ParseNodeType.Name) {
			const name = node.value;
			if (INTROSPECTION.has(name)) introspects = true;
			if (owner !== scope && !isModule) excluded.add(name);
			else if (counted(owner, name)) {
				let list = uses.get(name);
				if (list === undefined) uses.set(name, (list = []));
				let use = classify(node);
				if (use === 'alias') {
					const target = (node.parent as AssignNode).targets[0] as NameNode;
					// The target must be a variable of the same scope for the reference to stay tracked.
					if (counted(owner, target.value) && (isModule || owner === scope)) aliases.push([name, target.value]);
					else use = 'unsafe';
				}
				list.push(use);
			}
		} else if (node.nodeType === ParseNodeType.MemberAccess && INTROSPECTION.has(node.member.value)) {
			introspects = true;
		} else if (node.nodeType === ParseNodeType.Global || node.nodeType === ParseNodeType.Nonlocal) {
			// A function's `global x` stores to x from elsewhere: not tracked, so x is not owned.
			for (const n of node.names) excluded.add(n.value);
		} else if (node.nodeType === ParseNodeType.ImportFrom && node.names.some((a) => a.name === '*')) {
			introspects = true;
		} else if (node.nodeType === ParseNodeType.For && owner === scope && node.iterable.nodeType === ParseNodeType.Name) {
			loopsOverNames.push({ name: node.iterable.value, body: [...node.body, ...node.orElse] });
		}
		const inner = isScopeNode(node) ? node : owner;
		for (const child of getChildNodes(node)) stack.push({ node: child, owner: inner });
	}
	const owners = new Set<string>();
	if (introspects) return owners;
	for (const [name, list] of uses) {
		if (excluded.has(name) || list.includes('unsafe') || (!paramsOwn && list.includes('param'))) continue;
		if (list.includes(made) || list.includes('aliasTarget')) owners.add(name);
	}
	// `target = source`: the source stays an owner only if the target is one too (else the
	// generator would have an untracked reference); repeat until nothing changes.
	for (let changed = true; changed;) {
		changed = false;
		for (const [source, target] of aliases)
			if (owners.has(source) && !owners.has(target)) {
				owners.delete(source);
				changed = true;
			}
	}
	// Names joined by aliases form groups that share their generators: a group is kept if it
	// makes and drives one, and no name of it is rebound or deleted inside a `for` loop over one
	// of them (the loop's own reference would outlive the variables).
	const group = new Map<string, Set<string>>();
	for (const name of owners) group.set(name, new Set([name]));
	for (const [source, target] of aliases) {
		if (!owners.has(source) || !owners.has(target)) continue;
		const a = group.get(source)!;
		const b = group.get(target)!;
		if (a === b) continue;
		for (const n of b) {
			a.add(n);
			group.set(n, a);
		}
	}
	const dropped = new Set<Set<string>>();
	for (const members of new Set(group.values())) {
		const all = [...members].flatMap((n) => uses.get(n)!);
		if (!all.includes(made) || !all.includes('driving')) dropped.add(members);
	}
	for (const loop of loopsOverNames) {
		const members = group.get(loop.name);
		if (members !== undefined && bindsAnyOf(loop.body, members)) dropped.add(members);
	}
	for (const members of dropped) for (const n of members) owners.delete(n);
	return owners;
}

/** Whether these statements (outside nested scopes) rebind or delete one of `names`. */
function bindsAnyOf(nodes: ParseNode[], names: Set<string>): boolean {
	const stack = [...nodes];
	while (stack.length) {
		const node = stack.pop()!;
		if (node.nodeType === ParseNodeType.Name && names.has(node.value)) {
			const p = node.parent;
			if (p !== undefined && (p.nodeType === ParseNodeType.Del || (p.nodeType === ParseNodeType.Assign && p.value !== node) || (p.nodeType === ParseNodeType.For && p.target === node)))
				return true;
		}
		if (!isScopeNode(node)) stack.push(...getChildNodes(node));
	}
	return false;
}

/**
 * The positional parameters of a function that only drive the iterator passed to them (with
 * the same rules as owner variables): a generator made as that argument and passed to nothing
 * else dies when the call returns (vm/generators.ts genLifetime).
 */
export function drivenParams(fn: FunctionDefNode): number[] {
	if (fn.isAsync) return [];
	const owners = generatorOwnerNames(fn, false, undefined, true);
	const result: number[] = [];
	const params = [...fn.parameters.posOnly, ...fn.parameters.args];
	for (let i = 0; i < params.length; i++) if (owners.has(params[i].name.value)) result.push(i);
	return result;
}

/** Builtins a learner may rebind; a module that binds one cannot rely on what it does. */
const BUILTIN_NAMES_USED = [...NON_RETAINING_CALLEES, 'zip', 'enumerate', 'map', 'filter', 'islice', 'itertools', 'iter'];

/**
 * Whether the lifetime of temporaries can be followed in this module: nothing reaches variables
 * or builtins behind the compiler's back (introspection, `builtins`, star imports) and none of
 * the builtins the rules trust is rebound anywhere (a `def next(...)` or `list = ...` would
 * make `next(x)` anything).
 */
export function moduleTracksTemporaries(module: ParseNode): boolean {
	const trusted = new Set(BUILTIN_NAMES_USED);
	const stack: ParseNode[] = [module];
	while (stack.length) {
		const node = stack.pop()!;
		if (node.nodeType === ParseNodeType.Name) {
			if (INTROSPECTION.has(node.value) || node.value === 'builtins' || node.value === '__builtins__') return false;
			if (trusted.has(node.value) && isBinding(node)) return false;
		} else if (node.nodeType === ParseNodeType.MemberAccess) {
			if (INTROSPECTION.has(node.member.value)) return false;
			// `itertools.islice = ...`: a store to an attribute named like a trusted builtin.
			const p = node.parent;
			if (trusted.has(node.member.value) && p !== undefined && (p.nodeType === ParseNodeType.Del || (p.nodeType === ParseNodeType.Assign && p.value !== node) || (p.nodeType === ParseNodeType.AugAssign && p.target === node)))
				return false;
		} else if (node.nodeType === ParseNodeType.ImportFrom && node.names.some((a) => a.name === '*')) return false;
		stack.push(...getChildNodes(node));
	}
	return true;
}

/** Whether this occurrence of a name binds it (any binding form but loads). */
function isBinding(name: NameNode): boolean {
	let node: ParseNode = name;
	let p = node.parent;
	// A target inside a tuple/list/star unpacking binds too.
	while (p !== undefined && (p.nodeType === ParseNodeType.Tuple || p.nodeType === ParseNodeType.List || p.nodeType === ParseNodeType.Starred)) {
		node = p;
		p = p.parent;
	}
	if (p === undefined) return false;
	switch (p.nodeType) {
		case ParseNodeType.Assign:
			return p.value !== node;
		case ParseNodeType.AugAssign:
			return p.target === node;
		case ParseNodeType.For:
			return p.target === node;
		case ParseNodeType.Del:
		case ParseNodeType.Global:
		case ParseNodeType.Nonlocal:
		case ParseNodeType.Parameter:
		case ParseNodeType.FunctionDef:
		case ParseNodeType.ClassDef:
			return p.nodeType !== ParseNodeType.Parameter || p.name === node;
		default:
			// with-as, except-as, imports, walrus, match captures...: any other parent that is not
			// clearly a load counts as a binding (conservative).
			return !isLoadParent(p, node);
	}
}

function isLoadParent(p: ParseNode, node: ParseNode): boolean {
	switch (p.nodeType) {
		case ParseNodeType.Call:
		case ParseNodeType.Argument:
		case ParseNodeType.MemberAccess:
		case ParseNodeType.BinaryOperation:
		case ParseNodeType.UnaryOperation:
		case ParseNodeType.Compare:
		case ParseNodeType.Return:
		case ParseNodeType.ExpressionStatement:
		case ParseNodeType.Index:
		case ParseNodeType.If:
		case ParseNodeType.While:
			return true;
		default:
			void node;
			return false;
	}
}
