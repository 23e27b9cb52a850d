/*
 * pyAstDump.ts
 * Converts our parse tree to the text of CPython 3.13's ast.dump() (show_empty=False), so that
 * tests can compare tree shapes with the real interpreter.
 */

import {
	ArgumentCategory,
	ConstantKind,
	ExpressionNode,
	OperatorType,
	ParametersNode,
	ParseNode,
	ParseNodeType,
	PatternNode,
	StatementNode,
} from '../../src/runtime/parser/parseNodes';

type Ctx = 'Load' | 'Store' | 'Del';

function field(name: string, value: string | undefined): string | undefined {
	return value === undefined ? undefined : `${name}=${value}`;
}

function list(items: string[]): string | undefined {
	return items.length === 0 ? undefined : `[${items.join(', ')}]`;
}

function call(name: string, ...fields: (string | undefined)[]): string {
	return `${name}(${fields.filter((f) => f !== undefined).join(', ')})`;
}

/** Python's repr() of a str. */
export function pyStrRepr(s: string): string {
	const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
	let out = quote;
	for (const ch of s) {
		const cp = ch.codePointAt(0)!;
		if (ch === quote || ch === '\\') out += '\\' + ch;
		else if (ch === '\n') out += '\\n';
		else if (ch === '\r') out += '\\r';
		else if (ch === '\t') out += '\\t';
		else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
		else if (cp >= 0x80 && cp < 0xa0) out += '\\x' + cp.toString(16).padStart(2, '0');
		else out += ch;
	}
	return out + quote;
}

function pyBytesRepr(bytes: number[]): string {
	const hasSingle = bytes.includes(39);
	const hasDouble = bytes.includes(34);
	const quote = hasSingle && !hasDouble ? '"' : "'";
	let out = 'b' + quote;
	for (const b of bytes) {
		const ch = String.fromCharCode(b);
		if (ch === quote || ch === '\\') out += '\\' + ch;
		else if (b === 10) out += '\\n';
		else if (b === 13) out += '\\r';
		else if (b === 9) out += '\\t';
		else if (b < 32 || b >= 127) out += '\\x' + b.toString(16).padStart(2, '0');
		else out += ch;
	}
	return out + quote;
}

