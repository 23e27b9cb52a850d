/*
 * unparse.ts
 * The text CPython gives an annotation under `from __future__ import annotations` (PEP 563):
 * the expression unparsed from its tree (CPython's _PyAST_ExprAsUnicode, like ast.unparse),
 * so `dict[str,int]` becomes 'dict[str, int]' and "Foo" becomes "'Foo'". The forms annotations
 * use are rebuilt; anything else keeps its source text.
 */

import { ConstantKind, OperatorType, ParseNodeType, type ExpressionNode, type ParseNode } from '../parser/parseNodes';

/** repr() of a str as CPython writes it (single quotes unless the text has one and no double). */
function strRepr(s: string): string {
	const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
	let out = quote;
	for (const ch of s) {
		const c = ch.codePointAt(0)!;
		if (ch === quote || ch === '\\') out += '\\' + ch;
		else if (ch === '\n') out += '\\n';
		else if (ch === '\r') out += '\\r';
		else if (ch === '\t') out += '\\t';
		else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
		else out += ch;
	}
	return out + quote;
}

const BINARY: Partial<Record<OperatorType, string>> = {
	[OperatorType.BitwiseOr]: '|',
	[OperatorType.Add]: '+',
	[OperatorType.Subtract]: '-',
	[OperatorType.Multiply]: '*',
	[OperatorType.Divide]: '/',
};

/** The annotation text of `e` (source text for the forms not rebuilt). */
export function unparseAnnotation(e: ExpressionNode, source: string): string {
	const text = (n: ParseNode): string => source.slice(n.start, n.start + n.length);
	const go = (n: ExpressionNode, inSubscript = false): string => {
		switch (n.nodeType) {
			case ParseNodeType.Name:
				return n.value;
			case ParseNodeType.MemberAccess:
				return `${go(n.object)}.${n.member.value}`;
			case ParseNodeType.Index:
				return `${go(n.object)}[${go(n.index, true)}]`;
			case ParseNodeType.Tuple: {
				const inner = n.elements.map((x) => go(x)).join(', ');
				if (inSubscript && n.elements.length > 0) return inner;
				return n.elements.length === 1 ? `(${inner},)` : `(${inner})`;
			}
			case ParseNodeType.List:
				return `[${n.elements.map((x) => go(x)).join(', ')}]`;
			case ParseNodeType.Constant:
				switch (n.kind) {
					case ConstantKind.String:
						return typeof n.value === 'string' ? strRepr(n.value) : text(n);
					case ConstantKind.None:
						return 'None';
					case ConstantKind.True:
						return 'True';
					case ConstantKind.False:
						return 'False';
					case ConstantKind.Ellipsis:
						return '...';
					default:
						return text(n);
				}
			case ParseNodeType.BinaryOperation: {
				const op = BINARY[n.operator];
				if (op === undefined) return text(n);
				return `${go(n.left)} ${op} ${go(n.right)}`;
			}
			case ParseNodeType.Call: {
				const args = n.arguments.map((a) => {
					const v = go(a.value);
					return a.name ? `${a.name.value}=${v}` : v;
				});
				return `${go(n.func)}(${args.join(', ')})`;
			}
			default:
				return text(n).replace(/\s+/g, ' ');
		}
	};
	return go(e);
}
