/*
 * symbolTable.ts
 * Scope analysis (CPython's symtable.c): decides for every name in every scope whether it is
 * local, global (explicit or implicit), a cell, or free, and which functions are generators
 * or coroutines. Reports the scope-related SyntaxErrors.
 */

import {
	ParseNode,
	ParseNodeType,
	ModuleNode,
	FunctionDefNode,
	ClassDefNode,
	LambdaNode,
	ExpressionNode,
	StatementNode,
	ParametersNode,
	ComprehensionNode,
	ListComprehensionNode,
	SetComprehensionNode,
	GeneratorExpressionNode,
	DictionaryComprehensionNode,
	NameNode,
	PatternNode,
} from '../parser/parseNodes';

export const enum ScopeKind {
	Module,
	Class,
	Function,
	Lambda,
	Comprehension,
}

export const enum SymFlags {
	Local = 1, // bound in this scope
	Param = 2,
	Global = 4, // declared global
	Nonlocal = 8,
	Use = 16,
	Annotated = 32,
	Comprehension = 64, // iteration variable of a comprehension
}

export const enum NameScope {
	Local,
	GlobalExplicit,
	GlobalImplicit,
	Free,
	Cell,
}

export type ComprehensionLike =
	| ListComprehensionNode
	| SetComprehensionNode
	| GeneratorExpressionNode
	| DictionaryComprehensionNode;

export interface ScopeError {
	message: string;
	node: ParseNode;
	/** Where CPython 3.9 and older report it, when elsewhere (the enclosing block's statement). */
	nodeBefore310?: ParseNode;
}

export class Scope {
	symbols = new Map<string, number>();
	children: Scope[] = [];
	resolved = new Map<string, NameScope>();
	/** Parameter names in order (positional, then *args, kw-only, **kwargs). */
	params: string[] = [];
	isGenerator = false;
	isCoroutine = false;
	hasYield = false;
	hasAwait = false;
	/** Uses super() or __class__ (methods): the class scope provides a __class__ cell. */
	needsClassCell = false;
	/** Class scope: some method needs __class__. */
	hasClassCell = false;
	/** Class scope: free variables of methods that pass through the class to an enclosing function. */
	classFreePassthrough = new Set<string>();
	/** Order in which names were first bound or used (for stable slot layout). */
	order: string[] = [];
	/** Set for comprehension scopes: the comprehension node. */
	constructor(
		public kind: ScopeKind,
		public name: string,
		public node: ParseNode,
		public parent: Scope | null
	) {}

	add(name: string, flag: number): void {
		const old = this.symbols.get(name);
		if (old === undefined) this.order.push(name);
		this.symbols.set(name, (old ?? 0) | flag);
	}
	isFunctionLike(): boolean {
		return this.kind === ScopeKind.Function || this.kind === ScopeKind.Lambda || this.kind === ScopeKind.Comprehension;
	}
	scopeOf(name: string): NameScope {
		return this.resolved.get(name) ?? (this.kind === ScopeKind.Module ? NameScope.GlobalImplicit : NameScope.GlobalImplicit);
	}
}

/** Builds the scope tree of a module; the map links each scope-creating node to its scope. */
export class SymbolTableBuilder {
	scopes = new Map<ParseNode, Scope>();
	errors: ScopeError[] = [];
	private cur!: Scope;

	build(module: ModuleNode): Scope {
		const top = new Scope(ScopeKind.Module, '<module>', module, null);
		this.scopes.set(module, top);
		this.cur = top;
		this.visitBody(module.body);
		this.resolve(top, new Set(), new Set());
		return top;
	}

	private error(message: string, node: ParseNode, nodeBefore310?: ParseNode): void {
		this.errors.push({ message, node, nodeBefore310 });
	}

	private push(kind: ScopeKind, name: string, node: ParseNode): Scope {
		const s = new Scope(kind, name, node, this.cur);
		this.cur.children.push(s);
		this.scopes.set(node, s);
		this.cur = s;
		return s;
	}
	private pop(): void {
		this.cur = this.cur.parent!;
	}

