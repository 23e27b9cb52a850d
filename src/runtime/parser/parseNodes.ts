/*
 * parseNodes.ts
 * The abstract syntax tree: node kinds, node interfaces and their factories.
 *
 * Nodes are flat: every node has `nodeType`, `start`, `length` (UTF-16 offsets into the source),
 * `parent`, and its own fields directly on the object. Factories set `parent` on children.
 * Field names follow CPython's `ast` module where the contract allows (targets, value, body,
 * orElse, ...). A tree that comes with diagnostics may contain `Error` nodes; a tree without
 * diagnostics never does.
 */

import { TextRange } from '../common/textRange';
import { OperatorType } from '../lexer/tokenizerTypes';

export { OperatorType } from '../lexer/tokenizerTypes';

export const enum ParseNodeType {
	Error, // 0
	Module,
	ExpressionStatement,
	Assign,
	AugAssign,
	AnnAssign,
	Pass,
	Break,
	Continue,
	Return,
	Raise, // 10
	Global,
	Nonlocal,
	Del,
	Assert,
	Import,
	ImportFrom,
	Alias,
	If,
	While,
	For, // 20
	With,
	WithItem,
	Try,
	ExceptHandler,
	FunctionDef,
	ClassDef,
	Parameters,
	Parameter,
	TypeAlias,
	Match, // 30
	MatchCase,
	Name,
	Constant,
	FormattedString,
	FormattedValue,
	BinaryOperation,
	UnaryOperation,
	BoolOperation,
	Compare,
	Call, // 40
	Argument,
	MemberAccess,
	Index,
	Slice,
	Starred,
	Tuple,
	List,
	Set,
	Dictionary,
	DictionaryKeyEntry, // 50
	DictionaryExpandEntry,
	ListComprehension,
	SetComprehension,
	GeneratorExpression,
	DictionaryComprehension,
	Comprehension,
	Lambda,
	Ternary,
	Yield,
	YieldFrom, // 60
	Await,
	AssignmentExpression,
	// Patterns of the match statement (names of CPython's ast.MatchXxx classes).
	MatchValue,
	MatchSingleton,
	MatchSequence,
	MatchMapping,
	MatchClass,
	MatchStar,
	MatchAs,
	MatchOr, // 70
	TypeParameter,
}

export const enum ConstantKind {
	Int,
	Float,
	Imaginary,
	String,
	Bytes,
	True,
	False,
	None,
	Ellipsis,
}

export const enum ArgumentCategory {
	Simple,
	/** `*x` */
	UnpackedList,
	/** `**x` */
	UnpackedDictionary,
}

export const enum ErrorCategory {
	MissingExpression,
	MissingStatement,
	MaxDepthExceeded,
	Other,
}

/** `-1` = no conversion; otherwise the conversion letter after `!`. */
export type FormatConversion = -1 | 's' | 'r' | 'a';

export interface ParseNodeBase<T extends ParseNodeType> {
	readonly nodeType: T;
	start: number;
	length: number;
	parent?: ParseNode | undefined;
}

function _create<T extends ParseNodeType>(nodeType: T, range: TextRange): ParseNodeBase<T> {
	return { nodeType, start: range.start, length: range.length, parent: undefined };
}

/** Sets `parent` on every child (single nodes or arrays, undefined skipped). Fixed arity: no rest array. */
function _adopt(
	node: ParseNode,
	a?: ParseNode | readonly ParseNode[],
	b?: ParseNode | readonly ParseNode[],
	c?: ParseNode | readonly ParseNode[],
	d?: ParseNode | readonly ParseNode[],
	e?: ParseNode | readonly ParseNode[],
	f?: ParseNode | readonly ParseNode[],
): void {
	if (a) _adoptOne(node, a);
	if (b) _adoptOne(node, b);
	if (c) _adoptOne(node, c);
	if (d) _adoptOne(node, d);
	if (e) _adoptOne(node, e);
	if (f) _adoptOne(node, f);
}

function _adoptOne(node: ParseNode, child: ParseNode | readonly ParseNode[]): void {
	if (Array.isArray(child)) {
		for (let i = 0; i < child.length; i++) (child[i] as ParseNode).parent = node;
	} else {
		(child as ParseNode).parent = node;
	}
}

/** Grows a node's range to cover a child or a token. */
export function extendRange(node: ParseNode, range: TextRange | undefined): void {
	TextRange.extend(node, range);
}

// ---------------------------------------------------------------------------------------------
// Statements

export interface ErrorNode extends ParseNodeBase<ParseNodeType.Error> {
	category: ErrorCategory;
	child?: ParseNode | undefined;
}
export namespace ErrorNode {
	export function create(range: TextRange, category: ErrorCategory, child?: ParseNode): ErrorNode {
		const node = _create(ParseNodeType.Error, range) as ErrorNode;
		node.category = category;
		node.child = child;
		_adopt(node, child);
		extendRange(node, child);
		return node;
	}
}

export interface ModuleNode extends ParseNodeBase<ParseNodeType.Module> {
	body: StatementNode[];
}
export namespace ModuleNode {
	export function create(range: TextRange, body: StatementNode[]): ModuleNode {
		const node = _create(ParseNodeType.Module, range) as ModuleNode;
		node.body = body;
		_adopt(node, body);
		return node;
	}
}

export interface ExpressionStatementNode extends ParseNodeBase<ParseNodeType.ExpressionStatement> {
	expression: ExpressionNode;
}
export namespace ExpressionStatementNode {
	export function create(expression: ExpressionNode): ExpressionStatementNode {
		const node = _create(ParseNodeType.ExpressionStatement, expression) as ExpressionStatementNode;
		node.expression = expression;
		_adopt(node, expression);
		return node;
	}
}

export interface AssignNode extends ParseNodeBase<ParseNodeType.Assign> {
	/** `a = b = 1` has two targets, in source order. */
	targets: ExpressionNode[];
	value: ExpressionNode;
}
export namespace AssignNode {
	export function create(targets: ExpressionNode[], value: ExpressionNode): AssignNode {
		const node = _create(ParseNodeType.Assign, targets[0]) as AssignNode;
		node.targets = targets;
		node.value = value;
		_adopt(node, targets, value);
		extendRange(node, value);
		return node;
	}
}

