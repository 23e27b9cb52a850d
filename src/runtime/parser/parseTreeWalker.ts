/*
 * parseTreeWalker.ts
 * Lists a node's children in source order and walks a parse tree (iteratively, so that very
 * deep trees cannot overflow the JS stack).
 */

import { ParseNode, ParseNodeType } from './parseNodes';

type Child = ParseNode | readonly ParseNode[] | undefined;

/** The children of a node, in source order, skipping absent optional children. */
export function getChildNodes(node: ParseNode): ParseNode[] {
	const out: ParseNode[] = [];
	const add = (...children: Child[]) => {
		for (const c of children) {
			if (!c) continue;
			if (Array.isArray(c)) {
				for (const x of c as readonly ParseNode[]) out.push(x);
			} else {
				out.push(c as ParseNode);
			}
		}
	};
	switch (node.nodeType) {
		case ParseNodeType.Error:
			add(node.child);
			break;
		case ParseNodeType.Module:
			add(node.body);
			break;
		case ParseNodeType.ExpressionStatement:
			add(node.expression);
			break;
		case ParseNodeType.Assign:
			add(node.targets, node.value);
			break;
		case ParseNodeType.AugAssign:
			add(node.target, node.value);
			break;
		case ParseNodeType.AnnAssign:
			add(node.target, node.annotation, node.value);
			break;
		case ParseNodeType.Pass:
		case ParseNodeType.Break:
		case ParseNodeType.Continue:
		case ParseNodeType.Name:
		case ParseNodeType.Constant:
			break;
		case ParseNodeType.Return:
			add(node.value);
			break;
		case ParseNodeType.Raise:
			add(node.exception, node.cause);
			break;
		case ParseNodeType.Global:
		case ParseNodeType.Nonlocal:
			add(node.names);
			break;
		case ParseNodeType.Del:
			add(node.targets);
			break;
		case ParseNodeType.Assert:
			add(node.test, node.message);
			break;
		case ParseNodeType.Import:
			add(node.names);
			break;
		case ParseNodeType.ImportFrom:
			add(node.names);
			break;
		case ParseNodeType.Alias:
			add(node.asName);
			break;
		case ParseNodeType.If:
		case ParseNodeType.While:
			add(node.test, node.body, node.orElse);
			break;
		case ParseNodeType.For:
			add(node.target, node.iterable, node.body, node.orElse);
			break;
		case ParseNodeType.With:
			add(node.items, node.body);
			break;
		case ParseNodeType.WithItem:
			add(node.expression, node.target);
			break;
		case ParseNodeType.Try:
			add(node.body, node.handlers, node.orElse, node.finallyBody);
			break;
		case ParseNodeType.ExceptHandler:
			add(node.typeExpr, node.name, node.body);
			break;
		case ParseNodeType.FunctionDef:
			add(node.decorators, node.name, node.typeParameters, node.parameters, node.returns, node.body);
			break;
		case ParseNodeType.ClassDef:
			add(node.decorators, node.name, node.typeParameters, node.arguments, node.body);
			break;
		case ParseNodeType.Parameters: {
			// Source order: posOnly, args, *varArg, kwOnly, **kwArg.
			add(node.posOnly, node.args, node.varArg, node.kwOnly, node.kwArg);
			break;
		}
		case ParseNodeType.Parameter:
			add(node.name, node.annotation, node.defaultValue);
			break;
		case ParseNodeType.TypeParameter:
			add(node.name, node.bound, node.defaultValue);
			break;
		case ParseNodeType.TypeAlias:
			add(node.name, node.typeParameters, node.value);
			break;
		case ParseNodeType.Match:
			add(node.subject, node.cases);
			break;
		case ParseNodeType.MatchCase:
			add(node.pattern, node.guard, node.body);
			break;
		case ParseNodeType.MatchValue:
			add(node.value);
			break;
		case ParseNodeType.MatchSingleton:
			add(node.value);
			break;
		case ParseNodeType.MatchSequence:
		case ParseNodeType.MatchOr:
			add(node.patterns);
			break;
		case ParseNodeType.MatchMapping: {
			for (let i = 0; i < node.keys.length; i++) add(node.keys[i], node.patterns[i]);
			add(node.rest);
			break;
		}
		case ParseNodeType.MatchClass: {
			add(node.cls, node.patterns);
			for (let i = 0; i < node.kwdAttrs.length; i++) add(node.kwdAttrs[i], node.kwdPatterns[i]);
			break;
		}
		case ParseNodeType.MatchStar:
			add(node.name);
			break;
		case ParseNodeType.MatchAs:
			add(node.pattern, node.name);
			break;
		case ParseNodeType.FormattedString:
			add(node.parts);
			break;
		case ParseNodeType.FormattedValue:
			add(node.expression, node.formatSpec);
			break;
		case ParseNodeType.BinaryOperation:
			add(node.left, node.right);
			break;
		case ParseNodeType.UnaryOperation:
			add(node.expression);
			break;
		case ParseNodeType.BoolOperation:
			add(node.values);
			break;
		case ParseNodeType.Compare:
			add(node.left, node.comparators);
			break;
		case ParseNodeType.Call:
			add(node.func, node.arguments);
			break;
		case ParseNodeType.Argument:
			add(node.name, node.value);
			break;
		case ParseNodeType.MemberAccess:
			add(node.object, node.member);
			break;
		case ParseNodeType.Index:
			add(node.object, node.index);
			break;
		case ParseNodeType.Slice:
			add(node.lower, node.upper, node.step);
			break;
		case ParseNodeType.Starred:
			add(node.expression);
			break;
		case ParseNodeType.Tuple:
		case ParseNodeType.List:
		case ParseNodeType.Set:
			add(node.elements);
			break;
		case ParseNodeType.Dictionary:
			add(node.entries);
			break;
		case ParseNodeType.DictionaryKeyEntry:
			add(node.key, node.value);
			break;
		case ParseNodeType.DictionaryExpandEntry:
			add(node.value);
			break;
		case ParseNodeType.ListComprehension:
		case ParseNodeType.SetComprehension:
		case ParseNodeType.GeneratorExpression:
			add(node.element, node.generators);
			break;
		case ParseNodeType.DictionaryComprehension:
			add(node.key, node.value, node.generators);
			break;
		case ParseNodeType.Comprehension:
			add(node.target, node.iterable, node.conditions);
			break;
		case ParseNodeType.Lambda:
			add(node.parameters, node.body);
			break;
		case ParseNodeType.Ternary:
			add(node.ifExpr, node.test, node.elseExpr);
			break;
		case ParseNodeType.Yield:
			add(node.value);
			break;
		case ParseNodeType.YieldFrom:
			add(node.value);
			break;
		case ParseNodeType.Await:
			add(node.expression);
			break;
		case ParseNodeType.AssignmentExpression:
			add(node.name, node.value);
			break;
	}
	return out;
}

/**
 * Visits nodes depth-first in source order. Override visitNode; return false to skip a node's
 * children. Iterative: safe on very deep trees.
 */
export class ParseTreeWalker {
	walk(root: ParseNode): void {
		const stack: ParseNode[] = [root];
		while (stack.length > 0) {
			const node = stack.pop()!;
			if (this.visitNode(node)) {
				const children = getChildNodes(node);
				for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
			}
		}
	}

	visitNode(_node: ParseNode): boolean {
		return true;
	}
}