	private bind(name: string, node: ParseNode, flag = SymFlags.Local): void {
		const s = this.cur;
		const old = s.symbols.get(name) ?? 0;
		if (old & SymFlags.Global && flag === SymFlags.Local) {
			s.add(name, flag);
			return;
		}
		s.add(name, flag);
		void node;
	}
	private use(name: string): void {
		this.cur.add(name, SymFlags.Use);
	}

	private visitBody(body: StatementNode[]): void {
		for (const st of body) this.visitStatement(st);
	}

	private visitStatement(st: StatementNode): void {
		switch (st.nodeType) {
			case ParseNodeType.FunctionDef:
				this.visitFunction(st);
				break;
			case ParseNodeType.ClassDef:
				this.visitClass(st);
				break;
			case ParseNodeType.Global:
			case ParseNodeType.Nonlocal: {
				const isGlobal = st.nodeType === ParseNodeType.Global;
				for (const n of st.names) {
					const old = this.cur.symbols.get(n.value) ?? 0;
					const kw = isGlobal ? 'global' : 'nonlocal';
					// symtable.c reports these at the whole statement.
					if (old & SymFlags.Param) {
						this.error(`name '${n.value}' is parameter and ${kw}`, st);
					} else if (old & (SymFlags.Local | SymFlags.Use)) {
						const msg = old & SymFlags.Local ? `name '${n.value}' is assigned to before ${kw} declaration` : `name '${n.value}' is used prior to ${kw} declaration`;
						this.error(msg, st);
					} else if (!isGlobal && old & SymFlags.Global) {
						this.error(`name '${n.value}' is nonlocal and global`, st);
					} else if (isGlobal && old & SymFlags.Nonlocal) {
						this.error(`name '${n.value}' is nonlocal and global`, st);
					}
					if (!isGlobal && this.cur.kind === ScopeKind.Module) {
						this.error('nonlocal declaration not allowed at module level', st);
					}
					this.cur.add(n.value, isGlobal ? SymFlags.Global : SymFlags.Nonlocal);
				}
				break;
			}
			default:
				this.visitChildren(st);
		}
	}

	private visitFunction(f: FunctionDefNode): void {
		for (const d of f.decorators) this.visitExpr(d);
		this.visitParamDefaults(f.parameters, true);
		if (f.returns) this.visitExpr(f.returns);
		this.bind(f.name.value, f);
		const s = this.push(ScopeKind.Function, f.name.value, f);
		s.isCoroutine = f.isAsync;
		this.declareParams(f.parameters, f);
		this.visitBody(f.body);
		this.pop();
	}

	private visitClass(c: ClassDefNode): void {
		for (const d of c.decorators) this.visitExpr(d);
		for (const a of c.arguments) this.visitExpr(a.value);
		this.bind(c.name.value, c);
		this.push(ScopeKind.Class, c.name.value, c);
		this.visitBody(c.body);
		this.pop();
	}

	private visitParamDefaults(p: ParametersNode, annotations: boolean): void {
		const all = [...p.posOnly, ...p.args, ...p.kwOnly];
		for (const x of all) if (x.defaultValue) this.visitExpr(x.defaultValue);
		if (annotations) {
			for (const x of [...all, p.varArg, p.kwArg]) if (x?.annotation) this.visitExpr(x.annotation);
		}
	}

	private declareParams(p: ParametersNode, owner: ParseNode): void {
		const seen = new Set<string>();
		const names: NameNode[] = [];
		// CPython's co_varnames order: positional, keyword-only, then *args and **kwargs.
		for (const x of p.posOnly) names.push(x.name);
		for (const x of p.args) names.push(x.name);
		for (const x of p.kwOnly) names.push(x.name);
		if (p.varArg) names.push(p.varArg.name);
		if (p.kwArg) names.push(p.kwArg.name);
		for (const n of names) {
			if (seen.has(n.value)) this.error(`duplicate argument '${n.value}' in function definition`, n, owner);
			seen.add(n.value);
			this.cur.add(n.value, SymFlags.Param | SymFlags.Local);
			this.cur.params.push(n.value);
		}
	}