export interface AugAssignNode extends ParseNodeBase<ParseNodeType.AugAssign> {
	target: ExpressionNode;
	/** The binary operator: `+=` gives OperatorType.Add. */
	operator: OperatorType;
	value: ExpressionNode;
}
export namespace AugAssignNode {
	export function create(target: ExpressionNode, operator: OperatorType, value: ExpressionNode): AugAssignNode {
		const node = _create(ParseNodeType.AugAssign, target) as AugAssignNode;
		node.target = target;
		node.operator = operator;
		node.value = value;
		_adopt(node, target, value);
		extendRange(node, value);
		return node;
	}
}

export interface AnnAssignNode extends ParseNodeBase<ParseNodeType.AnnAssign> {
	target: ExpressionNode;
	annotation: ExpressionNode;
	value?: ExpressionNode | undefined;
	/** True when the target is a bare name that was not parenthesized (CPython's `simple`). */
	simple: boolean;
}
export namespace AnnAssignNode {
	export function create(
		target: ExpressionNode,
		annotation: ExpressionNode,
		value: ExpressionNode | undefined,
		simple: boolean,
	): AnnAssignNode {
		const node = _create(ParseNodeType.AnnAssign, target) as AnnAssignNode;
		node.target = target;
		node.annotation = annotation;
		node.value = value;
		node.simple = simple;
		_adopt(node, target, annotation, value);
		extendRange(node, annotation);
		extendRange(node, value);
		return node;
	}
}

export interface PassNode extends ParseNodeBase<ParseNodeType.Pass> {}
export namespace PassNode {
	export function create(range: TextRange): PassNode {
		return _create(ParseNodeType.Pass, range);
	}
}

export interface BreakNode extends ParseNodeBase<ParseNodeType.Break> {}
export namespace BreakNode {
	export function create(range: TextRange): BreakNode {
		return _create(ParseNodeType.Break, range);
	}
}

export interface ContinueNode extends ParseNodeBase<ParseNodeType.Continue> {}
export namespace ContinueNode {
	export function create(range: TextRange): ContinueNode {
		return _create(ParseNodeType.Continue, range);
	}
}

export interface ReturnNode extends ParseNodeBase<ParseNodeType.Return> {
	value?: ExpressionNode | undefined;
}
export namespace ReturnNode {
	export function create(range: TextRange, value?: ExpressionNode): ReturnNode {
		const node = _create(ParseNodeType.Return, range) as ReturnNode;
		node.value = value;
		_adopt(node, value);
		extendRange(node, value);
		return node;
	}
}

export interface RaiseNode extends ParseNodeBase<ParseNodeType.Raise> {
	exception?: ExpressionNode | undefined;
	cause?: ExpressionNode | undefined;
}
export namespace RaiseNode {
	export function create(range: TextRange, exception?: ExpressionNode, cause?: ExpressionNode): RaiseNode {
		const node = _create(ParseNodeType.Raise, range) as RaiseNode;
		node.exception = exception;
		node.cause = cause;
		_adopt(node, exception, cause);
		extendRange(node, exception);
		extendRange(node, cause);
		return node;
	}
}

export interface GlobalNode extends ParseNodeBase<ParseNodeType.Global> {
	names: NameNode[];
}
export namespace GlobalNode {
	export function create(range: TextRange, names: NameNode[]): GlobalNode {
		const node = _create(ParseNodeType.Global, range) as GlobalNode;
		node.names = names;
		_adopt(node, names);
		if (names.length) extendRange(node, names[names.length - 1]);
		return node;
	}
}

export interface NonlocalNode extends ParseNodeBase<ParseNodeType.Nonlocal> {
	names: NameNode[];
}
export namespace NonlocalNode {
	export function create(range: TextRange, names: NameNode[]): NonlocalNode {
		const node = _create(ParseNodeType.Nonlocal, range) as NonlocalNode;
		node.names = names;
		_adopt(node, names);
		if (names.length) extendRange(node, names[names.length - 1]);
		return node;
	}
}

export interface DelNode extends ParseNodeBase<ParseNodeType.Del> {
	targets: ExpressionNode[];
}
export namespace DelNode {
	export function create(range: TextRange, targets: ExpressionNode[]): DelNode {
		const node = _create(ParseNodeType.Del, range) as DelNode;
		node.targets = targets;
		_adopt(node, targets);
		if (targets.length) extendRange(node, targets[targets.length - 1]);
		return node;
	}
}

export interface AssertNode extends ParseNodeBase<ParseNodeType.Assert> {
	test: ExpressionNode;
	message?: ExpressionNode | undefined;
}
export namespace AssertNode {
	export function create(range: TextRange, test: ExpressionNode, message?: ExpressionNode): AssertNode {
		const node = _create(ParseNodeType.Assert, range) as AssertNode;
		node.test = test;
		node.message = message;
		_adopt(node, test, message);
		extendRange(node, test);
		extendRange(node, message);
		return node;
	}
}

export interface AliasNode extends ParseNodeBase<ParseNodeType.Alias> {
	/** Dotted name ("os.path"), or "*" for `from m import *`. */
	name: string;
	asName?: NameNode | undefined;
}
export namespace AliasNode {
	export function create(range: TextRange, name: string, asName?: NameNode): AliasNode {
		const node = _create(ParseNodeType.Alias, range) as AliasNode;
		node.name = name;
		node.asName = asName;
		_adopt(node, asName);
		extendRange(node, asName);
		return node;
	}
}

export interface ImportNode extends ParseNodeBase<ParseNodeType.Import> {
	names: AliasNode[];
}
export namespace ImportNode {
	export function create(range: TextRange, names: AliasNode[]): ImportNode {
		const node = _create(ParseNodeType.Import, range) as ImportNode;
		node.names = names;
		_adopt(node, names);
		if (names.length) extendRange(node, names[names.length - 1]);
		return node;
	}
}