/** Python's repr() of a float. */
export function pyFloatRepr(x: number): string {
	if (x === Infinity) return 'inf';
	if (x === -Infinity) return '-inf';
	if (Number.isNaN(x)) return 'nan';
	if (Number.isInteger(x) && Math.abs(x) < 1e16) return x.toFixed(1);
	const exp = x === 0 ? 0 : Math.floor(Math.log10(Math.abs(x)));
	if (exp < -4 || exp >= 16) {
		const [mant, e] = x.toExponential().split('e');
		const n = parseInt(e, 10);
		return `${mant}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
	}
	return String(x);
}

const _binOps: Partial<Record<OperatorType, string>> = {
	[OperatorType.Add]: 'Add',
	[OperatorType.Subtract]: 'Sub',
	[OperatorType.Multiply]: 'Mult',
	[OperatorType.MatrixMultiply]: 'MatMult',
	[OperatorType.Divide]: 'Div',
	[OperatorType.Mod]: 'Mod',
	[OperatorType.Power]: 'Pow',
	[OperatorType.LeftShift]: 'LShift',
	[OperatorType.RightShift]: 'RShift',
	[OperatorType.BitwiseOr]: 'BitOr',
	[OperatorType.BitwiseXor]: 'BitXor',
	[OperatorType.BitwiseAnd]: 'BitAnd',
	[OperatorType.FloorDivide]: 'FloorDiv',
	[OperatorType.Equals]: 'Eq',
	[OperatorType.NotEquals]: 'NotEq',
	[OperatorType.LessThan]: 'Lt',
	[OperatorType.LessThanOrEqual]: 'LtE',
	[OperatorType.GreaterThan]: 'Gt',
	[OperatorType.GreaterThanOrEqual]: 'GtE',
	[OperatorType.Is]: 'Is',
	[OperatorType.IsNot]: 'IsNot',
	[OperatorType.In]: 'In',
	[OperatorType.NotIn]: 'NotIn',
	[OperatorType.And]: 'And',
	[OperatorType.Or]: 'Or',
};

function op(o: OperatorType): string {
	return `${_binOps[o] ?? '?'}()`;
}

function unaryOp(o: OperatorType): string {
	switch (o) {
		case OperatorType.Add:
			return 'UAdd()';
		case OperatorType.Subtract:
			return 'USub()';
		case OperatorType.BitwiseInvert:
			return 'Invert()';
		case OperatorType.Not:
			return 'Not()';
		default:
			return '?()';
	}
}

function body(stmts: StatementNode[]): string | undefined {
	return list(stmts.map(stmt));
}

function args(p: ParametersNode): string {
	const arg = (a: { name: { value: string }; annotation?: ExpressionNode }) => call('arg', `arg=${pyStrRepr(a.name.value)}`, a.annotation && field('annotation', expr(a.annotation)));
	const positional = [...p.posOnly, ...p.args];
	const defaults = positional.filter((a) => a.defaultValue).map((a) => expr(a.defaultValue!));
	return call(
		'arguments',
		field('posonlyargs', list(p.posOnly.map(arg))),
		field('args', list(p.args.map(arg))),
		p.varArg && field('vararg', arg(p.varArg)),
		field('kwonlyargs', list(p.kwOnly.map(arg))),
		field('kw_defaults', list(p.kwOnly.map((a) => (a.defaultValue ? expr(a.defaultValue) : 'None')))),
		p.kwArg && field('kwarg', arg(p.kwArg)),
		field('defaults', list(defaults)),
	);
}

function typeParams(tp: { name: { value: string }; kind: number; bound?: ExpressionNode; defaultValue?: ExpressionNode }[] | undefined): string | undefined {
	if (!tp) return undefined;
	return list(
		tp.map((t) => {
			const kind = t.kind === 0 ? 'TypeVar' : t.kind === 1 ? 'TypeVarTuple' : 'ParamSpec';
			return call(kind, `name=${pyStrRepr(t.name.value)}`, t.bound && field('bound', expr(t.bound)), t.defaultValue && field('default_value', expr(t.defaultValue)));
		}),
	);
}

export function dumpModule(module: { body: StatementNode[] }): string {
	return call('Module', field('body', body(module.body)));
}

export function stmt(s: StatementNode): string {
	switch (s.nodeType) {
		case ParseNodeType.ExpressionStatement:
			return call('Expr', field('value', expr(s.expression)));
		case ParseNodeType.Assign:
			return call('Assign', field('targets', list(s.targets.map((t) => expr(t, 'Store')))), field('value', expr(s.value)));
		case ParseNodeType.AugAssign:
			return call('AugAssign', field('target', expr(s.target, 'Store')), field('op', op(s.operator)), field('value', expr(s.value)));
		case ParseNodeType.AnnAssign:
			return call(
				'AnnAssign',
				field('target', expr(s.target, 'Store')),
				field('annotation', expr(s.annotation)),
				s.value && field('value', expr(s.value)),
				`simple=${s.simple ? 1 : 0}`,
			);
		case ParseNodeType.Pass:
			return 'Pass()';
		case ParseNodeType.Break:
			return 'Break()';
		case ParseNodeType.Continue:
			return 'Continue()';
		case ParseNodeType.Return:
			return call('Return', s.value && field('value', expr(s.value)));
		case ParseNodeType.Raise:
			return call('Raise', s.exception && field('exc', expr(s.exception)), s.cause && field('cause', expr(s.cause)));
		case ParseNodeType.Global:
			return call('Global', field('names', list(s.names.map((n) => pyStrRepr(n.value)))));
		case ParseNodeType.Nonlocal:
			return call('Nonlocal', field('names', list(s.names.map((n) => pyStrRepr(n.value)))));
		case ParseNodeType.Del:
			return call('Delete', field('targets', list(s.targets.map((t) => expr(t, 'Del')))));
		case ParseNodeType.Assert:
			return call('Assert', field('test', expr(s.test)), s.message && field('msg', expr(s.message)));
		case ParseNodeType.Import:
			return call('Import', field('names', list(s.names.map((a) => call('alias', `name=${pyStrRepr(a.name)}`, a.asName && `asname=${pyStrRepr(a.asName.value)}`)))));
		case ParseNodeType.ImportFrom:
			return call(
				'ImportFrom',
				s.module ? `module=${pyStrRepr(s.module)}` : undefined,
				field('names', list(s.names.map((a) => call('alias', `name=${pyStrRepr(a.name)}`, a.asName && `asname=${pyStrRepr(a.asName.value)}`)))),
				`level=${s.level}`,
			);
		case ParseNodeType.If:
			return call('If', field('test', expr(s.test)), field('body', body(s.body)), field('orelse', body(s.orElse)));
		case ParseNodeType.While:
			return call('While', field('test', expr(s.test)), field('body', body(s.body)), field('orelse', body(s.orElse)));
		case ParseNodeType.For:
			return call(
				s.isAsync ? 'AsyncFor' : 'For',
				field('target', expr(s.target, 'Store')),
				field('iter', expr(s.iterable)),
				field('body', body(s.body)),
				field('orelse', body(s.orElse)),
			);
		case ParseNodeType.With:
			return call(
				s.isAsync ? 'AsyncWith' : 'With',
				field('items', list(s.items.map((i) => call('withitem', field('context_expr', expr(i.expression)), i.target && field('optional_vars', expr(i.target, 'Store')))))),
				field('body', body(s.body)),
			);
		case ParseNodeType.Try:
			return call(
				s.isStar ? 'TryStar' : 'Try',
				field('body', body(s.body)),
				field(
					'handlers',
					list(
						s.handlers.map((h) =>
							call('ExceptHandler', h.typeExpr && field('type', expr(h.typeExpr)), h.name && `name=${pyStrRepr(h.name.value)}`, field('body', body(h.body))),
						),
					),
				),
				field('orelse', body(s.orElse)),
				field('finalbody', body(s.finallyBody)),
			);
		case ParseNodeType.FunctionDef:
			return call(
				s.isAsync ? 'AsyncFunctionDef' : 'FunctionDef',
				`name=${pyStrRepr(s.name.value)}`,
				`args=${args(s.parameters)}`,
				field('body', body(s.body)),
				field('decorator_list', list(s.decorators.map((d) => expr(d)))),
				s.returns && field('returns', expr(s.returns)),
				field('type_params', typeParams(s.typeParameters)),
			);
		case ParseNodeType.ClassDef: {
			const bases = s.arguments.filter((a) => !a.name && a.category !== ArgumentCategory.UnpackedDictionary);
			const keywords = s.arguments.filter((a) => a.name || a.category === ArgumentCategory.UnpackedDictionary);
			return call(
				'ClassDef',
				`name=${pyStrRepr(s.name.value)}`,
				field('bases', list(bases.map((a) => (a.category === ArgumentCategory.UnpackedList ? `Starred(value=${expr(a.value)}, ctx=Load())` : expr(a.value))))),
				field('keywords', list(keywords.map((a) => call('keyword', a.name && `arg=${pyStrRepr(a.name.value)}`, field('value', expr(a.value)))))),
				field('body', body(s.body)),
				field('decorator_list', list(s.decorators.map((d) => expr(d)))),
				field('type_params', typeParams(s.typeParameters)),
			);
		}
		case ParseNodeType.TypeAlias:
			return call('TypeAlias', `name=Name(id=${pyStrRepr(s.name.value)}, ctx=Store())`, field('type_params', typeParams(s.typeParameters)), field('value', expr(s.value)));
		case ParseNodeType.Match:
			return call(
				'Match',
				field('subject', expr(s.subject)),
				field('cases', list(s.cases.map((c) => call('match_case', field('pattern', pattern(c.pattern)), c.guard && field('guard', expr(c.guard)), field('body', body(c.body)))))),
			);
		default:
			return `<${s.nodeType}>`;
	}
}

function pattern(p: PatternNode): string {
	switch (p.nodeType) {
		case ParseNodeType.MatchValue:
			return call('MatchValue', field('value', expr(p.value)));
		case ParseNodeType.MatchSingleton:
			return call('MatchSingleton', `value=${p.value.kind === ConstantKind.None ? 'None' : p.value.kind === ConstantKind.True ? 'True' : 'False'}`);
		case ParseNodeType.MatchSequence:
			return call('MatchSequence', field('patterns', list(p.patterns.map(pattern))));
		case ParseNodeType.MatchMapping:
			return call('MatchMapping', field('keys', list(p.keys.map((k) => expr(k)))), field('patterns', list(p.patterns.map(pattern))), p.rest && `rest=${pyStrRepr(p.rest.value)}`);
		case ParseNodeType.MatchClass:
			return call(
				'MatchClass',
				field('cls', expr(p.cls)),
				field('patterns', list(p.patterns.map(pattern))),
				field('kwd_attrs', list(p.kwdAttrs.map((n) => pyStrRepr(n.value)))),
				field('kwd_patterns', list(p.kwdPatterns.map(pattern))),
			);
		case ParseNodeType.MatchStar:
			return call('MatchStar', p.name && `name=${pyStrRepr(p.name.value)}`);
		case ParseNodeType.MatchAs:
			return call('MatchAs', p.pattern && field('pattern', pattern(p.pattern)), p.name && `name=${pyStrRepr(p.name.value)}`);
		case ParseNodeType.MatchOr:
			return call('MatchOr', field('patterns', list(p.patterns.map(pattern))));
		default:
			return '<error>';
	}
}

function comprehensions(gens: { target: ExpressionNode; iterable: ExpressionNode; conditions: ExpressionNode[]; isAsync: boolean }[]): string | undefined {
	return list(
		gens.map((g) => call('comprehension', field('target', expr(g.target, 'Store')), field('iter', expr(g.iterable)), field('ifs', list(g.conditions.map((c) => expr(c)))), `is_async=${g.isAsync ? 1 : 0}`)),
	);
}

function constant(n: { kind: ConstantKind; value: unknown }): string {
	switch (n.kind) {
		case ConstantKind.Int:
			return String(n.value);
		case ConstantKind.Float:
			return pyFloatRepr(n.value as number);
		case ConstantKind.Imaginary: {
			const v = n.value as number;
			return (Number.isInteger(v) && Math.abs(v) < 1e16 ? String(v) : pyFloatRepr(v)) + 'j';
		}
		case ConstantKind.String:
			return pyStrRepr(n.value as string);
		case ConstantKind.Bytes:
			return pyBytesRepr(n.value as number[]);
		case ConstantKind.True:
			return 'True';
		case ConstantKind.False:
			return 'False';
		case ConstantKind.None:
			return 'None';
		case ConstantKind.Ellipsis:
			return 'Ellipsis';
	}
}

function convCode(c: -1 | 's' | 'r' | 'a'): number {
	return c === -1 ? -1 : c.charCodeAt(0);
}

export function expr(e: ParseNode, ctx: Ctx = 'Load'): string {
	switch (e.nodeType) {
		case ParseNodeType.Name:
			return `Name(id=${pyStrRepr(e.value)}, ctx=${ctx}())`;
		case ParseNodeType.Constant:
			return `Constant(value=${constant(e)})`;
		case ParseNodeType.FormattedString:
			return call('JoinedStr', field('values', list(e.parts.map((p) => expr(p)))));
		case ParseNodeType.FormattedValue:
			return call('FormattedValue', field('value', expr(e.expression)), `conversion=${convCode(e.conversion)}`, e.formatSpec && field('format_spec', expr(e.formatSpec)));
		case ParseNodeType.BinaryOperation:
			return call('BinOp', field('left', expr(e.left)), field('op', op(e.operator)), field('right', expr(e.right)));
		case ParseNodeType.UnaryOperation:
			return call('UnaryOp', field('op', unaryOp(e.operator)), field('operand', expr(e.expression)));
		case ParseNodeType.BoolOperation:
			return call('BoolOp', field('op', op(e.operator)), field('values', list(e.values.map((v) => expr(v)))));
		case ParseNodeType.Compare:
			return call('Compare', field('left', expr(e.left)), field('ops', list(e.operators.map(op))), field('comparators', list(e.comparators.map((c) => expr(c)))));
		case ParseNodeType.Call: {
			const positional = e.arguments.filter((a) => !a.name && a.category !== ArgumentCategory.UnpackedDictionary);
			const keywords = e.arguments.filter((a) => a.name || a.category === ArgumentCategory.UnpackedDictionary);
			return call(
				'Call',
				field('func', expr(e.func)),
				field('args', list(positional.map((a) => (a.category === ArgumentCategory.UnpackedList ? `Starred(value=${expr(a.value)}, ctx=Load())` : expr(a.value))))),
				field('keywords', list(keywords.map((a) => call('keyword', a.name && `arg=${pyStrRepr(a.name.value)}`, field('value', expr(a.value)))))),
			);
		}
		case ParseNodeType.MemberAccess:
			return `Attribute(value=${expr(e.object)}, attr=${pyStrRepr(e.member.value)}, ctx=${ctx}())`;
		case ParseNodeType.Index:
			return `Subscript(value=${expr(e.object)}, slice=${expr(e.index)}, ctx=${ctx}())`;
		case ParseNodeType.Slice:
			return call('Slice', e.lower && field('lower', expr(e.lower)), e.upper && field('upper', expr(e.upper)), e.step && field('step', expr(e.step)));
		case ParseNodeType.Starred:
			return `Starred(value=${expr(e.expression, ctx)}, ctx=${ctx}())`;
		case ParseNodeType.Tuple:
			return call('Tuple', field('elts', list(e.elements.map((x) => expr(x, ctx)))), `ctx=${ctx}()`);
		case ParseNodeType.List:
			return call('List', field('elts', list(e.elements.map((x) => expr(x, ctx)))), `ctx=${ctx}()`);
		case ParseNodeType.Set:
			return call('Set', field('elts', list(e.elements.map((x) => expr(x)))));
		case ParseNodeType.Dictionary:
			return call(
				'Dict',
				field('keys', list(e.entries.map((x) => (x.key ? expr(x.key) : 'None')))),
				field('values', list(e.entries.map((x) => expr(x.value)))),
			);
		case ParseNodeType.ListComprehension:
			return call('ListComp', field('elt', expr(e.element)), field('generators', comprehensions(e.generators)));
		case ParseNodeType.SetComprehension:
			return call('SetComp', field('elt', expr(e.element)), field('generators', comprehensions(e.generators)));
		case ParseNodeType.GeneratorExpression:
			return call('GeneratorExp', field('elt', expr(e.element)), field('generators', comprehensions(e.generators)));
		case ParseNodeType.DictionaryComprehension:
			return call('DictComp', field('key', expr(e.key)), field('value', expr(e.value)), field('generators', comprehensions(e.generators)));
		case ParseNodeType.Lambda:
			return call('Lambda', `args=${args(e.parameters)}`, field('body', expr(e.body)));
		case ParseNodeType.Ternary:
			return call('IfExp', field('test', expr(e.test)), field('body', expr(e.ifExpr)), field('orelse', expr(e.elseExpr)));
		case ParseNodeType.Yield:
			return call('Yield', e.value && field('value', expr(e.value)));
		case ParseNodeType.YieldFrom:
			return call('YieldFrom', field('value', expr(e.value)));
		case ParseNodeType.Await:
			return call('Await', field('value', expr(e.expression)));
		case ParseNodeType.AssignmentExpression:
			return call('NamedExpr', field('target', expr(e.name, 'Store')), field('value', expr(e.value)));
		default:
			return `<${e.nodeType}>`;
	}
}