	private visitComprehension(node: ComprehensionLike): void {
		const gens = node.generators;
		// The first iterable is evaluated in the enclosing scope.
		this.visitExpr(gens[0].iterable);
		const kindName =
			node.nodeType === ParseNodeType.ListComprehension
				? '<listcomp>'
				: node.nodeType === ParseNodeType.SetComprehension
					? '<setcomp>'
					: node.nodeType === ParseNodeType.DictionaryComprehension
						? '<dictcomp>'
						: '<genexpr>';
		const s = this.push(ScopeKind.Comprehension, kindName, node);
		s.add('.0', SymFlags.Param | SymFlags.Local);
		s.params.push('.0');
		gens.forEach((g: ComprehensionNode, i: number) => {
			if (g.isAsync) s.hasAwait = true;
			if (i > 0) this.visitExpr(g.iterable);
			this.visitTarget(g.target, true);
			for (const c of g.conditions) this.visitExpr(c);
		});
		if (node.nodeType === ParseNodeType.DictionaryComprehension) {
			this.visitExpr(node.key);
			this.visitExpr(node.value);
		} else {
			this.visitExpr(node.element);
		}
		if (node.nodeType === ParseNodeType.GeneratorExpression) s.isGenerator = true;
		this.pop();
		if (s.hasAwait && node.nodeType !== ParseNodeType.GeneratorExpression) {
			// An async list/set/dict comprehension makes the enclosing function await too.
			this.cur.hasAwait = true;
		}
	}

	private visitTarget(t: ExpressionNode, inComprehension = false): void {
		switch (t.nodeType) {
			case ParseNodeType.Name:
				this.bind(t.value, t, inComprehension ? SymFlags.Local | SymFlags.Comprehension : SymFlags.Local);
				break;
			case ParseNodeType.Tuple:
			case ParseNodeType.List:
				for (const e of t.elements) this.visitTarget(e, inComprehension);
				break;
			case ParseNodeType.Starred:
				this.visitTarget(t.expression, inComprehension);
				break;
			default:
				this.visitExpr(t);
		}
	}

	private visitExpr(e: ExpressionNode | undefined): void {
		if (!e) return;
		switch (e.nodeType) {
			case ParseNodeType.Name:
				this.use(e.value);
				if (e.value === 'super' && this.cur.isFunctionLike()) this.cur.needsClassCell = true;
				if (e.value === '__class__' && this.cur.isFunctionLike()) this.cur.needsClassCell = true;
				return;
			case ParseNodeType.Lambda: {
				this.visitParamDefaults(e.parameters, false);
				this.push(ScopeKind.Lambda, '<lambda>', e);
				this.declareParams(e.parameters, e);
				this.visitExpr(e.body);
				this.pop();
				return;
			}
			case ParseNodeType.ListComprehension:
			case ParseNodeType.SetComprehension:
			case ParseNodeType.GeneratorExpression:
			case ParseNodeType.DictionaryComprehension:
				this.visitComprehension(e);
				return;
			case ParseNodeType.Yield:
			case ParseNodeType.YieldFrom:
				this.markYield(e);
				this.visitExpr(e.nodeType === ParseNodeType.Yield ? e.value : e.value);
				return;
			case ParseNodeType.Await:
				this.cur.hasAwait = true;
				this.visitExpr(e.expression);
				return;
			case ParseNodeType.AssignmentExpression: {
				this.visitExpr(e.value);
				// PEP 572: in a comprehension, the target binds in the nearest enclosing non-comprehension scope.
				let s: Scope = this.cur;
				while (s.kind === ScopeKind.Comprehension) {
					const f = s.symbols.get(e.name.value) ?? 0;
					if (f & SymFlags.Comprehension) {
						this.error(
							`assignment expression cannot rebind comprehension iteration variable '${e.name.value}'`,
							e.name
						);
					}
					s = s.parent!;
				}
				if (s !== this.cur) {
					if (s.kind === ScopeKind.Class) {
						this.error('assignment expression within a comprehension cannot be used in a class body', e);
					}
					if (!((s.symbols.get(e.name.value) ?? 0) & SymFlags.Global)) s.add(e.name.value, SymFlags.Local);
					// Inside the comprehension the name is free (resolved to s).
					let c: Scope = this.cur;
					while (c !== s) {
						c.add(e.name.value, SymFlags.Nonlocal | SymFlags.Use);
						c = c.parent!;
					}
					if (s.kind === ScopeKind.Module) {
						let c2: Scope = this.cur;
						while (c2 !== s) {
							c2.symbols.set(e.name.value, SymFlags.Global | SymFlags.Use);
							c2 = c2.parent!;
						}
					}
				} else {
					this.bind(e.name.value, e.name);
				}
				return;
			}
			default:
				this.visitChildren(e);
		}
	}