export interface ImportFromNode extends ParseNodeBase<ParseNodeType.ImportFrom> {
	/** Dotted module name without the leading dots; '' for `from . import x`. */
	module: string;
	/** Number of leading dots. */
	level: number;
	/** A single alias named '*' for `from m import *`. */
	names: AliasNode[];
}
export namespace ImportFromNode {
	export function create(range: TextRange, module: string, level: number, names: AliasNode[]): ImportFromNode {
		const node = _create(ParseNodeType.ImportFrom, range) as ImportFromNode;
		node.module = module;
		node.level = level;
		node.names = names;
		_adopt(node, names);
		if (names.length) extendRange(node, names[names.length - 1]);
		return node;
	}
}

export interface IfNode extends ParseNodeBase<ParseNodeType.If> {
	test: ExpressionNode;
	body: StatementNode[];
	/** `elif` becomes an orElse holding one If node. */
	orElse: StatementNode[];
}
export namespace IfNode {
	export function create(range: TextRange, test: ExpressionNode, body: StatementNode[], orElse: StatementNode[]): IfNode {
		const node = _create(ParseNodeType.If, range) as IfNode;
		node.test = test;
		node.body = body;
		node.orElse = orElse;
		_adopt(node, test, body, orElse);
		_extendToLast(node, body);
		_extendToLast(node, orElse);
		return node;
	}
}

export interface WhileNode extends ParseNodeBase<ParseNodeType.While> {
	test: ExpressionNode;
	body: StatementNode[];
	orElse: StatementNode[];
}
export namespace WhileNode {
	export function create(range: TextRange, test: ExpressionNode, body: StatementNode[], orElse: StatementNode[]): WhileNode {
		const node = _create(ParseNodeType.While, range) as WhileNode;
		node.test = test;
		node.body = body;
		node.orElse = orElse;
		_adopt(node, test, body, orElse);
		_extendToLast(node, body);
		_extendToLast(node, orElse);
		return node;
	}
}

export interface ForNode extends ParseNodeBase<ParseNodeType.For> {
	target: ExpressionNode;
	iterable: ExpressionNode;
	body: StatementNode[];
	orElse: StatementNode[];
	isAsync: boolean;
}
export namespace ForNode {
	export function create(
		range: TextRange,
		target: ExpressionNode,
		iterable: ExpressionNode,
		body: StatementNode[],
		orElse: StatementNode[],
		isAsync: boolean,
	): ForNode {
		const node = _create(ParseNodeType.For, range) as ForNode;
		node.target = target;
		node.iterable = iterable;
		node.body = body;
		node.orElse = orElse;
		node.isAsync = isAsync;
		_adopt(node, target, iterable, body, orElse);
		_extendToLast(node, body);
		_extendToLast(node, orElse);
		return node;
	}
}

export interface WithItemNode extends ParseNodeBase<ParseNodeType.WithItem> {
	expression: ExpressionNode;
	target?: ExpressionNode | undefined;
}
export namespace WithItemNode {
	export function create(expression: ExpressionNode, target?: ExpressionNode): WithItemNode {
		const node = _create(ParseNodeType.WithItem, expression) as WithItemNode;
		node.expression = expression;
		node.target = target;
		_adopt(node, expression, target);
		extendRange(node, target);
		return node;
	}
}

export interface WithNode extends ParseNodeBase<ParseNodeType.With> {
	items: WithItemNode[];
	body: StatementNode[];
	isAsync: boolean;
}
export namespace WithNode {
	export function create(range: TextRange, items: WithItemNode[], body: StatementNode[], isAsync: boolean): WithNode {
		const node = _create(ParseNodeType.With, range) as WithNode;
		node.items = items;
		node.body = body;
		node.isAsync = isAsync;
		_adopt(node, items, body);
		_extendToLast(node, body);
		return node;
	}
}

export interface ExceptHandlerNode extends ParseNodeBase<ParseNodeType.ExceptHandler> {
	typeExpr?: ExpressionNode | undefined;
	name?: NameNode | undefined;
	body: StatementNode[];
}
export namespace ExceptHandlerNode {
	export function create(
		range: TextRange,
		typeExpr: ExpressionNode | undefined,
		name: NameNode | undefined,
		body: StatementNode[],
	): ExceptHandlerNode {
		const node = _create(ParseNodeType.ExceptHandler, range) as ExceptHandlerNode;
		node.typeExpr = typeExpr;
		node.name = name;
		node.body = body;
		_adopt(node, typeExpr, name, body);
		_extendToLast(node, body);
		return node;
	}
}

export interface TryNode extends ParseNodeBase<ParseNodeType.Try> {
	body: StatementNode[];
	handlers: ExceptHandlerNode[];
	orElse: StatementNode[];
	/** Empty when there is no finally clause. */
	finallyBody: StatementNode[];
	/** True for `except*` handlers (3.11+). */
	isStar: boolean;
}
export namespace TryNode {
	export function create(
		range: TextRange,
		body: StatementNode[],
		handlers: ExceptHandlerNode[],
		orElse: StatementNode[],
		finallyBody: StatementNode[],
		isStar: boolean,
	): TryNode {
		const node = _create(ParseNodeType.Try, range) as TryNode;
		node.body = body;
		node.handlers = handlers;
		node.orElse = orElse;
		node.finallyBody = finallyBody;
		node.isStar = isStar;
		_adopt(node, body, handlers, orElse, finallyBody);
		_extendToLast(node, body);
		_extendToLast(node, handlers);
		_extendToLast(node, orElse);
		_extendToLast(node, finallyBody);
		return node;
	}
}

export interface ParameterNode extends ParseNodeBase<ParseNodeType.Parameter> {
	name: NameNode;
	annotation?: ExpressionNode | undefined;
	defaultValue?: ExpressionNode | undefined;
}
export namespace ParameterNode {
	export function create(
		range: TextRange,
		name: NameNode,
		annotation?: ExpressionNode,
		defaultValue?: ExpressionNode,
	): ParameterNode {
		const node = _create(ParseNodeType.Parameter, range) as ParameterNode;
		node.name = name;
		node.annotation = annotation;
		node.defaultValue = defaultValue;
		_adopt(node, name, annotation, defaultValue);
		extendRange(node, name);
		extendRange(node, annotation);
		extendRange(node, defaultValue);
		return node;
	}
}

