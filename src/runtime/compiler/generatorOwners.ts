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
	OperatorType,
	ParseNode,
	ParseNodeType,
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

type Use = 'unsafe' | 'neutral' | 'driving' | 'made';

/** How one occurrence of a name is used (see the file comment). */
function classify(name: NameNode): Use {
	const p = name.parent;
	if (p === undefined) return 'unsafe';
	switch (p.nodeType) {
		case ParseNodeType.Assign:
			if (p.value === name) return 'unsafe';
			// A plain `name = <call>` may make the generator; other stores just rebind it.
			if (p.targets.length === 1 && p.value.nodeType === ParseNodeType.GeneratorExpression) return 'made';
			if (p.targets.length === 1 && p.value.nodeType === ParseNodeType.Call) {
				const callee = p.value.func;
				if (callee.nodeType === ParseNodeType.Name && NOT_GENERATOR_MAKERS.has(callee.value)) return 'neutral';
				return 'made';
			}
			return 'neutral';
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
	isGlobalIn: (scopeNode: ParseNode, name: string) => boolean = () => false
): Set<string> {
	const uses = new Map<string, Use[]>();
	const excluded = new Set<string>();
	let introspects = false;
	const stack: { node: ParseNode; owner: ParseNode }[] = getChildNodes(scope).map((node) => ({ node, owner: scope }));
	while (stack.length) {
		const { node, owner } = stack.pop()!;
		if (node.nodeType === ParseNodeType.Name) {
			const name = node.value;
			if (INTROSPECTION.has(name)) introspects = true;
			if (owner !== scope && !isModule) excluded.add(name);
			else if (owner === scope || isGlobalIn(owner, name)) {
				let list = uses.get(name);
				if (list === undefined) uses.set(name, (list = []));
				list.push(classify(node));
			}
		} else if (node.nodeType === ParseNodeType.MemberAccess && INTROSPECTION.has(node.member.value)) {
			introspects = true;
		} else if (node.nodeType === ParseNodeType.Global || node.nodeType === ParseNodeType.Nonlocal) {
			// A function's `global x` stores to x from elsewhere: not tracked, so x is not owned.
			for (const n of node.names) excluded.add(n.value);
		} else if (node.nodeType === ParseNodeType.ImportFrom && node.names.some((a) => a.name === '*')) {
			introspects = true;
		}
		const inner = isScopeNode(node) ? node : owner;
		for (const child of getChildNodes(node)) stack.push({ node: child, owner: inner });
	}
	const owners = new Set<string>();
	if (introspects) return owners;
	for (const [name, list] of uses) {
		if (excluded.has(name)) continue;
		if (list.includes('unsafe') || !list.includes('made') || !list.includes('driving')) continue;
		owners.add(name);
	}
	return owners;
}