	private markYield(e: ParseNode): void {
		const s = this.cur;
		if (s.kind === ScopeKind.Comprehension && s.node.nodeType !== ParseNodeType.GeneratorExpression) {
			this.error("'yield' inside list comprehension", e);
			return;
		}
		if (s.kind === ScopeKind.Comprehension) {
			this.error("'yield' inside generator expression", e);
			return;
		}
		s.hasYield = true;
		if (s.kind === ScopeKind.Function || s.kind === ScopeKind.Lambda) s.isGenerator = true;
	}

	/** Generic traversal of statement/expression children, binding targets where they appear. */
	private visitChildren(n: ParseNode): void {
		switch (n.nodeType) {
			case ParseNodeType.Assign:
				this.visitExpr(n.value);
				for (const t of n.targets) this.visitTarget(t);
				return;
			case ParseNodeType.AugAssign:
				this.visitExpr(n.value);
				if (n.target.nodeType === ParseNodeType.Name) {
					this.use(n.target.value);
					this.bind(n.target.value, n.target);
				} else this.visitExpr(n.target);
				return;
			case ParseNodeType.AnnAssign:
				if (n.value) this.visitExpr(n.value);
				if (n.target.nodeType === ParseNodeType.Name) {
					this.cur.add(n.target.value, SymFlags.Annotated);
					if (n.value || this.cur.kind !== ScopeKind.Module) {
						if (n.value) this.bind(n.target.value, n.target);
					}
					if (this.cur.kind === ScopeKind.Function && !n.value) this.bind(n.target.value, n.target);
				} else this.visitExpr(n.target);
				if (this.cur.kind !== ScopeKind.Function) this.visitExpr(n.annotation);
				return;
			case ParseNodeType.For:
				this.visitExpr(n.iterable);
				this.visitTarget(n.target);
				this.visitBody(n.body);
				this.visitBody(n.orElse);
				if (n.isAsync) this.cur.hasAwait = true;
				return;
			case ParseNodeType.With:
				for (const it of n.items) {
					this.visitExpr(it.expression);
					if (it.target) this.visitTarget(it.target);
				}
				if (n.isAsync) this.cur.hasAwait = true;
				this.visitBody(n.body);
				return;
			case ParseNodeType.Try:
				this.visitBody(n.body);
				for (const h of n.handlers) {
					if (h.typeExpr) this.visitExpr(h.typeExpr);
					if (h.name) this.bind(h.name.value, h.name);
					this.visitBody(h.body);
				}
				this.visitBody(n.orElse);
				this.visitBody(n.finallyBody);
				return;
			case ParseNodeType.Import:
				for (const a of n.names) {
					const bound = a.asName ? a.asName.value : a.name.split('.')[0];
					this.bind(bound, a);
				}
				return;
			case ParseNodeType.ImportFrom:
				for (const a of n.names) {
					if (a.name === '*') {
						if (this.cur.kind !== ScopeKind.Module) this.error('import * only allowed at module level', n);
						continue;
					}
					this.bind(a.asName ? a.asName.value : a.name, a);
				}
				return;
			case ParseNodeType.Del:
				for (const t of n.targets) this.visitTarget(t);
				return;
			case ParseNodeType.Match:
				this.visitExpr(n.subject);
				for (const c of n.cases) {
					this.visitPattern(c.pattern);
					if (c.guard) this.visitExpr(c.guard);
					this.visitBody(c.body);
				}
				return;
			case ParseNodeType.TypeAlias:
				this.bind(n.name.value, n.name);
				this.visitExpr(n.value);
				return;
		}
		this.forEachChild(n, (c) => {
			if (isStatement(c)) this.visitStatement(c as StatementNode);
			else this.visitExpr(c as ExpressionNode);
		});
	}