export interface ParametersNode extends ParseNodeBase<ParseNodeType.Parameters> {
	/** Before `/`. */
	posOnly: ParameterNode[];
	args: ParameterNode[];
	/** `*args` (undefined for a bare `*`). */
	varArg?: ParameterNode | undefined;
	kwOnly: ParameterNode[];
	kwArg?: ParameterNode | undefined;
}
export namespace ParametersNode {
	export function create(
		range: TextRange,
		posOnly: ParameterNode[],
		args: ParameterNode[],
		varArg: ParameterNode | undefined,
		kwOnly: ParameterNode[],
		kwArg: ParameterNode | undefined,
	): ParametersNode {
		const node = _create(ParseNodeType.Parameters, range) as ParametersNode;
		node.posOnly = posOnly;
		node.args = args;
		node.varArg = varArg;
		node.kwOnly = kwOnly;
		node.kwArg = kwArg;
		_adopt(node, posOnly, args, varArg, kwOnly, kwArg);
		return node;
	}
}

export interface TypeParameterNode extends ParseNodeBase<ParseNodeType.TypeParameter> {
	name: NameNode;
	/** 0 = TypeVar, 1 = TypeVarTuple (`*Ts`), 2 = ParamSpec (`**P`). */
	kind: 0 | 1 | 2;
	bound?: ExpressionNode | undefined;
	defaultValue?: ExpressionNode | undefined;
}
export namespace TypeParameterNode {
	export function create(
		range: TextRange,
		name: NameNode,
		kind: 0 | 1 | 2,
		bound?: ExpressionNode,
		defaultValue?: ExpressionNode,
	): TypeParameterNode {
		const node = _create(ParseNodeType.TypeParameter, range) as TypeParameterNode;
		node.name = name;
		node.kind = kind;
		node.bound = bound;
		node.defaultValue = defaultValue;
		_adopt(node, name, bound, defaultValue);
		extendRange(node, name);
		extendRange(node, bound);
		extendRange(node, defaultValue);
		return node;
	}
}

export interface FunctionDefNode extends ParseNodeBase<ParseNodeType.FunctionDef> {
	name: NameNode;
	parameters: ParametersNode;
	body: StatementNode[];
	/** Decorator expressions, top to bottom. */
	decorators: ExpressionNode[];
	returns?: ExpressionNode | undefined;
	isAsync: boolean;
	/** PEP 695 `def f[T](...)` (3.12+); undefined when absent. */
	typeParameters?: TypeParameterNode[] | undefined;
}
export namespace FunctionDefNode {
	export function create(
		range: TextRange,
		name: NameNode,
		parameters: ParametersNode,
		body: StatementNode[],
		decorators: ExpressionNode[],
		returns: ExpressionNode | undefined,
		isAsync: boolean,
		typeParameters?: TypeParameterNode[],
	): FunctionDefNode {
		const node = _create(ParseNodeType.FunctionDef, range) as FunctionDefNode;
		node.name = name;
		node.parameters = parameters;
		node.body = body;
		node.decorators = decorators;
		node.returns = returns;
		node.isAsync = isAsync;
		node.typeParameters = typeParameters;
		_adopt(node, name, parameters, body, decorators, returns, typeParameters);
		if (decorators.length) extendRange(node, decorators[0]);
		_extendToLast(node, body);
		return node;
	}
}

export interface ClassDefNode extends ParseNodeBase<ParseNodeType.ClassDef> {
	name: NameNode;
	/** Bases, `metaclass=...` keywords and `*args`/`**kw`, in source order. */
	arguments: ArgumentNode[];
	body: StatementNode[];
	decorators: ExpressionNode[];
	typeParameters?: TypeParameterNode[] | undefined;
}
export namespace ClassDefNode {
	export function create(
		range: TextRange,
		name: NameNode,
		args: ArgumentNode[],
		body: StatementNode[],
		decorators: ExpressionNode[],
		typeParameters?: TypeParameterNode[],
	): ClassDefNode {
		const node = _create(ParseNodeType.ClassDef, range) as ClassDefNode;
		node.name = name;
		node.arguments = args;
		node.body = body;
		node.decorators = decorators;
		node.typeParameters = typeParameters;
		_adopt(node, name, args, body, decorators, typeParameters);
		if (decorators.length) extendRange(node, decorators[0]);
		_extendToLast(node, body);
		return node;
	}
}

export interface TypeAliasNode extends ParseNodeBase<ParseNodeType.TypeAlias> {
	name: NameNode;
	typeParameters?: TypeParameterNode[] | undefined;
	value: ExpressionNode;
}
export namespace TypeAliasNode {
	export function create(
		range: TextRange,
		name: NameNode,
		typeParameters: TypeParameterNode[] | undefined,
		value: ExpressionNode,
	): TypeAliasNode {
		const node = _create(ParseNodeType.TypeAlias, range) as TypeAliasNode;
		node.name = name;
		node.typeParameters = typeParameters;
		node.value = value;
		_adopt(node, name, typeParameters, value);
		extendRange(node, value);
		return node;
	}
}

export interface MatchCaseNode extends ParseNodeBase<ParseNodeType.MatchCase> {
	pattern: PatternNode;
	guard?: ExpressionNode | undefined;
	body: StatementNode[];
}
export namespace MatchCaseNode {
	export function create(range: TextRange, pattern: PatternNode, guard: ExpressionNode | undefined, body: StatementNode[]): MatchCaseNode {
		const node = _create(ParseNodeType.MatchCase, range) as MatchCaseNode;
		node.pattern = pattern;
		node.guard = guard;
		node.body = body;
		_adopt(node, pattern, guard, body);
		_extendToLast(node, body);
		return node;
	}
}

export interface MatchNode extends ParseNodeBase<ParseNodeType.Match> {
	subject: ExpressionNode;
	cases: MatchCaseNode[];
}
export namespace MatchNode {
	export function create(range: TextRange, subject: ExpressionNode, cases: MatchCaseNode[]): MatchNode {
		const node = _create(ParseNodeType.Match, range) as MatchNode;
		node.subject = subject;
		node.cases = cases;
		_adopt(node, subject, cases);
		_extendToLast(node, cases);
		return node;
	}
}

// ---------------------------------------------------------------------------------------------
// Patterns (match statement), shaped like CPython's ast.MatchXxx.

/** `case 1:`, `case a.b:`, `case -1+2j:` */
export interface MatchValueNode extends ParseNodeBase<ParseNodeType.MatchValue> {
	value: ExpressionNode;
}
/** `case None:`, `case True:`, `case False:` (value is a Constant node). */
export interface MatchSingletonNode extends ParseNodeBase<ParseNodeType.MatchSingleton> {
	value: ConstantNode;
}
/** `case [a, *rest]:` / `case (a, b):` / `case a, b:` */
export interface MatchSequenceNode extends ParseNodeBase<ParseNodeType.MatchSequence> {
	patterns: PatternNode[];
}
/** `case {"k": v, **rest}:` */
export interface MatchMappingNode extends ParseNodeBase<ParseNodeType.MatchMapping> {
	keys: ExpressionNode[];
	patterns: PatternNode[];
	rest?: NameNode | undefined;
}
/** `case Point(x, y=0):` */
export interface MatchClassNode extends ParseNodeBase<ParseNodeType.MatchClass> {
	cls: ExpressionNode;
	patterns: PatternNode[];
	kwdAttrs: NameNode[];
	kwdPatterns: PatternNode[];
}
/** `*rest` or `*_` (name undefined) inside a sequence pattern. */
export interface MatchStarNode extends ParseNodeBase<ParseNodeType.MatchStar> {
	name?: NameNode | undefined;
}
/** `case x:` (capture), `case _:` (both undefined), `case p as x:` */
export interface MatchAsNode extends ParseNodeBase<ParseNodeType.MatchAs> {
	pattern?: PatternNode | undefined;
	name?: NameNode | undefined;
}
/** `case 1 | 2:` */
export interface MatchOrNode extends ParseNodeBase<ParseNodeType.MatchOr> {
	patterns: PatternNode[];
}

export type PatternNode =
	| MatchValueNode
	| MatchSingletonNode
	| MatchSequenceNode
	| MatchMappingNode
	| MatchClassNode
	| MatchStarNode
	| MatchAsNode
	| MatchOrNode
	| ErrorNode;

export namespace PatternNode {
	/** Generic factory for pattern nodes: sets the fields and the children's parents. */
	export function create<T extends PatternNode>(nodeType: T['nodeType'], range: TextRange, fields: Omit<T, keyof ParseNodeBase<T['nodeType']>>): T {
		const node = _create(nodeType, range) as unknown as T;
		Object.assign(node, fields);
		for (const key of Object.keys(fields)) {
			const v = (fields as Record<string, unknown>)[key];
			if (Array.isArray(v)) _adopt(node, v as ParseNode[]);
			else if (v && typeof v === 'object' && 'nodeType' in (v)) _adopt(node, v as ParseNode);
		}
		return node;
	}
}

// ---------------------------------------------------------------------------------------------
// Expressions

export interface NameNode extends ParseNodeBase<ParseNodeType.Name> {
	/** NFKC-normalized identifier. */
	value: string;
}
export namespace NameNode {
	export function create(range: TextRange, value: string): NameNode {
		const node = _create(ParseNodeType.Name, range) as NameNode;
		node.value = value;
		return node;
	}
}

export interface ConstantNode extends ParseNodeBase<ParseNodeType.Constant> {
	kind: ConstantKind;
	/**
	 * Int: number (bigint beyond Number.MAX_SAFE_INTEGER); Float/Imaginary: number (the imaginary
	 * part); String: decoded text with adjacent literals merged; Bytes: number[] of byte values;
	 * True/False: boolean; None/Ellipsis: undefined.
	 */
	value: number | bigint | string | number[] | boolean | undefined;
}
export namespace ConstantNode {
	export function create(range: TextRange, kind: ConstantKind, value: ConstantNode['value']): ConstantNode {
		const node = _create(ParseNodeType.Constant, range) as ConstantNode;
		node.kind = kind;
		node.value = value;
		return node;
	}
}

export interface FormattedValueNode extends ParseNodeBase<ParseNodeType.FormattedValue> {
	expression: ExpressionNode;
	/** -1 for none, else 's' | 'r' | 'a'. `{x=}` without conversion or spec gets 'r'. */
	conversion: FormatConversion;
	formatSpec?: FormattedStringNode | undefined;
	/** For `{x=}`: the source text from after `{` through `=`, e.g. "x =" (printed before the value). */
	debugText?: string | undefined;
}
export namespace FormattedValueNode {
	export function create(
		range: TextRange,
		expression: ExpressionNode,
		conversion: FormatConversion,
		formatSpec: FormattedStringNode | undefined,
		debugText: string | undefined,
	): FormattedValueNode {
		const node = _create(ParseNodeType.FormattedValue, range) as FormattedValueNode;
		node.expression = expression;
		node.conversion = conversion;
		node.formatSpec = formatSpec;
		node.debugText = debugText;
		_adopt(node, expression, formatSpec);
		return node;
	}
}

export interface FormattedStringNode extends ParseNodeBase<ParseNodeType.FormattedString> {
	/** Literal pieces (String constants, adjacent ones merged, empty ones dropped) and fields. */
	parts: (ConstantNode | FormattedValueNode)[];
}
export namespace FormattedStringNode {
	export function create(range: TextRange, parts: (ConstantNode | FormattedValueNode)[]): FormattedStringNode {
		const node = _create(ParseNodeType.FormattedString, range) as FormattedStringNode;
		node.parts = parts;
		_adopt(node, parts);
		return node;
	}
}