	private visitPattern(p: PatternNode): void {
		switch (p.nodeType) {
			case ParseNodeType.MatchValue:
				this.visitExpr(p.value);
				return;
			case ParseNodeType.MatchSequence:
			case ParseNodeType.MatchOr:
				for (const x of p.patterns) this.visitPattern(x);
				return;
			case ParseNodeType.MatchMapping:
				for (const k of p.keys) this.visitExpr(k);
				for (const x of p.patterns) this.visitPattern(x);
				if (p.rest) this.bind(p.rest.value, p.rest);
				return;
			case ParseNodeType.MatchClass:
				this.visitExpr(p.cls);
				for (const x of p.patterns) this.visitPattern(x);
				for (const x of p.kwdPatterns) this.visitPattern(x);
				return;
			case ParseNodeType.MatchStar:
				if (p.name) this.bind(p.name.value, p.name);
				return;
			case ParseNodeType.MatchAs:
				if (p.pattern) this.visitPattern(p.pattern);
				if (p.name) this.bind(p.name.value, p.name);
				return;
		}
	}

	private forEachChild(n: ParseNode, f: (c: ParseNode) => void): void {
		for (const key in n) {
			if (key === 'parent') continue;
			const v = (n as unknown as Record<string, unknown>)[key];
			if (Array.isArray(v)) {
				for (const x of v) if (x && typeof x === 'object' && 'nodeType' in x) f(x as ParseNode);
			} else if (v && typeof v === 'object' && 'nodeType' in (v)) {
				f(v as ParseNode);
			} else if (v && typeof v === 'object' && key === 'entries') {
				// handled as array above
			}
		}
	}