export interface BinaryOperationNode extends ParseNodeBase<ParseNodeType.BinaryOperation> {
	left: ExpressionNode;
	operator: OperatorType;
	right: ExpressionNode;
}
export namespace BinaryOperationNode {
	export function create(left: ExpressionNode, operator: OperatorType, right: ExpressionNode): BinaryOperationNode {
		const node = _create(ParseNodeType.BinaryOperation, left) as BinaryOperationNode;
		node.left = left;
		node.operator = operator;
		node.right = right;
		_adopt(node, left, right);
		extendRange(node, right);
		return node;
	}
}

export interface UnaryOperationNode extends ParseNodeBase<ParseNodeType.UnaryOperation> {
	/** Add (+x), Subtract (-x), BitwiseInvert (~x), Not (not x). */
	operator: OperatorType;
	expression: ExpressionNode;
}
export namespace UnaryOperationNode {
	export function create(range: TextRange, operator: OperatorType, expression: ExpressionNode): UnaryOperationNode {
		const node = _create(ParseNodeType.UnaryOperation, range) as UnaryOperationNode;
		node.operator = operator;
		node.expression = expression;
		_adopt(node, expression);
		extendRange(node, expression);
		return node;
	}
}

export interface BoolOperationNode extends ParseNodeBase<ParseNodeType.BoolOperation> {
	operator: OperatorType.And | OperatorType.Or;
	/** Flattened: `a or b or c` has three values. */
	values: ExpressionNode[];
}
export namespace BoolOperationNode {
	export function create(operator: OperatorType.And | OperatorType.Or, values: ExpressionNode[]): BoolOperationNode {
		const node = _create(ParseNodeType.BoolOperation, values[0]) as BoolOperationNode;
		node.operator = operator;
		node.values = values;
		_adopt(node, values);
		_extendToLast(node, values);
		return node;
	}
}

export interface CompareNode extends ParseNodeBase<ParseNodeType.Compare> {
	left: ExpressionNode;
	operators: OperatorType[];
	comparators: ExpressionNode[];
}
export namespace CompareNode {
	export function create(left: ExpressionNode, operators: OperatorType[], comparators: ExpressionNode[]): CompareNode {
		const node = _create(ParseNodeType.Compare, left) as CompareNode;
		node.left = left;
		node.operators = operators;
		node.comparators = comparators;
		_adopt(node, left, comparators);
		_extendToLast(node, comparators);
		return node;
	}
}

export interface ArgumentNode extends ParseNodeBase<ParseNodeType.Argument> {
	category: ArgumentCategory;
	/** Keyword argument name (`f(x=1)`), undefined otherwise. */
	name?: NameNode | undefined;
	value: ExpressionNode;
}
export namespace ArgumentNode {
	export function create(range: TextRange, category: ArgumentCategory, name: NameNode | undefined, value: ExpressionNode): ArgumentNode {
		const node = _create(ParseNodeType.Argument, range) as ArgumentNode;
		node.category = category;
		node.name = name;
		node.value = value;
		_adopt(node, name, value);
		extendRange(node, name);
		extendRange(node, value);
		return node;
	}
}

export interface CallNode extends ParseNodeBase<ParseNodeType.Call> {
	func: ExpressionNode;
	arguments: ArgumentNode[];
}
export namespace CallNode {
	export function create(range: TextRange, func: ExpressionNode, args: ArgumentNode[]): CallNode {
		const node = _create(ParseNodeType.Call, range) as CallNode;
		node.func = func;
		node.arguments = args;
		_adopt(node, func, args);
		extendRange(node, func);
		return node;
	}
}

export interface MemberAccessNode extends ParseNodeBase<ParseNodeType.MemberAccess> {
	object: ExpressionNode;
	member: NameNode;
}
export namespace MemberAccessNode {
	export function create(object: ExpressionNode, member: NameNode): MemberAccessNode {
		const node = _create(ParseNodeType.MemberAccess, object) as MemberAccessNode;
		node.object = object;
		node.member = member;
		_adopt(node, object, member);
		extendRange(node, member);
		return node;
	}
}

export interface IndexNode extends ParseNodeBase<ParseNodeType.Index> {
	object: ExpressionNode;
	/** `a[i, j]` gives a Tuple (parenthesized: false); `a[1:2]` a Slice. */
	index: ExpressionNode;
}
export namespace IndexNode {
	export function create(range: TextRange, object: ExpressionNode, index: ExpressionNode): IndexNode {
		const node = _create(ParseNodeType.Index, range) as IndexNode;
		node.object = object;
		node.index = index;
		_adopt(node, object, index);
		extendRange(node, object);
		return node;
	}
}

export interface SliceNode extends ParseNodeBase<ParseNodeType.Slice> {
	lower?: ExpressionNode | undefined;
	upper?: ExpressionNode | undefined;
	step?: ExpressionNode | undefined;
}
export namespace SliceNode {
	export function create(range: TextRange, lower?: ExpressionNode, upper?: ExpressionNode, step?: ExpressionNode): SliceNode {
		const node = _create(ParseNodeType.Slice, range) as SliceNode;
		node.lower = lower;
		node.upper = upper;
		node.step = step;
		_adopt(node, lower, upper, step);
		extendRange(node, lower);
		extendRange(node, upper);
		extendRange(node, step);
		return node;
	}
}

export interface StarredNode extends ParseNodeBase<ParseNodeType.Starred> {
	expression: ExpressionNode;
}
export namespace StarredNode {
	export function create(range: TextRange, expression: ExpressionNode): StarredNode {
		const node = _create(ParseNodeType.Starred, range) as StarredNode;
		node.expression = expression;
		_adopt(node, expression);
		extendRange(node, expression);
		return node;
	}
}

export interface TupleNode extends ParseNodeBase<ParseNodeType.Tuple> {
	elements: ExpressionNode[];
	/** True when written inside parentheses (the range then includes them). */
	parenthesized: boolean;
}
export namespace TupleNode {
	export function create(range: TextRange, elements: ExpressionNode[], parenthesized: boolean): TupleNode {
		const node = _create(ParseNodeType.Tuple, range) as TupleNode;
		node.elements = elements;
		node.parenthesized = parenthesized;
		_adopt(node, elements);
		_extendToLast(node, elements);
		return node;
	}
}

export interface ListNode extends ParseNodeBase<ParseNodeType.List> {
	elements: ExpressionNode[];
}
export namespace ListNode {
	export function create(range: TextRange, elements: ExpressionNode[]): ListNode {
		const node = _create(ParseNodeType.List, range) as ListNode;
		node.elements = elements;
		_adopt(node, elements);
		return node;
	}
}

export interface SetNode extends ParseNodeBase<ParseNodeType.Set> {
	elements: ExpressionNode[];
}
export namespace SetNode {
	export function create(range: TextRange, elements: ExpressionNode[]): SetNode {
		const node = _create(ParseNodeType.Set, range) as SetNode;
		node.elements = elements;
		_adopt(node, elements);
		return node;
	}
}

/** `key: value` inside a dict display. */
export interface DictionaryKeyEntryNode extends ParseNodeBase<ParseNodeType.DictionaryKeyEntry> {
	key: ExpressionNode;
	value: ExpressionNode;
}
export namespace DictionaryKeyEntryNode {
	export function create(key: ExpressionNode, value: ExpressionNode): DictionaryKeyEntryNode {
		const node = _create(ParseNodeType.DictionaryKeyEntry, key) as DictionaryKeyEntryNode;
		node.key = key;
		node.value = value;
		_adopt(node, key, value);
		extendRange(node, value);
		return node;
	}
}

/** `**value` inside a dict display; `key` is always undefined. */
export interface DictionaryExpandEntryNode extends ParseNodeBase<ParseNodeType.DictionaryExpandEntry> {
	key: undefined;
	value: ExpressionNode;
}
export namespace DictionaryExpandEntryNode {
	export function create(range: TextRange, value: ExpressionNode): DictionaryExpandEntryNode {
		const node = _create(ParseNodeType.DictionaryExpandEntry, range) as DictionaryExpandEntryNode;
		node.key = undefined;
		node.value = value;
		_adopt(node, value);
		extendRange(node, value);
		return node;
	}
}

export type DictionaryEntryNode = DictionaryKeyEntryNode | DictionaryExpandEntryNode;

export interface DictionaryNode extends ParseNodeBase<ParseNodeType.Dictionary> {
	entries: DictionaryEntryNode[];
}
export namespace DictionaryNode {
	export function create(range: TextRange, entries: DictionaryEntryNode[]): DictionaryNode {
		const node = _create(ParseNodeType.Dictionary, range) as DictionaryNode;
		node.entries = entries;
		_adopt(node, entries);
		return node;
	}
}

/** One `for target in iterable if cond...` clause (`async for` sets isAsync). */
export interface ComprehensionNode extends ParseNodeBase<ParseNodeType.Comprehension> {
	target: ExpressionNode;
	iterable: ExpressionNode;
	conditions: ExpressionNode[];
	isAsync: boolean;
}
export namespace ComprehensionNode {
	export function create(
		range: TextRange,
		target: ExpressionNode,
		iterable: ExpressionNode,
		conditions: ExpressionNode[],
		isAsync: boolean,
	): ComprehensionNode {
		const node = _create(ParseNodeType.Comprehension, range) as ComprehensionNode;
		node.target = target;
		node.iterable = iterable;
		node.conditions = conditions;
		node.isAsync = isAsync;
		_adopt(node, target, iterable, conditions);
		extendRange(node, iterable);
		_extendToLast(node, conditions);
		return node;
	}
}

export interface ListComprehensionNode extends ParseNodeBase<ParseNodeType.ListComprehension> {
	element: ExpressionNode;
	generators: ComprehensionNode[];
}
export interface SetComprehensionNode extends ParseNodeBase<ParseNodeType.SetComprehension> {
	element: ExpressionNode;
	generators: ComprehensionNode[];
}
export interface GeneratorExpressionNode extends ParseNodeBase<ParseNodeType.GeneratorExpression> {
	element: ExpressionNode;
	generators: ComprehensionNode[];
}
export namespace ListComprehensionNode {
	export function create(range: TextRange, element: ExpressionNode, generators: ComprehensionNode[]): ListComprehensionNode {
		const node = _create(ParseNodeType.ListComprehension, range) as ListComprehensionNode;
		node.element = element;
		node.generators = generators;
		_adopt(node, element, generators);
		return node;
	}
}

export namespace SetComprehensionNode {
	export function create(range: TextRange, element: ExpressionNode, generators: ComprehensionNode[]): SetComprehensionNode {
		const node = _create(ParseNodeType.SetComprehension, range) as SetComprehensionNode;
		node.element = element;
		node.generators = generators;
		_adopt(node, element, generators);
		return node;
	}
}

export namespace GeneratorExpressionNode {
	export function create(range: TextRange, element: ExpressionNode, generators: ComprehensionNode[]): GeneratorExpressionNode {
		const node = _create(ParseNodeType.GeneratorExpression, range) as GeneratorExpressionNode;
		node.element = element;
		node.generators = generators;
		_adopt(node, element, generators);
		return node;
	}
}

export interface DictionaryComprehensionNode extends ParseNodeBase<ParseNodeType.DictionaryComprehension> {
	key: ExpressionNode;
	value: ExpressionNode;
	generators: ComprehensionNode[];
}
export namespace DictionaryComprehensionNode {
	export function create(
		range: TextRange,
		key: ExpressionNode,
		value: ExpressionNode,
		generators: ComprehensionNode[],
	): DictionaryComprehensionNode {
		const node = _create(ParseNodeType.DictionaryComprehension, range) as DictionaryComprehensionNode;
		node.key = key;
		node.value = value;
		node.generators = generators;
		_adopt(node, key, value, generators);
		return node;
	}
}