	/** Second pass: decide local/cell/free/global for every name (CPython analyze_block). */
	private resolve(s: Scope, bound: Set<string>, globals: Set<string>): Set<string> {
		// Names bound in enclosing function scopes visible to children.
		const newBound = new Set(bound);
		const newGlobals = new Set(globals);
		if (s.kind === ScopeKind.Function || s.kind === ScopeKind.Lambda || s.kind === ScopeKind.Comprehension) {
			s.isGenerator = s.isGenerator || s.hasYield;
		}
		for (const [name, flags] of s.symbols) {
			if (flags & SymFlags.Global) {
				s.resolved.set(name, NameScope.GlobalExplicit);
				newGlobals.add(name);
				newBound.delete(name);
			} else if (flags & SymFlags.Nonlocal) {
				if (!bound.has(name) && s.kind !== ScopeKind.Module) {
					if (!this.errors.some((er) => er.message.includes(`'${name}'`)))
						this.error(`no binding for nonlocal '${name}' found`, s.node);
				}
				s.resolved.set(name, NameScope.Free);
			} else if (flags & SymFlags.Local) {
				if (s.kind === ScopeKind.Module) {
					s.resolved.set(name, NameScope.GlobalImplicit);
				} else {
					s.resolved.set(name, NameScope.Local);
					if (s.kind !== ScopeKind.Class) {
						newBound.add(name);
						newGlobals.delete(name);
					}
				}
			}
		}
		if (s.kind === ScopeKind.Class) {
			// Class-bound names are invisible to nested scopes.
		}
		if (s.kind === ScopeKind.Module) {
			newBound.clear();
		}
		// Class scopes offer an implicit __class__ cell to their methods.
		const childBound = new Set(newBound);
		if (s.kind === ScopeKind.Class) childBound.add('__class__');
		const freeInChildren = new Set<string>();
		for (const c of s.children) {
			for (const f of this.resolve(c, childBound, newGlobals)) freeInChildren.add(f);
		}
		// Names free in children that are local here become cells.
		const free = new Set<string>();
		for (const name of freeInChildren) {
			if (s.kind === ScopeKind.Class && name === '__class__') {
				s.hasClassCell = true;
				continue;
			}
			const r = s.resolved.get(name);
			if (r === NameScope.Local && s.kind !== ScopeKind.Class) {
				s.resolved.set(name, NameScope.Cell);
			} else if (r === NameScope.Cell) {
				// already a cell
			} else if (r === NameScope.GlobalExplicit) {
				// child resolved it as free but we declared global: leave
			} else if (r === NameScope.Free) {
				free.add(name);
			} else {
				// Passing through this scope (class or function that doesn't bind it).
				if (s.kind === ScopeKind.Class) {
					if (bound.has(name)) {
						free.add(name);
						if (!s.resolved.has(name)) s.resolved.set(name, NameScope.Free);
						s.classFreePassthrough.add(name);
					}
				} else if (bound.has(name)) {
					s.resolved.set(name, NameScope.Free);
					free.add(name);
				}
			}
		}
		// Names used here and not bound: free if an enclosing function binds them, else global.
		for (const [name, flags] of s.symbols) {
			if (s.resolved.has(name)) {
				if (s.resolved.get(name) === NameScope.Free) free.add(name);
				continue;
			}
			if (flags & SymFlags.Use) {
				if (s.kind !== ScopeKind.Module && bound.has(name) && !globals.has(name)) {
					s.resolved.set(name, NameScope.Free);
					free.add(name);
				} else if (s.kind === ScopeKind.Class && name === '__class__' && bound.has(name)) {
					s.resolved.set(name, NameScope.Free);
					free.add(name);
				} else {
					s.resolved.set(name, NameScope.GlobalImplicit);
				}
			}
		}
		if (s.needsClassCell && s.kind !== ScopeKind.Class) {
			if (bound.has('__class__')) {
				if (!s.resolved.has('__class__') || s.resolved.get('__class__') === NameScope.GlobalImplicit) {
					s.resolved.set('__class__', NameScope.Free);
				}
				free.add('__class__');
			}
		}
		return free;
	}
}


function isStatement(n: ParseNode): boolean {
	switch (n.nodeType) {
		case ParseNodeType.ExpressionStatement:
		case ParseNodeType.Assign:
		case ParseNodeType.AugAssign:
		case ParseNodeType.AnnAssign:
		case ParseNodeType.Pass:
		case ParseNodeType.Break:
		case ParseNodeType.Continue:
		case ParseNodeType.Return:
		case ParseNodeType.Raise:
		case ParseNodeType.Global:
		case ParseNodeType.Nonlocal:
		case ParseNodeType.Del:
		case ParseNodeType.Assert:
		case ParseNodeType.Import:
		case ParseNodeType.ImportFrom:
		case ParseNodeType.If:
		case ParseNodeType.While:
		case ParseNodeType.For:
		case ParseNodeType.With:
		case ParseNodeType.Try:
		case ParseNodeType.FunctionDef:
		case ParseNodeType.ClassDef:
		case ParseNodeType.Match:
		case ParseNodeType.TypeAlias:
			return true;
		default:
			return false;
	}
}

export { LambdaNode };