export interface LambdaNode extends ParseNodeBase<ParseNodeType.Lambda> {
	parameters: ParametersNode;
	body: ExpressionNode;
}
export namespace LambdaNode {
	export function create(range: TextRange, parameters: ParametersNode, body: ExpressionNode): LambdaNode {
		const node = _create(ParseNodeType.Lambda, range) as LambdaNode;
		node.parameters = parameters;
		node.body = body;
		_adopt(node, parameters, body);
		extendRange(node, body);
		return node;
	}
}

export interface TernaryNode extends ParseNodeBase<ParseNodeType.Ternary> {
	test: ExpressionNode;
	/** Value when the test is true (written first). */
	ifExpr: ExpressionNode;
	elseExpr: ExpressionNode;
}
export namespace TernaryNode {
	export function create(ifExpr: ExpressionNode, test: ExpressionNode, elseExpr: ExpressionNode): TernaryNode {
		const node = _create(ParseNodeType.Ternary, ifExpr) as TernaryNode;
		node.test = test;
		node.ifExpr = ifExpr;
		node.elseExpr = elseExpr;
		_adopt(node, ifExpr, test, elseExpr);
		extendRange(node, elseExpr);
		return node;
	}
}

export interface YieldNode extends ParseNodeBase<ParseNodeType.Yield> {
	value?: ExpressionNode | undefined;
}
export namespace YieldNode {
	export function create(range: TextRange, value?: ExpressionNode): YieldNode {
		const node = _create(ParseNodeType.Yield, range) as YieldNode;
		node.value = value;
		_adopt(node, value);
		extendRange(node, value);
		return node;
	}
}

export interface YieldFromNode extends ParseNodeBase<ParseNodeType.YieldFrom> {
	value: ExpressionNode;
}
export namespace YieldFromNode {
	export function create(range: TextRange, value: ExpressionNode): YieldFromNode {
		const node = _create(ParseNodeType.YieldFrom, range) as YieldFromNode;
		node.value = value;
		_adopt(node, value);
		extendRange(node, value);
		return node;
	}
}

export interface AwaitNode extends ParseNodeBase<ParseNodeType.Await> {
	expression: ExpressionNode;
}
export namespace AwaitNode {
	export function create(range: TextRange, expression: ExpressionNode): AwaitNode {
		const node = _create(ParseNodeType.Await, range) as AwaitNode;
		node.expression = expression;
		_adopt(node, expression);
		extendRange(node, expression);
		return node;
	}
}

export interface AssignmentExpressionNode extends ParseNodeBase<ParseNodeType.AssignmentExpression> {
	name: NameNode;
	value: ExpressionNode;
}
export namespace AssignmentExpressionNode {
	export function create(name: NameNode, value: ExpressionNode): AssignmentExpressionNode {
		const node = _create(ParseNodeType.AssignmentExpression, name) as AssignmentExpressionNode;
		node.name = name;
		node.value = value;
		_adopt(node, name, value);
		extendRange(node, value);
		return node;
	}
}

function _extendToLast(node: ParseNode, list: readonly ParseNode[]): void {
	if (list.length > 0) {
		extendRange(node, list[list.length - 1]);
	}
}

// ---------------------------------------------------------------------------------------------
// Unions

export type StatementNode =
	| ExpressionStatementNode
	| AssignNode
	| AugAssignNode
	| AnnAssignNode
	| PassNode
	| BreakNode
	| ContinueNode
	| ReturnNode
	| RaiseNode
	| GlobalNode
	| NonlocalNode
	| DelNode
	| AssertNode
	| ImportNode
	| ImportFromNode
	| IfNode
	| WhileNode
	| ForNode
	| WithNode
	| TryNode
	| FunctionDefNode
	| ClassDefNode
	| TypeAliasNode
	| MatchNode
	| ErrorNode;

export type ExpressionNode =
	| NameNode
	| ConstantNode
	| FormattedStringNode
	| BinaryOperationNode
	| UnaryOperationNode
	| BoolOperationNode
	| CompareNode
	| CallNode
	| MemberAccessNode
	| IndexNode
	| SliceNode
	| StarredNode
	| TupleNode
	| ListNode
	| SetNode
	| DictionaryNode
	| ListComprehensionNode
	| SetComprehensionNode
	| GeneratorExpressionNode
	| DictionaryComprehensionNode
	| LambdaNode
	| TernaryNode
	| YieldNode
	| YieldFromNode
	| AwaitNode
	| AssignmentExpressionNode
	| ErrorNode;

export type ParseNode =
	| ModuleNode
	| StatementNode
	| ExpressionNode
	| AliasNode
	| WithItemNode
	| ExceptHandlerNode
	| ParametersNode
	| ParameterNode
	| TypeParameterNode
	| MatchCaseNode
	| PatternNode
	| FormattedValueNode
	| ArgumentNode
	| DictionaryKeyEntryNode
	| DictionaryExpandEntryNode
	| ComprehensionNode;

export function isExpressionNode(node: ParseNode): node is ExpressionNode {
	switch (node.nodeType) {
		case ParseNodeType.Name:
		case ParseNodeType.Constant:
		case ParseNodeType.FormattedString:
		case ParseNodeType.BinaryOperation:
		case ParseNodeType.UnaryOperation:
		case ParseNodeType.BoolOperation:
		case ParseNodeType.Compare:
		case ParseNodeType.Call:
		case ParseNodeType.MemberAccess:
		case ParseNodeType.Index:
		case ParseNodeType.Slice:
		case ParseNodeType.Starred:
		case ParseNodeType.Tuple:
		case ParseNodeType.List:
		case ParseNodeType.Set:
		case ParseNodeType.Dictionary:
		case ParseNodeType.ListComprehension:
		case ParseNodeType.SetComprehension:
		case ParseNodeType.GeneratorExpression:
		case ParseNodeType.DictionaryComprehension:
		case ParseNodeType.Lambda:
		case ParseNodeType.Ternary:
		case ParseNodeType.Yield:
		case ParseNodeType.YieldFrom:
		case ParseNodeType.Await:
		case ParseNodeType.AssignmentExpression:
		case ParseNodeType.Error:
			return true;
		default:
			return false;
	}
}
