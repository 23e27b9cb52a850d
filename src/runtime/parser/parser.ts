/*
 * parser.ts
 * Parser for the Python language. Converts a stream of tokens into an abstract syntax tree
 * (AST), recording CPython-worded syntax errors instead of throwing.
 */

import { Diagnostic, DiagnosticKind, createDiagnostic } from '../common/diagnostics';
import { LineTable, lineColOf, lineIndexOf } from '../common/positionUtils';
import { TextRange } from '../common/textRange';
import { InvalidToken, PythonVersionString, StringTokenWithError, Tokenizer, TokenizerError, TokenizerOutput, versionNumber } from '../lexer/tokenizer';
import {
	FStringSegment,
	IdentifierToken,
	KeywordToken,
	KeywordType,
	NumberKind,
	NumberToken,
	OperatorToken,
	OperatorType,
	StringToken,
	StringTokenFlags,
	Token,
	TokenType,
} from '../lexer/tokenizerTypes';
import {
	AliasNode,
	AnnAssignNode,
	ArgumentCategory,
	ArgumentNode,
	AssertNode,
	AssignmentExpressionNode,
	AssignNode,
	AugAssignNode,
	AwaitNode,
	BinaryOperationNode,
	BoolOperationNode,
	BreakNode,
	CallNode,
	ClassDefNode,
	CompareNode,
	ComprehensionNode,
	ConstantKind,
	ConstantNode,
	ContinueNode,
	DelNode,
	DictionaryComprehensionNode,
	DictionaryEntryNode,
	DictionaryExpandEntryNode,
	DictionaryKeyEntryNode,
	DictionaryNode,
	ErrorCategory,
	ErrorNode,
	ExceptHandlerNode,
	ExpressionNode,
	ExpressionStatementNode,
	ForNode,
	FormattedStringNode,
	FormattedValueNode,
	FunctionDefNode,
	GeneratorExpressionNode,
	GlobalNode,
	IfNode,
	ImportFromNode,
	ImportNode,
	IndexNode,
	LambdaNode,
	ListComprehensionNode,
	ListNode,
	MatchAsNode,
	MatchCaseNode,
	MatchClassNode,
	MatchMappingNode,
	MatchNode,
	MatchOrNode,
	MatchSequenceNode,
	MatchSingletonNode,
	MatchStarNode,
	MatchValueNode,
	MemberAccessNode,
	ModuleNode,
	NameNode,
	NonlocalNode,
	ParameterNode,
	ParametersNode,
	ParseNode,
	ParseNodeType,
	PassNode,
	PatternNode,
	RaiseNode,
	ReturnNode,
	SetComprehensionNode,
	SetNode,
	SliceNode,
	StarredNode,
	StatementNode,
	TernaryNode,
	TryNode,
	TupleNode,
	TypeAliasNode,
	TypeParameterNode,
	UnaryOperationNode,
	WhileNode,
	WithItemNode,
	WithNode,
	YieldFromNode,
	YieldNode,
} from './parseNodes';

export type { Diagnostic } from '../common/diagnostics';
export type { LineTable } from '../common/positionUtils';
export { lineColOf } from '../common/positionUtils';

export interface ParseOptions {
	pythonVersion?: PythonVersionString;
	filename?: string;
}

export interface ParseResult {
	module: ModuleNode;
	/**
	 * diagnostics[0] is the error CPython would raise (the first one by CPython's rules, which
	 * is not always the first by position); the others follow sorted by position.
	 */
	diagnostics: Diagnostic[];
	lines: LineTable;
}

export function parse(source: string, options?: ParseOptions): ParseResult {
	const parser = new Parser(source, options);
	return parser.parseModule();
}

/** Statement kinds named in "expected an indented block after ..." messages. */
const _blockNames: Record<string, string> = {
	def: 'function definition',
	class: 'class definition',
};

/** Expression names used in "cannot assign to %s" (CPython's _PyPegen_get_expr_name). */
function exprName(node: ExpressionNode): string {
	switch (node.nodeType) {
		case ParseNodeType.MemberAccess:
			return 'attribute';
		case ParseNodeType.Index:
			return 'subscript';
		case ParseNodeType.Starred:
			return 'starred';
		case ParseNodeType.Name:
			return 'name';
		case ParseNodeType.List:
			return 'list';
		case ParseNodeType.Tuple:
			return 'tuple';
		case ParseNodeType.Lambda:
			return 'lambda';
		case ParseNodeType.Call:
			return 'function call';
		case ParseNodeType.BoolOperation:
		case ParseNodeType.BinaryOperation:
		case ParseNodeType.UnaryOperation:
			return 'expression';
		case ParseNodeType.GeneratorExpression:
			return 'generator expression';
		case ParseNodeType.Yield:
		case ParseNodeType.YieldFrom:
			return 'yield expression';
		case ParseNodeType.Await:
			return 'await expression';
		case ParseNodeType.ListComprehension:
			return 'list comprehension';
		case ParseNodeType.SetComprehension:
			return 'set comprehension';
		case ParseNodeType.DictionaryComprehension:
			return 'dict comprehension';
		case ParseNodeType.Dictionary:
			return 'dict literal';
		case ParseNodeType.Set:
			return 'set display';
		case ParseNodeType.FormattedString:
			return 'f-string expression';
		case ParseNodeType.Constant:
			switch (node.kind) {
				case ConstantKind.None:
					return 'None';
				case ConstantKind.True:
					return 'True';
				case ConstantKind.False:
					return 'False';
				case ConstantKind.Ellipsis:
					return 'ellipsis';
				default:
					return 'literal';
			}
		case ParseNodeType.Compare:
			return 'comparison';
		case ParseNodeType.Ternary:
			return 'conditional expression';
		case ParseNodeType.AssignmentExpression:
			return 'named expression';
		case ParseNodeType.Slice:
			return 'slice';
		default:
			return 'expression';
	}
}

const enum TargetKind {
	Assign,
	Delete,
	For,
}

/** Function-like scope for context errors ('return' outside function, 'await' ...). */
interface ScopeInfo {
	kind: 'module' | 'function' | 'class' | 'lambda';
	isAsync: boolean;
	hasYield: boolean;
	returnsWithValue: ReturnNode[];
}

/** Errors CPython finds after parsing (symbol table, then code generation). */
interface LateError {
	phase: number;
	diagnostic: Diagnostic;
	/** The node the error is about; its final range is used (it may still grow after the error is noted). */
	range: TextRange;
}

/** Thrown only to unwind when the depth guard trips; caught in parseModule. */
class DepthExceeded {}

/**
 * Maximum nesting of recursive rules. CPython 3.13's parser gives up ("Parser stack overflowed -
 * Python source too complex to parse", a MemoryError) beyond 5968 nested unary minus / `not` /
 * conditional expressions and at 2984 nested lambdas or `**`; our units are counted to match.
 * A JS stack overflow before that point is caught and reported the same way.
 */
const _maxDepth = 5970;

export class Parser {
	private readonly _text: string;
	private readonly _version: number;
	private readonly _versionString: PythonVersionString;
	private _tokens: Token[] = [];
	private _tokenizerOutput!: TokenizerOutput;
	private _lines!: LineTable;
	private _index = 0;
	private _maxFetched = -1;
	private _depth = 0;

	private readonly _diagnostics: Diagnostic[] = [];
	/** First parser error (in time). */
	private _firstParserError: Diagnostic | undefined;
	/** Index of the furthest token fetched when the first parser error was recorded. */
	private _fetchedAtFirstError = 0;
	/** First tokenizer error the parser reached before any parser error. */
	private _fetchedTokenizerError: TokenizerError | undefined;
	private readonly _lateErrors: LateError[] = [];
	private _tooComplex = false;
	/** Rewrites errors found inside pre-3.12 f-string expressions (CPython's "f-string: " form). */
	private _errorTransform: ((d: Diagnostic) => Diagnostic) | undefined;

	private _scopes: ScopeInfo[] = [];
	private _loopDepth = 0;
	/** Nesting of brackets around the current expression (CPython's tokenizer level). */
	private _bracketLevel = 0;
	/** >0 while speculatively parsing: errors are dropped. */
	private _suppress = 0;
	private _suppressedErrorCount = 0;

	constructor(text: string, options?: ParseOptions) {
		this._text = text;
		this._versionString = options?.pythonVersion ?? '3.13';
		this._version = versionNumber(this._versionString);
	}

	parseModule(): ParseResult {
		const tokenizer = new Tokenizer(this._text, { pythonVersion: this._versionString });
		this._tokenizerOutput = tokenizer.tokenize();
		this._tokens = this._tokenizerOutput.tokens;
		this._lines = this._tokenizerOutput.lines;
		this._scopes.push({ kind: 'module', isAsync: false, hasYield: false, returnsWithValue: [] });

		const body: StatementNode[] = [];
		try {
			while (!this._atEof()) {
				const before = this._index;
				const stmt = this._parseStatement();
				if (stmt) {
					if (Array.isArray(stmt)) body.push(...stmt);
					else body.push(stmt);
				}
				if (this._index === before) {
					// Guarantee progress.
					this._index++;
				}
			}
		} catch (e) {
			if (!(e instanceof DepthExceeded) && !(e instanceof RangeError)) throw e;
			this._tooComplex = true;
		}
		const module = ModuleNode.create(TextRange.create(0, this._text.length), body);
		return { module, diagnostics: this._collectDiagnostics(), lines: this._lines };
	}

	// ------------------------------------------------------------------------------------------
	// Diagnostics

	private _collectDiagnostics(): Diagnostic[] {
		for (const e of this._lateErrors) {
			const d = e.diagnostic;
			const end = e.range.start + e.range.length;
			if (d.start !== e.range.start || d.end !== end) {
				e.diagnostic = createDiagnostic(this._lines, d.kind, d.message, e.range.start, end);
			}
		}
		const all: Diagnostic[] = [];
		const tokErrors = this._tokenizerOutput.errors;
		const firstFatal = tokErrors.find((e) => e.fatal);
		let first: Diagnostic | undefined;
		if (this._tooComplex) {
			first = createDiagnostic(this._lines, 'MemoryError' as DiagnosticKind, 'Parser stack overflowed - Python source too complex to parse', 0, 0);
		} else if (this._fetchedTokenizerError) {
			first = this._fetchedTokenizerError;
		} else if (this._firstParserError) {
			if (firstFatal && this._version >= 310) {
				first = firstFatal;
			} else {
				first = this._unclosedBracketOverride(this._firstParserError) ?? this._firstParserError;
			}
		} else if (firstFatal) {
			first = firstFatal;
		} else if (tokErrors.length > 0) {
			first = tokErrors[0];
		} else {
			let best: LateError | undefined;
			for (const e of this._lateErrors) {
				if (e.phase >= 0 && (!best || e.phase < best.phase)) best = e;
			}
			first = best?.diagnostic;
		}
		for (const e of tokErrors) all.push(this._plain(e));
		for (const d of this._diagnostics) all.push(d);
		for (const e of this._lateErrors) if (e.phase >= 0) all.push(e.diagnostic);
		all.sort((a, b) => a.start - b.start || a.end - b.end);
		if (!first) return all;
		const firstPlain = this._plain(first);
		const rest = all.filter((d) => !(d.start === firstPlain.start && d.message === firstPlain.message));
		return [firstPlain, ...rest];
	}

	private _plain(d: Diagnostic): Diagnostic {
		return {
			kind: d.kind,
			message: d.message,
			start: d.start,
			end: d.end,
			line: d.line,
			column: d.column,
			endLine: d.endLine,
			endColumn: d.endColumn,
		};
	}

	/**
	 * CPython: when the parser fails and brackets are still open at the end of the file, an
	 * innermost bracket opened on an earlier line than the error gives "'(' was never closed".
	 */
	private _unclosedBracketOverride(error: Diagnostic): Diagnostic | undefined {
		if (this._version < 310) return undefined;
		const open = this._tokenizerOutput.openBrackets;
		if (open.length === 0) return undefined;
		const innermost = open[open.length - 1];
		const line = lineIndexOf(this._lines, innermost.offset) + 1;
		const fetched = this._tokens[Math.min(this._fetchedAtFirstError, this._tokens.length - 1)];
		const fetchedLine = fetched ? lineIndexOf(this._lines, fetched.start) + 1 : error.line;
		if (Math.max(fetchedLine, error.line) > line) {
			return this._neverClosed(innermost.offset, innermost.char);
		}
		return undefined;
	}

	private _neverClosed(offset: number, ch: number): Diagnostic {
		const lc = lineColOf(this._lines, offset);
		return {
			kind: 'SyntaxError',
			message: `'${String.fromCharCode(ch)}' was never closed`,
			start: offset,
			end: offset + 1,
			line: lc.line,
			column: lc.column,
			endLine: lc.line,
			endColumn: 0,
		};
	}

	private _addError(message: string, start: number, end: number, kind: DiagnosticKind = 'SyntaxError', endColumn?: number): void {
		if (this._suppress > 0) {
			this._suppressedErrorCount++;
			return;
		}
		const d = createDiagnostic(this._lines, kind, message, start, end, endColumn);
		this._recordParserError(d);
	}

	private _recordParserError(d: Diagnostic): void {
		if (this._suppress > 0) {
			this._suppressedErrorCount++;
			return;
		}
		if (this._errorTransform) d = this._errorTransform(d);
		this._diagnostics.push(d);
		if (!this._firstParserError && !this._fetchedTokenizerError) {
			this._firstParserError = d;
			this._fetchedAtFirstError = this._maxFetched;
		}
	}

	private _addErrorNode(node: TextRange, message: string): void {
		this._addError(message, node.start, node.start + node.length);
	}

	/** A generic "invalid syntax" at a token; at the end of the file it becomes an EOF error. */
	private _invalidSyntaxAt(token: Token): void {
		if (this._suppress > 0) {
			this._suppressedErrorCount++;
			return;
		}
		if (token.type === TokenType.Invalid && (token as InvalidToken).errorIndex >= 0) {
			// The tokenizer error is reported (on fetch).
			this._recordParserError(this._plain(this._tokenizerOutput.errors[(token as InvalidToken).errorIndex]));
			return;
		}
		if (token.type === TokenType.EndOfStream || (token.type === TokenType.NewLine && token.length === 0)) {
			const open = this._tokenizerOutput.openBrackets;
			if (open.length > 0 && this._version < 310) {
				// "unexpected EOF while parsing", just past the last token.
				let k = this._tokens.length - 1;
				while (k > 0 && (this._tokens[k].type === TokenType.EndOfStream || this._tokens[k].type === TokenType.NewLine || this._tokens[k].type === TokenType.Dedent)) k--;
				const last = this._tokens[k];
				const end = last.start + last.length;
				const lc = lineColOf(this._lines, end);
				this._recordParserError({ kind: 'SyntaxError', message: 'unexpected EOF while parsing', start: end, end, line: lc.line, column: lc.column, endLine: lc.line, endColumn: lc.column });
				return;
			}
			if (open.length > 0) {
				const inner = open[open.length - 1];
				this._recordParserError(this._neverClosed(inner.offset, inner.char));
				return;
			}
		}
		if (token.type === TokenType.Indent) {
			this._unexpectedIndent(token);
			return;
		}
		const end = token.start + Math.max(token.length, 1);
		this._addError('invalid syntax', token.start, end);
	}

	private _unexpectedIndent(token: Token): void {
		const lc = lineColOf(this._lines, token.start + token.length);
		this._recordParserError({
			kind: 'IndentationError',
			message: 'unexpected indent',
			start: token.start,
			end: token.start + token.length,
			line: lc.line,
			column: lc.column - 1,
			endLine: lc.line,
			endColumn: -1,
		});
	}

	/** The def/lambda whose parameters are being parsed (where old versions report duplicates). */
	private _paramOwner: TextRange | null = null;

	private _addLateError(phase: number, message: string, range: TextRange): void {
		if (this._suppress > 0) return;
		this._lateErrors.push({ phase, range, diagnostic: createDiagnostic(this._lines, 'SyntaxError', message, range.start, range.start + range.length) });
	}

	// ------------------------------------------------------------------------------------------
	// Token cursor

	private _peekToken(n = 0): Token {
		const i = this._index + n;
		if (i > this._maxFetched) this._fetchTo(i);
		if (i >= this._tokens.length) return this._tokens[this._tokens.length - 1];
		return this._tokens[i];
	}

	/** CPython raises a tokenizer error as soon as the parser fetches its token. */
	private _fetchTo(i: number): void {
		const limit = Math.min(i, this._tokens.length - 1);
		for (let k = this._maxFetched + 1; k <= limit; k++) {
			const t = this._tokens[k];
			if (t.type === TokenType.Invalid) {
				const ei = (t as InvalidToken).errorIndex;
				if (ei >= 0 && !this._firstParserError && !this._fetchedTokenizerError && this._suppress === 0) {
					this._fetchedTokenizerError = this._tokenizerOutput.errors[ei];
				}
			}
		}
		if (limit > this._maxFetched) this._maxFetched = limit;
	}

	private _peekTokenType(n = 0): TokenType {
		return this._peekToken(n).type;
	}

	private _peekKeywordType(n = 0): KeywordType | undefined {
		const t = this._peekToken(n);
		return t.type === TokenType.Keyword ? (t as KeywordToken).keywordType : undefined;
	}

	private _peekOperatorType(n = 0): OperatorType | undefined {
		const t = this._peekToken(n);
		return t.type === TokenType.Operator ? (t as OperatorToken).operatorType : undefined;
	}

	private _getNextToken(): Token {
		const t = this._peekToken();
		if (t.type !== TokenType.EndOfStream) this._index++;
		return t;
	}

	private _atEof(): boolean {
		return this._peekTokenType() === TokenType.EndOfStream;
	}

	private _consumeTokenIfType(type: TokenType): Token | undefined {
		if (this._peekTokenType() === type) return this._getNextToken();
		return undefined;
	}

	private _consumeTokenIfKeyword(keyword: KeywordType): Token | undefined {
		if (this._peekKeywordType() === keyword) return this._getNextToken();
		return undefined;
	}

	private _consumeTokenIfOperator(op: OperatorType): Token | undefined {
		if (this._peekOperatorType() === op) return this._getNextToken();
		return undefined;
	}

	private _isIdentifier(n = 0, value?: string): boolean {
		const t = this._peekToken(n);
		return t.type === TokenType.Identifier && (value === undefined || (t as IdentifierToken).value === value);
	}

	private _getTokenIfIdentifier(): IdentifierToken | undefined {
		if (this._peekTokenType() === TokenType.Identifier) return this._getNextToken() as IdentifierToken;
		return undefined;
	}

	private _prevToken(): Token {
		return this._tokens[Math.max(this._index - 1, 0)];
	}

	/** Skips to just after the next NewLine (statement-level recovery). */
	private _consumeTokensUntilNewLine(): void {
		for (;;) {
			const t = this._peekToken();
			if (t.type === TokenType.EndOfStream) return;
			if (t.type === TokenType.NewLine) {
				this._getNextToken();
				return;
			}
			this._getNextToken();
		}
	}

	private _enter(): void {
		if (++this._depth > _maxDepth) {
			throw new DepthExceeded();
		}
	}

	private _leave(): void {
		this._depth--;
	}

	private _errorCount(): number {
		return this._diagnostics.length + this._suppressedErrorCount;
	}

	private _scope(): ScopeInfo {
		return this._scopes[this._scopes.length - 1];
	}

	/** The innermost function scope, skipping lambdas? No: CPython treats lambda as a function. */
	private _inFunction(): boolean {
		const k = this._scope().kind;
		return k === 'function' || k === 'lambda';
	}

	// ------------------------------------------------------------------------------------------
	// Statements

	// statement: compound_stmt | simple_stmts
	private _parseStatement(): StatementNode | StatementNode[] | undefined {
		this._enter();
		try {
			const t = this._peekToken();
			switch (t.type) {
				case TokenType.Indent:
					this._unexpectedIndent(t);
					this._getNextToken();
					return this._parseStatement();
				case TokenType.Dedent: {
					// Unmatched dedent at top level (after an error): skip.
					const d = this._getNextToken();
					void d;
					return undefined;
				}
				case TokenType.NewLine:
					this._getNextToken();
					return undefined;
				case TokenType.Invalid:
					this._invalidSyntaxAt(t);
					this._consumeTokensUntilNewLine();
					return undefined;
				case TokenType.Keyword:
					switch ((t as KeywordToken).keywordType) {
						case KeywordType.If:
							return this._parseIfStatement();
						case KeywordType.While:
							return this._parseWhileStatement();
						case KeywordType.For:
							return this._parseForStatement(undefined);
						case KeywordType.Try:
							return this._parseTryStatement();
						case KeywordType.With:
							return this._parseWithStatement(undefined);
						case KeywordType.Def:
							return this._parseFunctionDef(undefined, []);
						case KeywordType.Class:
							return this._parseClassDef([]);
						case KeywordType.Async:
							return this._parseAsyncStatement();
						default:
							break;
					}
					break;
				case TokenType.Operator:
					if ((t as OperatorToken).operatorType === OperatorType.MatrixMultiply) {
						return this._parseDecorated();
					}
					break;
				case TokenType.Identifier:
					if (this._version >= 310 && (t as IdentifierToken).value === 'match') {
						const m = this._tryParseMatchStatement();
						if (m) return m;
					}
					break;
			}
			return this._parseSimpleStatements();
		} finally {
			this._leave();
		}
	}

	// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
	private _parseSimpleStatements(): StatementNode[] {
		const statements: StatementNode[] = [];
		const errorsBefore = this._errorCount();
		for (;;) {
			const t = this._peekToken();
			if (t.type === TokenType.Indent) {
				this._unexpectedIndent(t);
				this._getNextToken();
				continue;
			}
			const stmt = this._parseSmallStatement();
			statements.push(stmt);
			if (this._errorCount() > errorsBefore) {
				this._consumeTokensUntilNewLine();
				return statements;
			}
			if (this._consumeTokenIfType(TokenType.Semicolon)) {
				const next = this._peekTokenType();
				if (next === TokenType.NewLine || next === TokenType.EndOfStream) break;
				continue;
			}
			break;
		}
		if (!this._consumeTokenIfType(TokenType.NewLine)) {
			const t = this._peekToken();
			if (t.type !== TokenType.EndOfStream) {
				this._reportUnexpectedAfterStatement(statements[statements.length - 1], t);
				this._consumeTokensUntilNewLine();
			}
		}
		return statements;
	}

	/** An extra token after a complete simple statement. */
	private _reportUnexpectedAfterStatement(stmt: StatementNode | undefined, t: Token): void {
		// `print x` / `exec x`: CPython's legacy statement hint.
		if (stmt && stmt.nodeType === ParseNodeType.ExpressionStatement) {
			const e = stmt.expression;
			if (e.nodeType === ParseNodeType.Name && (e.value === 'print' || e.value === 'exec') && t.type !== TokenType.OpenParenthesis) {
				if (this._startsExpression(t)) {
					const save = this._index;
					this._suppress++;
					const rest = this._parseTestOrStarListAsExpression(false, false);
					this._suppress--;
					this._index = save;
					if (rest.nodeType !== ParseNodeType.Error) {
						const restEnd = rest.start + rest.length;
						if (this._version >= 310) {
							this._addError(`Missing parentheses in call to '${e.value}'. Did you mean ${e.value}(...)?`, e.start, restEnd);
						} else if (e.value === 'print') {
							const args = this._text.slice(rest.start, restEnd);
							this._addError(`Missing parentheses in call to 'print'. Did you mean print(${args})?`, rest.start, restEnd);
						} else {
							this._addError(`Missing parentheses in call to '${e.value}'`, rest.start, restEnd);
						}
						return;
					}
				}
			}
		}
		this._invalidSyntaxAt(t);
	}

	// simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass'
	//     | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
	//     | type_alias
	private _parseSmallStatement(): StatementNode {
		const t = this._peekToken();
		if (t.type === TokenType.Keyword) {
			switch ((t as KeywordToken).keywordType) {
				case KeywordType.Pass:
					this._getNextToken();
					return PassNode.create(t);
				case KeywordType.Break: {
					this._getNextToken();
					const node = BreakNode.create(t);
					if (this._loopDepth === 0) this._addLateError(2, "'break' outside loop", t);
					return node;
				}
				case KeywordType.Continue: {
					this._getNextToken();
					const node = ContinueNode.create(t);
					if (this._loopDepth === 0) this._addLateError(2, "'continue' not properly in loop", t);
					return node;
				}
				case KeywordType.Return:
					return this._parseReturnStatement();
				case KeywordType.Raise:
					return this._parseRaiseStatement();
				case KeywordType.Global:
				case KeywordType.Nonlocal:
					return this._parseGlobalOrNonlocal();
				case KeywordType.Del:
					return this._parseDelStatement();
				case KeywordType.Assert:
					return this._parseAssertStatement();
				case KeywordType.Import:
					return this._parseImportStatement();
				case KeywordType.From:
					return this._parseFromImportStatement();
				default:
					break;
			}
		} else if (t.type === TokenType.Identifier && (t as IdentifierToken).value === 'type' && this._version >= 312) {
			const next = this._peekToken(1);
			if (next.type === TokenType.Identifier) {
				const after = this._peekToken(2);
				if ((after.type === TokenType.Operator && (after as OperatorToken).operatorType === OperatorType.Assign) || after.type === TokenType.OpenBracket) {
					return this._parseTypeAlias();
				}
			}
		}
		return this._parseExpressionStatement();
	}

	// return_stmt: 'return' [star_expressions]
	private _parseReturnStatement(): ReturnNode {
		const kw = this._getNextToken();
		let value: ExpressionNode | undefined;
		if (!this._isEndOfSimpleStatement()) {
			value = this._parseTestOrStarListAsExpression(true, true);
		}
		const node = ReturnNode.create(kw, value);
		if (!this._inFunction() || this._scope().kind === 'lambda') {
			this._addLateError(2, "'return' outside function", node);
		} else if (value) {
			this._scope().returnsWithValue.push(node);
		}
		return node;
	}

	private _isEndOfSimpleStatement(): boolean {
		const type = this._peekTokenType();
		return type === TokenType.NewLine || type === TokenType.Semicolon || type === TokenType.EndOfStream;
	}

	// raise_stmt: 'raise' expression ['from' expression] | 'raise'
	private _parseRaiseStatement(): RaiseNode {
		const kw = this._getNextToken();
		let exception: ExpressionNode | undefined;
		let cause: ExpressionNode | undefined;
		if (!this._isEndOfSimpleStatement()) {
			exception = this._parseTest();
			if (this._consumeTokenIfKeyword(KeywordType.From)) {
				cause = this._parseTest();
			}
		}
		return RaiseNode.create(kw, exception, cause);
	}

	// global_stmt: 'global' ','.NAME+ ; nonlocal_stmt: 'nonlocal' ','.NAME+
	private _parseGlobalOrNonlocal(): GlobalNode | NonlocalNode {
		const kw = this._getNextToken() as KeywordToken;
		const names: NameNode[] = [];
		for (;;) {
			const id = this._getTokenIfIdentifier();
			if (!id) {
				this._invalidSyntaxAt(this._peekToken());
				break;
			}
			names.push(NameNode.create(id, id.value));
			if (!this._consumeTokenIfType(TokenType.Comma)) break;
		}
		if (kw.keywordType === KeywordType.Global) {
			return GlobalNode.create(kw, names);
		}
		const node = NonlocalNode.create(kw, names);
		if (this._scope().kind === 'module') {
			this._addLateError(1, 'nonlocal declaration not allowed at module level', node);
		}
		return node;
	}

	// del_stmt: 'del' del_targets &(';' | NEWLINE)
	private _parseDelStatement(): DelNode {
		const kw = this._getNextToken();
		const expr = this._parseTestOrStarListAsExpression(true, false);
		const targets = expr.nodeType === ParseNodeType.Tuple && !expr.parenthesized ? expr.elements : [expr];
		for (const target of targets) {
			this._validateTarget(target, TargetKind.Delete, this._version < 309 ? expr : undefined);
		}
		return DelNode.create(kw, targets);
	}

	// assert_stmt: 'assert' expression [',' expression]
	private _parseAssertStatement(): AssertNode {
		const kw = this._getNextToken();
		const test = this._parseTest();
		let message: ExpressionNode | undefined;
		if (this._consumeTokenIfType(TokenType.Comma)) {
			message = this._parseTest();
		}
		return AssertNode.create(kw, test, message);
	}

	// dotted_name: dotted_name '.' NAME | NAME
	private _parseDottedName(): { name: string; end: number } | undefined {
		const first = this._getTokenIfIdentifier();
		if (!first) {
			this._invalidSyntaxAt(this._peekToken());
			return undefined;
		}
		let name = first.value;
		let end = first.start + first.length;
		while (this._peekTokenType() === TokenType.Dot) {
			this._getNextToken();
			const id = this._getTokenIfIdentifier();
			if (!id) {
				this._invalidSyntaxAt(this._peekToken());
				return undefined;
			}
			name += '.' + id.value;
			end = id.start + id.length;
		}
		return { name, end };
	}

	// import_name: 'import' ','.(dotted_name ['as' NAME])+
	private _parseImportStatement(): ImportNode {
		const kw = this._getNextToken();
		if (this._version >= 313 && this._isEndOfSimpleStatement()) {
			const t = this._peekToken();
			this._addError("Expected one or more names after 'import'", t.start, t.start + t.length);
			return ImportNode.create(kw, []);
		}
		const names: AliasNode[] = [];
		for (;;) {
			const start = this._peekToken().start;
			const dotted = this._parseDottedName();
			if (!dotted) break;
			let asName: NameNode | undefined;
			if (this._consumeTokenIfKeyword(KeywordType.As)) {
				const id = this._getTokenIfIdentifier();
				if (!id) {
					this._invalidSyntaxAt(this._peekToken());
					break;
				}
				asName = NameNode.create(id, id.value);
			}
			names.push(AliasNode.create(TextRange.fromBounds(start, dotted.end), dotted.name, asName));
			if (!this._consumeTokenIfType(TokenType.Comma)) break;
		}
		return ImportNode.create(kw, names);
	}

	// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
	//     | 'from' ('.' | '...')+ 'import' import_from_targets
	private _parseFromImportStatement(): ImportFromNode {
		const kw = this._getNextToken();
		let level = 0;
		for (;;) {
			const t = this._peekTokenType();
			if (t === TokenType.Dot) level++;
			else if (t === TokenType.Ellipsis) level += 3;
			else break;
			this._getNextToken();
		}
		let module = '';
		if (!this._isKeyword(KeywordType.Import) || level === 0) {
			const dotted = this._parseDottedName();
			if (!dotted) return ImportFromNode.create(kw, module, level, []);
			module = dotted.name;
		}
		if (!this._consumeTokenIfKeyword(KeywordType.Import)) {
			this._invalidSyntaxAt(this._peekToken());
			return ImportFromNode.create(kw, module, level, []);
		}
		const names: AliasNode[] = [];
		const star = this._consumeTokenIfOperator(OperatorType.Multiply);
		if (star) {
			names.push(AliasNode.create(star, '*'));
			if (this._scope().kind !== 'module') {
				this._addLateError(1, 'import * only allowed at module level', star);
			}
			return ImportFromNode.create(kw, module, level, names);
		}
		const paren = this._consumeTokenIfType(TokenType.OpenParenthesis);
		if (paren) this._bracketLevel++;
		for (;;) {
			const id = this._getTokenIfIdentifier();
			if (!id) {
				const t = this._peekToken();
				if (paren && t.type === TokenType.CloseParenthesis && names.length > 0) break;
				if (names.length === 0 && !paren && this._version >= 313 && (t.type === TokenType.NewLine || t.type === TokenType.EndOfStream)) {
					this._addError("Expected one or more names after 'import'", t.start, t.start + t.length);
					break;
				}
				this._invalidSyntaxAt(t);
				break;
			}
			let asName: NameNode | undefined;
			if (this._consumeTokenIfKeyword(KeywordType.As)) {
				const asId = this._getTokenIfIdentifier();
				if (!asId) {
					this._invalidSyntaxAt(this._peekToken());
					break;
				}
				asName = NameNode.create(asId, asId.value);
			}
			names.push(AliasNode.create(id, id.value, asName));
			const comma = this._consumeTokenIfType(TokenType.Comma);
			if (!comma) break;
			if (!paren && this._isEndOfSimpleStatement()) {
				const after = this._peekToken();
				this._addError('trailing comma not allowed without surrounding parentheses', after.start, after.start + Math.max(after.length, 1));
				break;
			}
		}
		if (paren) {
			this._bracketLevel--;
			if (!this._consumeTokenIfType(TokenType.CloseParenthesis)) {
				this._invalidSyntaxAt(this._peekToken());
			}
		}
		const node = ImportFromNode.create(kw, module, level, names);
		if (paren) extendTo(node, this._prevToken());
		return node;
	}

	// type_alias: "type" NAME [type_params] '=' expression
	private _parseTypeAlias(): TypeAliasNode {
		const kw = this._getNextToken();
		const id = this._getNextToken() as IdentifierToken;
		const name = NameNode.create(id, id.value);
		const typeParams = this._peekTokenType() === TokenType.OpenBracket ? this._parseTypeParameters() : undefined;
		if (!this._consumeTokenIfOperator(OperatorType.Assign)) {
			this._invalidSyntaxAt(this._peekToken());
		}
		const value = this._parseTest();
		return TypeAliasNode.create(kw, name, typeParams, value);
	}

	// type_params: '[' type_param_seq ']'
	private _parseTypeParameters(): TypeParameterNode[] {
		const open = this._getNextToken();
		const params: TypeParameterNode[] = [];
		this._bracketLevel++;
		if (this._version < 312) {
			this._invalidSyntaxAt(open);
		}
		while (this._peekTokenType() !== TokenType.CloseBracket && !this._atEof()) {
			const start = this._peekToken();
			let kind: 0 | 1 | 2 = 0;
			if (this._consumeTokenIfOperator(OperatorType.Multiply)) kind = 1;
			else if (this._consumeTokenIfOperator(OperatorType.Power)) kind = 2;
			const id = this._getTokenIfIdentifier();
			if (!id) {
				this._invalidSyntaxAt(this._peekToken());
				break;
			}
			let bound: ExpressionNode | undefined;
			let def: ExpressionNode | undefined;
			if (kind === 0 && this._consumeTokenIfType(TokenType.Colon)) bound = this._parseTest();
			if (this._consumeTokenIfOperator(OperatorType.Assign)) def = this._parseTest();
			params.push(TypeParameterNode.create(start, NameNode.create(id, id.value), kind, bound, def));
			if (!this._consumeTokenIfType(TokenType.Comma)) break;
		}
		this._bracketLevel--;
		if (!this._consumeTokenIfType(TokenType.CloseBracket)) {
			this._invalidSyntaxAt(this._peekToken());
		}
		return params;
	}

	private _isKeyword(kw: KeywordType, n = 0): boolean {
		return this._peekKeywordType(n) === kw;
	}

	// expression statements and assignments:
	//   assignment: NAME ':' expression ['=' annotated_rhs]
	//     | (star_targets '=')+ (yield_expr | star_expressions) | single_target augassign (yield_expr | star_expressions)
	//   star_expressions
	private _parseExpressionStatement(): StatementNode {
		const first = this._parseTestOrStarListAsExpression(false, true, true);
		if (first.nodeType === ParseNodeType.Error) {
			return first;
		}
		const t = this._peekToken();
		if (t.type === TokenType.Operator) {
			const op = (t as OperatorToken).operatorType;
			if (op === OperatorType.Assign) {
				return this._parseAssignmentChain(first);
			}
			const binary = augmentedToBinary(op);
			if (binary !== undefined) {
				this._getNextToken();
				this._validateAugTarget(first);
				const value = this._isKeyword(KeywordType.Yield) ? this._parseYield() : this._parseTestOrStarListAsExpression(false, true);
				return AugAssignNode.create(first, binary, value);
			}
			if (op === OperatorType.Walrus) {
				this._invalidSyntaxAt(t);
				return ErrorNode.create(first, ErrorCategory.Other, first);
			}
		}
		if (t.type === TokenType.Colon) {
			return this._parseAnnotatedAssignment(first);
		}
		const stmt = ExpressionStatementNode.create(first);
		if (first.nodeType === ParseNodeType.Starred) {
			this._addLateError(2, "can't use starred expression here", first);
		}
		return stmt;
	}

	private _parseAnnotatedAssignment(target: ExpressionNode): StatementNode {
		const colon = this._getNextToken();
		void colon;
		if (target.nodeType === ParseNodeType.Tuple && !target.parenthesized) {
			this._addErrorNode(target.elements[0] ?? target, 'only single target (not tuple) can be annotated');
		} else if (target.nodeType === ParseNodeType.Tuple || target.nodeType === ParseNodeType.List) {
			this._addErrorNode(target, `only single target (not ${target.nodeType === ParseNodeType.Tuple ? 'tuple' : 'list'}) can be annotated`);
		} else if (target.nodeType !== ParseNodeType.Name && target.nodeType !== ParseNodeType.MemberAccess && target.nodeType !== ParseNodeType.Index) {
			this._addErrorNode(target, 'illegal target for annotation');
		} else {
			this._checkDebugAssign(target);
		}
		const annotation = this._parseTest();
		let value: ExpressionNode | undefined;
		if (this._consumeTokenIfOperator(OperatorType.Assign)) {
			value = this._isKeyword(KeywordType.Yield) ? this._parseYield() : this._parseTestOrStarListAsExpression(false, true);
		}
		const simple = target.nodeType === ParseNodeType.Name && this._text.charCodeAt(target.start - 0) !== 40 && !this._isParenthesized(target);
		return AnnAssignNode.create(target, annotation, value, simple);
	}

	private _parenthesizedNodes = new WeakSet<ParseNode>();
	/** Parenthesized expressions' extent with their (outermost) parentheses. */
	private _parenExtent = new WeakMap<ParseNode, { start: number; end: number }>();

	/** Where `node` starts as an operand: CPython's enclosing node starts at its '('. */
	private _outerStart(node: TextRange): number {
		return this._parenExtent.get(node as ParseNode)?.start ?? node.start;
	}

	private _outerEnd(node: TextRange): number {
		return this._parenExtent.get(node as ParseNode)?.end ?? node.start + node.length;
	}

	/** An operator node spans its operands with their parentheses (`(a) / (b - 1)`). */
	private _spanOperands<T extends ParseNode>(node: T, first: TextRange, last: TextRange): T {
		const start = this._outerStart(first);
		const end = this._outerEnd(last);
		node.start = start;
		node.length = end - start;
		return node;
	}

	private _isParenthesized(node: ExpressionNode): boolean {
		return this._parenthesizedNodes.has(node);
	}

	private _parseAssignmentChain(first: ExpressionNode): StatementNode {
		const targets: ExpressionNode[] = [first];
		let value: ExpressionNode | undefined;
		for (;;) {
			this._getNextToken(); // '='
			const rhs = this._isKeyword(KeywordType.Yield) ? this._parseYield() : this._parseTestOrStarListAsExpression(false, true, true);
			if (this._peekOperatorType() === OperatorType.Assign) {
				targets.push(rhs);
				continue;
			}
			value = rhs;
			break;
		}
		// Validate targets (CPython reports the first invalid one).
		for (let i = 0; i < targets.length; i++) {
			const target = targets[i];
			if (target.nodeType === ParseNodeType.Error) continue;
			if (target.nodeType === ParseNodeType.Yield || target.nodeType === ParseNodeType.YieldFrom) {
				if (i === 0 && this._isParenthesized(target) && this._version < 310) {
					this._addErrorNode(target, 'cannot assign to yield expression');
				} else if (i === 0 && this._isParenthesized(target)) {
					this._addErrorNode(target, "cannot assign to yield expression here. Maybe you meant '==' instead of '='?");
				} else {
					this._addErrorNode(target, 'assignment to yield expression not possible');
				}
				break;
			}
			if (i === 0 && targets.length === 1 && this._isHereCandidate(target, value)) {
				this._addErrorNode(target, `cannot assign to ${this._exprName(target)} here. Maybe you meant '==' instead of '='?`);
				break;
			}
			if (!this._validateTarget(target, TargetKind.Assign)) break;
		}
		if (value.nodeType === ParseNodeType.Starred) {
			this._addLateError(2, "can't use starred expression here", value);
		}
		return AssignNode.create(targets, value);
	}

	/** CPython's invalid_named_expression alternative: `f() = 1` gets the "here. Maybe you meant '=='" hint. */
	private _isHereCandidate(target: ExpressionNode, value: ExpressionNode): boolean {
		switch (target.nodeType) {
			case ParseNodeType.Name:
			case ParseNodeType.MemberAccess:
			case ParseNodeType.Index:
			case ParseNodeType.List:
			case ParseNodeType.Tuple:
			case ParseNodeType.Starred:
			case ParseNodeType.GeneratorExpression:
			case ParseNodeType.Lambda:
			case ParseNodeType.Ternary:
			case ParseNodeType.BoolOperation:
			case ParseNodeType.Compare:
			case ParseNodeType.AssignmentExpression:
				return false;
			case ParseNodeType.UnaryOperation:
				if (target.operator === OperatorType.Not) return false;
				break;
			case ParseNodeType.Constant:
				if (target.kind === ConstantKind.True || target.kind === ConstantKind.False || target.kind === ConstantKind.None) return false;
				break;
		}
		if (this._version < 310) return false;
		// The right side must start with a bitwise_or-level expression.
		switch (value.nodeType) {
			case ParseNodeType.Lambda:
			case ParseNodeType.Yield:
			case ParseNodeType.YieldFrom:
			case ParseNodeType.Starred:
				return this._isParenthesized(value);
			case ParseNodeType.Tuple:
				return value.parenthesized || (value.elements.length > 0 && value.elements[0].nodeType !== ParseNodeType.Starred);
			case ParseNodeType.UnaryOperation:
				return value.operator !== OperatorType.Not || this._isParenthesized(value);
		}
		return true;
	}

	/** CPython's name for an expression in "cannot assign to ..." (older wording before 3.10). */
	private _exprName(node: ExpressionNode): string {
		const name = exprName(node);
		if (this._version < 310) {
			if (name === 'expression' && (node.nodeType === ParseNodeType.BinaryOperation || node.nodeType === ParseNodeType.UnaryOperation || node.nodeType === ParseNodeType.BoolOperation)) return 'operator';
			if (name === 'dict literal') return 'dict display';
			if (name === 'ellipsis') return 'Ellipsis';
		}
		return name;
	}

	private _checkDebugAssign(target: ExpressionNode): boolean {
		if (target.nodeType === ParseNodeType.Name && target.value === '__debug__') {
			this._addErrorNode(target, 'cannot assign to __debug__');
			return false;
		}
		return true;
	}

	/**
	 * Checks an assignment / del / for target and reports CPython's message for the first invalid
	 * part. Returns false when an error was reported.
	 */
	private _validateTarget(target: ExpressionNode, kind: TargetKind, anchor?: TextRange): boolean {
		const starCount = { n: 0 };
		const invalid = this._findInvalidTarget(target, kind, true, starCount);
		if (invalid) {
			if (invalid === 'reported') return false;
			// 3.7 said "can't".
			const verb = kind === TargetKind.Delete ? (this._version < 308 ? "can't delete" : 'cannot delete') : this._version < 308 ? "can't assign to" : 'cannot assign to';
			// Before 3.9 the error points at the whole target (or the with item).
			const at = this._version < 309 ? anchor ?? target : invalid;
			this._addError(`${verb} ${this._exprName(invalid)}`, at.start, at.start + at.length);
			return false;
		}
		if (kind !== TargetKind.Delete && target.nodeType === ParseNodeType.Starred) {
			this._addLateError(2, 'starred assignment target must be in a list or tuple', target);
		}
		return true;
	}

	private _findInvalidTarget(node: ExpressionNode, kind: TargetKind, top: boolean, stars: { n: number }): ExpressionNode | 'reported' | undefined {
		switch (node.nodeType) {
			case ParseNodeType.Name:
				if (kind !== TargetKind.Delete && node.value === '__debug__') {
					this._addErrorNode(node, 'cannot assign to __debug__');
					return 'reported';
				}
				return undefined;
			case ParseNodeType.MemberAccess:
			case ParseNodeType.Index:
				return undefined;
			case ParseNodeType.Tuple:
			case ParseNodeType.List: {
				let starred = 0;
				for (const e of node.elements) {
					const r = this._findInvalidTarget(e, kind, false, stars);
					if (r) return r;
					if (e.nodeType === ParseNodeType.Starred) starred++;
				}
				if (starred > 1 && kind !== TargetKind.Delete) {
					this._addLateError(2, this._version < 309 ? 'two starred expressions in assignment' : 'multiple starred expressions in assignment', node);
				}
				return undefined;
			}
			case ParseNodeType.Starred:
				if (kind === TargetKind.Delete) return node;
				return this._findInvalidTarget(node.expression, kind, false, stars);
			case ParseNodeType.Compare:
				if (kind === TargetKind.For) {
					if (node.operators[0] === OperatorType.In) return this._findInvalidTarget(node.left, kind, false, stars);
					return undefined;
				}
				return node;
			case ParseNodeType.Error:
				return 'reported';
			default:
				void top;
				return node;
		}
	}

	private _validateAugTarget(target: ExpressionNode): void {
		switch (target.nodeType) {
			case ParseNodeType.Name:
				this._checkDebugAssign(target);
				return;
			case ParseNodeType.MemberAccess:
			case ParseNodeType.Index:
			case ParseNodeType.Error:
				return;
			default:
				if (this._version === 308 && target.nodeType !== ParseNodeType.Tuple && target.nodeType !== ParseNodeType.List) {
					this._addErrorNode(target, `cannot assign to ${this._exprName(target)}`);
					return;
				}
				this._addErrorNode(
					target,
					this._version < 309 ? 'illegal expression for augmented assignment' : `'${this._exprName(target)}' is an illegal expression for augmented assignment`,
				);
		}
	}

	// ------------------------------------------------------------------------------------------
	// Compound statements

	/**
	 * block: NEWLINE INDENT statements DEDENT | simple_stmts
	 * Parses ':' and the block. `what` names the statement for the indentation message.
	 */
	private _parseSuite(what: string, headerStart: number, expectColon = true): StatementNode[] {
		if (expectColon && !this._consumeTokenIfType(TokenType.Colon)) {
			const t = this._peekToken();
			// CPython: "expected ':'" always after def/try/else/finally (a forced token), and
			// only before the end of the line after the other headers.
			const forced = what === 'def' || what === 'try' || what === 'else' || what === 'finally';
			if (t.type === TokenType.Invalid) {
				this._invalidSyntaxAt(t);
			} else if (this._version >= 310 && (forced || t.type === TokenType.NewLine)) {
				this._addError("expected ':'", t.start, t.start + Math.max(t.length, 1));
			} else {
				this._invalidSyntaxAt(t);
			}
			// Recovery: skip to the end of the line, then parse an indented block if present.
			this._consumeTokensUntilNewLine();
			if (this._peekTokenType() === TokenType.Indent) {
				return this._parseIndentedBlock();
			}
			return [];
		}
		if (this._peekTokenType() === TokenType.NewLine) {
			const nl = this._getNextToken();
			if (this._peekTokenType() !== TokenType.Indent) {
				this._expectedIndentedBlock(what, headerStart, nl);
				return [];
			}
			return this._parseIndentedBlock();
		}
		if (this._atEof()) {
			this._invalidSyntaxAt(this._peekToken());
			return [];
		}
		return this._parseSimpleStatements();
	}

	private _expectedIndentedBlock(what: string, headerStart: number, newline: Token): void {
		const next = this._peekToken();
		if (next.type === TokenType.Invalid) {
			this._invalidSyntaxAt(next);
			return;
		}
		const headerLine = lineIndexOf(this._lines, headerStart) + 1;
		let message =
			this._version >= 310
				? `expected an indented block after ${_blockNames[what] ?? `'${what}' statement`} on line ${headerLine}`
				: 'expected an indented block';
		if (next.type === TokenType.EndOfStream || next.type === TokenType.Dedent) {
			// Position of the NEWLINE, end_offset -1 (CPython reports the newline token).
			const nextReal = next.type === TokenType.Dedent ? this._firstRealTokenAfterDedents() : next;
			if (nextReal.type !== TokenType.EndOfStream) {
				// 3.13 underlines the token; older versions show one caret at its start.
				const end = nextReal.start + (this._version >= 313 ? nextReal.length : 1);
				this._addError(message, nextReal.start, end, 'IndentationError');
				return;
			}
			const lc = lineColOf(this._lines, newline.start);
			const oldEof = this._version < 309;
			if (oldEof) message = 'unexpected EOF while parsing';
			this._recordParserError({
				kind: oldEof ? 'SyntaxError' : 'IndentationError',
				message,
				start: newline.start,
				end: newline.start + newline.length,
				line: lc.line,
				column: lc.column,
				endLine: lc.line,
				endColumn: -1,
			});
			return;
		}
		// 3.13 underlines the token; older versions show one caret at its start.
		const width = this._version >= 313 ? Math.max(next.length, 1) : 1;
		this._addError(message, next.start, next.start + width, 'IndentationError');
	}

	private _firstRealTokenAfterDedents(): Token {
		let n = 0;
		while (this._peekTokenType(n) === TokenType.Dedent) n++;
		return this._peekToken(n);
	}

	private _parseIndentedBlock(): StatementNode[] {
		this._getNextToken(); // Indent
		const body: StatementNode[] = [];
		for (;;) {
			const t = this._peekToken();
			if (t.type === TokenType.Dedent) {
				this._getNextToken();
				break;
			}
			if (t.type === TokenType.EndOfStream) break;
			const before = this._index;
			const stmt = this._parseStatement();
			if (stmt) {
				if (Array.isArray(stmt)) body.push(...stmt);
				else body.push(stmt);
			}
			if (this._index === before) this._getNextToken();
		}
		return body;
	}

	// if_stmt: 'if' named_expression ':' block elif_stmt | 'if' named_expression ':' block [else_block]
	private _parseIfStatement(keyword: 'if' | 'elif' = 'if'): IfNode {
		const kw = this._getNextToken();
		const test = this._parseNamedExpressionChecked();
		const body = this._parseSuite(keyword, kw.start);
		let orElse: StatementNode[] = [];
		if (this._isKeyword(KeywordType.Elif)) {
			orElse = [this._parseIfStatement('elif')];
		} else if (this._isKeyword(KeywordType.Else)) {
			const elseKw = this._getNextToken();
			orElse = this._parseSuite('else', elseKw.start);
		}
		return IfNode.create(kw, test, body, orElse);
	}

	// while_stmt: 'while' named_expression ':' block [else_block]
	private _parseWhileStatement(): WhileNode {
		const kw = this._getNextToken();
		const test = this._parseNamedExpressionChecked();
		this._loopDepth++;
		const body = this._parseSuite('while', kw.start);
		this._loopDepth--;
		let orElse: StatementNode[] = [];
		if (this._isKeyword(KeywordType.Else)) {
			const elseKw = this._getNextToken();
			orElse = this._parseSuite('else', elseKw.start);
		}
		return WhileNode.create(kw, test, body, orElse);
	}

	// for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
	private _parseForStatement(asyncToken: Token | undefined): ForNode {
		const kw = this._getNextToken();
		const start = asyncToken ?? kw;
		const target = this._parseTargetList();
		let iterable: ExpressionNode;
		if (target.nodeType !== ParseNodeType.Error) this._validateTarget(target, TargetKind.For);
		if (!this._consumeTokenIfKeyword(KeywordType.In)) {
			if (target.nodeType !== ParseNodeType.Error) this._invalidSyntaxAt(this._peekToken());
			iterable = ErrorNode.create(this._peekToken(), ErrorCategory.MissingExpression);
		} else {
			iterable = this._parseTestOrStarListAsExpression(false, true);
		}
		this._loopDepth++;
		const body = this._parseSuite('for', kw.start);
		this._loopDepth--;
		let orElse: StatementNode[] = [];
		if (this._isKeyword(KeywordType.Else)) {
			const elseKw = this._getNextToken();
			orElse = this._parseSuite('else', elseKw.start);
		}
		const node = ForNode.create(start, target, iterable, body, orElse, asyncToken !== undefined);
		if (asyncToken && !this._inAsyncFunction()) {
			this._addLateError(2, "'async for' outside async function", TextRange.fromBounds(start.start, this._headerEnd(node, body)));
		}
		return node;
	}

	/** End offset of a compound statement as CPython reports it (the whole statement). */
	private _headerEnd(node: ParseNode, _body: StatementNode[]): number {
		return node.start + node.length;
	}

	private _inAsyncFunction(): boolean {
		const s = this._scope();
		return s.kind === 'function' && s.isAsync;
	}

	/** star_targets for `for` loops and comprehensions: parsed as expressions up to 'in'. */
	private _parseTargetList(): ExpressionNode {
		const start = this._peekToken();
		const elements: ExpressionNode[] = [];
		let trailingComma = false;
		for (;;) {
			if (this._isKeyword(KeywordType.In) && elements.length > 0) break;
			const e = this._parseStarOrBitwiseOr();
			elements.push(e);
			if (e.nodeType === ParseNodeType.Error) return e;
			if (!this._consumeTokenIfType(TokenType.Comma)) {
				trailingComma = false;
				break;
			}
			trailingComma = true;
		}
		if (elements.length === 1 && !trailingComma) return elements[0];
		return TupleNode.create(TextRange.create(start.start, 0), elements, false);
	}

	/** star_expression target element: '*' bitwise_or | bitwise_or (no comparisons: `in` ends it). */
	private _parseStarOrBitwiseOr(): ExpressionNode {
		const star = this._consumeTokenIfOperator(OperatorType.Multiply);
		if (star) {
			const e = this._parseBitwiseOr();
			return StarredNode.create(star, e);
		}
		return this._parseBitwiseOr();
	}

	// try_stmt: 'try' ':' block finally_block | 'try' ':' block except_block+ [else_block] [finally_block]
	//     | 'try' ':' block except_star_block+ [else_block] [finally_block]
	private _parseTryStatement(): TryNode {
		const kw = this._getNextToken();
		const body = this._parseSuite('try', kw.start);
		const handlers: ExceptHandlerNode[] = [];
		let isStar = false;
		let sawBare: ExceptHandlerNode | undefined;
		while (this._isKeyword(KeywordType.Except)) {
			const exceptKw = this._getNextToken();
			let star = false;
			const starToken = this._peekOperatorType() === OperatorType.Multiply ? this._peekToken() : undefined;
			if (starToken) {
				if (this._version < 311) {
					this._invalidSyntaxAt(starToken);
				}
				this._getNextToken();
				star = true;
			}
			if (handlers.length > 0 && star !== isStar) {
				const kwEnd = starToken ? starToken.start + starToken.length : exceptKw.start + exceptKw.length;
				this._addError("cannot have both 'except' and 'except*' on the same 'try'", exceptKw.start, kwEnd);
			}
			isStar = star;
			let typeExpr: ExpressionNode | undefined;
			let name: NameNode | undefined;
			if (this._peekTokenType() !== TokenType.Colon) {
				typeExpr = this._parseTest();
				if (this._peekTokenType() === TokenType.Comma) {
					// `except A, B:` (3.13 wording; older: invalid syntax)
					const save = this._index;
					this._getNextToken();
					this._suppress++;
					const more = this._parseTest();
					this._suppress--;
					if (this._version >= 310 && more.nodeType !== ParseNodeType.Error) {
						const end = this._prevToken();
						this._addError('multiple exception types must be parenthesized', typeExpr.start, end.start + end.length);
					} else {
						this._index = save;
						this._invalidSyntaxAt(this._peekToken());
					}
				} else if (this._consumeTokenIfKeyword(KeywordType.As)) {
					const id = this._getTokenIfIdentifier();
					if (!id) {
						this._invalidSyntaxAt(this._peekToken());
					} else {
						name = NameNode.create(id, id.value);
					}
				}
			} else if (star) {
				this._addError('expected one or more exception types', this._peekToken().start, this._peekToken().start + 1);
			}
			if (sawBare) {
				this._addError("default 'except:' must be last", sawBare.start, sawBare.start + sawBare.length);
			}
			const handlerBody = this._parseSuite(star ? 'except*' : 'except', exceptKw.start);
			const handler = ExceptHandlerNode.create(exceptKw, typeExpr, name, handlerBody);
			if (!typeExpr) sawBare = handler;
			handlers.push(handler);
		}
		let orElse: StatementNode[] = [];
		let finallyBody: StatementNode[] = [];
		if (handlers.length > 0 && this._isKeyword(KeywordType.Else)) {
			const elseKw = this._getNextToken();
			orElse = this._parseSuite('else', elseKw.start);
		}
		if (this._isKeyword(KeywordType.Finally)) {
			const finKw = this._getNextToken();
			finallyBody = this._parseSuite('finally', finKw.start);
		} else if (handlers.length === 0) {
			const t = this._peekToken();
			if (this._version >= 310) {
				this._addError("expected 'except' or 'finally' block", t.start, t.start + Math.max(t.length, 1));
			} else {
				this._invalidSyntaxAt(t);
			}
		}
		return TryNode.create(kw, body, handlers, orElse, finallyBody, isStar);
	}

	// with_stmt: ['async'] 'with' ','.with_item+ ':' block
	//     | ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
	private _parseWithStatement(asyncToken: Token | undefined): WithNode {
		const kw = this._getNextToken();
		const start = asyncToken ?? kw;
		let items: WithItemNode[] | undefined;
		if (this._peekTokenType() === TokenType.OpenParenthesis) {
			// Parenthesized with-items (3.9+): try it speculatively.
			const save = this._index;
			this._suppress++;
			const errorsBefore = this._suppressedErrorCount;
			this._getNextToken();
			this._bracketLevel++;
			const list: WithItemNode[] = [];
			let ok = true;
			while (this._peekTokenType() !== TokenType.CloseParenthesis) {
				const item = this._parseWithItem();
				list.push(item);
				if (!this._consumeTokenIfType(TokenType.Comma)) break;
			}
			this._bracketLevel--;
			if (!this._consumeTokenIfType(TokenType.CloseParenthesis) || this._peekTokenType() !== TokenType.Colon || list.length === 0) ok = false;
			if (this._suppressedErrorCount !== errorsBefore) ok = false;
			this._suppress--;
			const hasAs = list.some((i) => i.target !== undefined);
			if (ok && (hasAs || list.length > 1)) {
				if (this._version < 309 && hasAs) {
					// Python 3.8: `with (a as b):` is invalid.
					this._index = save;
					this._getNextToken();
					this._parseTest();
					this._invalidSyntaxAt(this._peekToken());
					this._consumeTokensUntilNewLine();
					return WithNode.create(start, [], [], asyncToken !== undefined);
				}
				items = list;
			} else {
				this._index = save;
			}
		}
		if (!items) {
			items = [];
			for (;;) {
				items.push(this._parseWithItem());
				if (!this._consumeTokenIfType(TokenType.Comma)) break;
			}
		}
		const body = this._parseSuite('with', kw.start);
		const node = WithNode.create(start, items, body, asyncToken !== undefined);
		if (asyncToken && !this._inAsyncFunction()) {
			this._addLateError(2, "'async with' outside async function", node);
		}
		return node;
	}

	// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
	private _parseWithItem(): WithItemNode {
		const expression = this._parseTest();
		let target: ExpressionNode | undefined;
		if (this._consumeTokenIfKeyword(KeywordType.As)) {
			target = this._parseStarOrBitwiseOrTarget();
			this._validateTarget(target, TargetKind.Assign, expression);
		}
		return WithItemNode.create(expression, target);
	}

	/** star_target: a single target (possibly a parenthesized tuple / list). */
	private _parseStarOrBitwiseOrTarget(): ExpressionNode {
		return this._parseStarOrBitwiseOr();
	}

	// 'async' (function_def | with_stmt | for_stmt)
	private _parseAsyncStatement(): StatementNode | undefined {
		const asyncToken = this._getNextToken();
		switch (this._peekKeywordType()) {
			case KeywordType.Def:
				return this._parseFunctionDef(asyncToken, []);
			case KeywordType.With:
				return this._parseWithStatement(asyncToken);
			case KeywordType.For:
				return this._parseForStatement(asyncToken);
			default:
				this._invalidSyntaxAt(this._peekToken());
				this._consumeTokensUntilNewLine();
				return undefined;
		}
	}

	// decorators: ('@' named_expression NEWLINE)+
	private _parseDecorated(): StatementNode | undefined {
		const decorators: ExpressionNode[] = [];
		while (this._peekOperatorType() === OperatorType.MatrixMultiply) {
			const at = this._getNextToken();
			void at;
			const expr = this._parseNamedExpression();
			if (this._version < 309 && !this._isLegacyDecorator(expr)) {
				this._invalidSyntaxAt(this._tokenAfterLegacyDecoratorPrefix(expr));
			}
			decorators.push(expr);
			if (!this._consumeTokenIfType(TokenType.NewLine)) {
				this._invalidSyntaxAt(this._peekToken());
				this._consumeTokensUntilNewLine();
			}
		}
		const t = this._peekToken();
		if (this._isKeyword(KeywordType.Def)) return this._parseFunctionDef(undefined, decorators);
		if (this._isKeyword(KeywordType.Class)) return this._parseClassDef(decorators);
		if (this._isKeyword(KeywordType.Async) && this._isKeyword(KeywordType.Def, 1)) {
			const asyncToken = this._getNextToken();
			return this._parseFunctionDef(asyncToken, decorators);
		}
		this._invalidSyntaxAt(t);
		this._consumeTokensUntilNewLine();
		return undefined;
	}

	/** Before 3.9: decorator: '@' dotted_name [ '(' [arglist] ')' ]. */
	private _isLegacyDecorator(expr: ExpressionNode): boolean {
		let e = expr;
		if (e.nodeType === ParseNodeType.Call) e = e.func;
		while (e.nodeType === ParseNodeType.MemberAccess) e = e.object;
		return e.nodeType === ParseNodeType.Name;
	}

	private _tokenAfterLegacyDecoratorPrefix(expr: ExpressionNode): Token {
		// Find the first token that makes the decorator non-legacy: approximate with the token
		// following the longest dotted-name prefix.
		let i = this._index - 1;
		while (i > 0 && this._tokens[i].start > expr.start) i--;
		let k = i;
		// Skip NAME ('.' NAME)*
		if (this._tokens[k].type === TokenType.Identifier) {
			k++;
			while (this._tokens[k].type === TokenType.Dot && this._tokens[k + 1].type === TokenType.Identifier) k += 2;
			if (this._tokens[k].type === TokenType.OpenParenthesis) {
				// Call: the problem is after the closing parenthesis.
				let depth = 0;
				for (; k < this._tokens.length; k++) {
					const tt = this._tokens[k].type;
					if (tt === TokenType.OpenParenthesis || tt === TokenType.OpenBracket || tt === TokenType.OpenCurlyBrace) depth++;
					else if (tt === TokenType.CloseParenthesis || tt === TokenType.CloseBracket || tt === TokenType.CloseCurlyBrace) {
						depth--;
						if (depth === 0) {
							k++;
							break;
						}
					}
				}
			}
		}
		return this._tokens[Math.min(k, this._tokens.length - 1)];
	}

	// function_def_raw: ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' block
	private _parseFunctionDef(asyncToken: Token | undefined, decorators: ExpressionNode[]): FunctionDefNode | undefined {
		const kw = this._getNextToken();
		const start = asyncToken ?? kw;
		const id = this._getTokenIfIdentifier();
		if (!id) {
			this._invalidSyntaxAt(this._peekToken());
			this._consumeTokensUntilNewLine();
			return undefined;
		}
		const name = NameNode.create(id, id.value);
		const typeParams = this._peekTokenType() === TokenType.OpenBracket && this._version >= 312 ? this._parseTypeParameters() : undefined;
		const open = this._peekToken();
		if (!this._consumeTokenIfType(TokenType.OpenParenthesis)) {
			if (this._version >= 311) {
				this._addError("expected '('", open.start, open.start + Math.max(open.length, 1));
			} else {
				this._invalidSyntaxAt(open);
			}
			this._consumeTokensUntilNewLine();
			return undefined;
		}
		this._bracketLevel++;
		const outerOwner = this._paramOwner;
		this._paramOwner = start;
		const parameters = this._parseParameterList(TokenType.CloseParenthesis, true, open);
		this._paramOwner = outerOwner;
		this._bracketLevel--;
		if (!this._consumeTokenIfType(TokenType.CloseParenthesis)) {
			this._invalidSyntaxAt(this._peekToken());
			this._consumeTokensUntilNewLine();
			return undefined;
		}
		let returns: ExpressionNode | undefined;
		if (this._consumeTokenIfType(TokenType.Arrow)) {
			returns = this._parseTest();
		}
		this._scopes.push({ kind: 'function', isAsync: asyncToken !== undefined, hasYield: false, returnsWithValue: [] });
		const savedLoop = this._loopDepth;
		this._loopDepth = 0;
		const body = this._parseSuite('def', start.start);
		this._loopDepth = savedLoop;
		const scope = this._scopes.pop()!;
		if (scope.isAsync && scope.hasYield) {
			for (const r of scope.returnsWithValue) {
				this._addLateError(2, "'return' with value in async generator", r);
			}
		}
		return FunctionDefNode.create(start, name, parameters, body, decorators, returns, asyncToken !== undefined, typeParams);
	}

	// class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
	private _parseClassDef(decorators: ExpressionNode[]): ClassDefNode | undefined {
		const kw = this._getNextToken();
		const id = this._getTokenIfIdentifier();
		if (!id) {
			this._invalidSyntaxAt(this._peekToken());
			this._consumeTokensUntilNewLine();
			return undefined;
		}
		const name = NameNode.create(id, id.value);
		const typeParams = this._peekTokenType() === TokenType.OpenBracket ? this._parseTypeParameters() : undefined;
		let args: ArgumentNode[] = [];
		if (this._consumeTokenIfType(TokenType.OpenParenthesis)) {
			this._bracketLevel++;
			args = this._parseArgList(false);
			this._bracketLevel--;
			if (!this._consumeTokenIfType(TokenType.CloseParenthesis)) {
				this._invalidSyntaxAt(this._peekToken());
				this._consumeTokensUntilNewLine();
				return undefined;
			}
		}
		this._scopes.push({ kind: 'class', isAsync: false, hasYield: false, returnsWithValue: [] });
		const savedLoop = this._loopDepth;
		this._loopDepth = 0;
		const body = this._parseSuite('class', kw.start);
		this._loopDepth = savedLoop;
		this._scopes.pop();
		return ClassDefNode.create(kw, name, args, body, decorators, typeParams);
	}

	/**
	 * parameters (def) / lambda_params: posonly '/' , regular, '*' [vararg], kwonly, '**' kwarg.
	 * Reports CPython's parameter-order errors and duplicate names (symtable-phase error).
	 */
	private _parseParameterList(terminator: TokenType, allowAnnotations: boolean, open: TextRange): ParametersNode {
		const posOnly: ParameterNode[] = [];
		let args: ParameterNode[] = [];
		let varArg: ParameterNode | undefined;
		const kwOnly: ParameterNode[] = [];
		let kwArg: ParameterNode | undefined;
		let sawSlash = false;
		let sawStar = false;
		let bareStar: Token | undefined;
		let sawDefault = false;
		const seen = new Set<string>();
		const startOffset = this._peekToken().start;
		let reported = false;
		const report = (message: string, range: TextRange) => {
			if (!reported) {
				// These specific messages are 3.11+; older versions say "invalid syntax" there.
				if (this._version < 311 && message !== 'named arguments must follow bare *' && !message.includes('default')) {
					this._addError('invalid syntax', range.start, range.start + range.length);
				} else if (this._version < 311 && message.includes('cannot have default value')) {
					this._addError('invalid syntax', range.start, range.start + range.length);
				} else {
					this._addErrorNode(range, message);
				}
			}
			reported = true;
		};

		while (this._peekTokenType() !== terminator && !this._atEof()) {
			const t = this._peekToken();
			if (t.type === TokenType.Operator && (t as OperatorToken).operatorType === OperatorType.Divide) {
				this._getNextToken();
				if (this._version < 308) {
					this._invalidSyntaxAt(t);
					reported = true;
				} else if (sawSlash) {
					report('/ may appear only once', t);
				} else if (sawStar) {
					report('/ must be ahead of *', t);
				} else if (args.length === 0) {
					report('at least one argument must precede /', t);
				}
				sawSlash = true;
				posOnly.push(...args);
				args = [];
			} else if (t.type === TokenType.Operator && (t as OperatorToken).operatorType === OperatorType.Multiply) {
				this._getNextToken();
				if (kwArg) report('arguments cannot follow var-keyword argument', t);
				if (sawStar) report('* argument may appear only once', t);
				sawStar = true;
				if (this._peekTokenType() === TokenType.Identifier) {
					varArg = this._parseParameter(allowAnnotations, false, seen);
					if (this._peekOperatorType() === OperatorType.Assign) {
						const eq = this._peekToken();
						report('var-positional argument cannot have default value', eq);
						this._getNextToken();
						this._parseTest();
					}
				} else {
					bareStar = t;
				}
			} else if (t.type === TokenType.Operator && (t as OperatorToken).operatorType === OperatorType.Power) {
				this._getNextToken();
				if (kwArg) report('arguments cannot follow var-keyword argument', t);
				if (this._peekTokenType() !== TokenType.Identifier) {
					this._invalidSyntaxAt(this._peekToken());
					reported = true;
					break;
				}
				kwArg = this._parseParameter(allowAnnotations, false, seen);
				if (this._peekOperatorType() === OperatorType.Assign) {
					report('var-keyword argument cannot have default value', this._peekToken());
					this._getNextToken();
					this._parseTest();
				}
			} else if (t.type === TokenType.Identifier) {
				const p = this._parseParameter(allowAnnotations, true, seen);
				if (kwArg) {
					report('arguments cannot follow var-keyword argument', p);
				} else if (sawStar) {
					kwOnly.push(p);
				} else {
					if (p.defaultValue) sawDefault = true;
					else if (sawDefault) {
						report(
							this._version >= 312 ? 'parameter without a default follows parameter with a default' : 'non-default argument follows default argument',
							this._version < 309 ? TextRange.create(startOffset, 1) : p,
						);
					}
					args.push(p);
				}
			} else {
				if (!reported) this._invalidSyntaxAt(t);
				reported = true;
				break;
			}
			if (!this._consumeTokenIfType(TokenType.Comma)) break;
		}
		if (bareStar && kwOnly.length === 0) {
			report('named arguments must follow bare *', bareStar);
		}
		void open;
		const end = this._peekToken().start;
		return ParametersNode.create(TextRange.fromBounds(startOffset, Math.max(end, startOffset)), posOnly, args, varArg, kwOnly, kwArg);
	}

	// param: NAME annotation? default?
	private _parseParameter(allowAnnotations: boolean, allowDefault: boolean, seen: Set<string>): ParameterNode {
		const id = this._getNextToken() as IdentifierToken;
		const name = NameNode.create(id, id.value);
		if (id.value === '__debug__') {
			this._addErrorNode(id, 'cannot assign to __debug__');
		}
		if (seen.has(id.value)) {
			// 3.9 and older report it at the def/lambda (symtable.c, the block's position).
			const at = this._version < 310 && this._paramOwner !== null ? this._paramOwner : id;
			this._addLateError(1, `duplicate argument '${id.value}' in function definition`, at);
		}
		seen.add(id.value);
		let annotation: ExpressionNode | undefined;
		let defaultValue: ExpressionNode | undefined;
		if (allowAnnotations && this._consumeTokenIfType(TokenType.Colon)) {
			annotation = this._peekOperatorType() === OperatorType.Multiply ? this._parseStarExpressionForAnnotation() : this._parseTest();
		}
		if (allowDefault && this._consumeTokenIfOperator(OperatorType.Assign)) {
			defaultValue = this._parseTest();
		}
		return ParameterNode.create(id, name, annotation, defaultValue);
	}

	private _parseStarExpressionForAnnotation(): ExpressionNode {
		const star = this._getNextToken();
		return StarredNode.create(star, this._parseBitwiseOr());
	}

	// ------------------------------------------------------------------------------------------
	// match statement (3.10+)

	/** Tries `match subject:` NEWLINE INDENT case_block+ DEDENT; undefined when `match` is a name. */
	private _tryParseMatchStatement(): MatchNode | undefined {
		const save = this._index;
		const kw = this._getNextToken();
		// Quick rejections: `match = ...`, `match.x`, `match(...)` followed by newline etc.
		const next = this._peekToken();
		if (next.type === TokenType.NewLine || next.type === TokenType.EndOfStream || next.type === TokenType.Operator && (next as OperatorToken).operatorType === OperatorType.Assign || next.type === TokenType.Dot || next.type === TokenType.Colon) {
			this._index = save;
			return undefined;
		}
		this._suppress++;
		const before = this._suppressedErrorCount;
		const subject = this._parseTestOrStarListAsExpression(false, true);
		const ok = this._suppressedErrorCount === before && this._peekTokenType() === TokenType.Colon;
		this._suppress--;
		if (!ok) {
			this._index = save;
			return undefined;
		}
		this._getNextToken(); // ':'
		const cases: MatchCaseNode[] = [];
		if (!this._consumeTokenIfType(TokenType.NewLine)) {
			this._invalidSyntaxAt(this._peekToken());
			this._consumeTokensUntilNewLine();
			return MatchNode.create(kw, subject, cases);
		}
		if (this._peekTokenType() !== TokenType.Indent) {
			this._expectedIndentedBlock('match', kw.start, this._prevToken());
			return MatchNode.create(kw, subject, cases);
		}
		this._getNextToken();
		while (!this._atEof()) {
			if (this._consumeTokenIfType(TokenType.Dedent)) break;
			if (!this._isIdentifier(0, 'case')) {
				this._invalidSyntaxAt(this._peekToken());
				this._consumeTokensUntilNewLine();
				continue;
			}
			const caseKw = this._getNextToken();
			const pattern = this._parsePatternTop();
			let guard: ExpressionNode | undefined;
			if (this._consumeTokenIfKeyword(KeywordType.If)) {
				guard = this._parseNamedExpression();
			}
			const body = this._parseSuite('case', caseKw.start);
			cases.push(MatchCaseNode.create(caseKw, pattern, guard, body));
		}
		return MatchNode.create(kw, subject, cases);
	}

	// patterns: open_sequence_pattern | pattern
	private _parsePatternTop(): PatternNode {
		const start = this._peekToken();
		const first = this._parsePatternAs();
		if (this._peekTokenType() !== TokenType.Comma) return first;
		const patterns = [first];
		while (this._consumeTokenIfType(TokenType.Comma)) {
			if (this._peekTokenType() === TokenType.Colon || this._isKeyword(KeywordType.If)) break;
			patterns.push(this._parsePatternAs());
		}
		return PatternNode.create<MatchSequenceNode>(ParseNodeType.MatchSequence, TextRange.fromBounds(start.start, this._prevEnd()), { patterns });
	}

	private _prevEnd(): number {
		const t = this._prevToken();
		return t.start + t.length;
	}

	// as_pattern: or_pattern 'as' pattern_capture_target | or_pattern
	private _parsePatternAs(): PatternNode {
		const start = this._peekToken();
		const pattern = this._parsePatternOr();
		if (this._consumeTokenIfKeyword(KeywordType.As)) {
			const id = this._getTokenIfIdentifier();
			if (!id) {
				this._invalidSyntaxAt(this._peekToken());
				return pattern;
			}
			const name = NameNode.create(id, id.value);
			return PatternNode.create<MatchAsNode>(ParseNodeType.MatchAs, TextRange.fromBounds(start.start, this._prevEnd()), { pattern, name });
		}
		return pattern;
	}

	// or_pattern: '|'.closed_pattern+
	private _parsePatternOr(): PatternNode {
		const start = this._peekToken();
		const first = this._parseClosedPattern();
		if (this._peekOperatorType() !== OperatorType.BitwiseOr) return first;
		const patterns = [first];
		while (this._consumeTokenIfOperator(OperatorType.BitwiseOr)) {
			patterns.push(this._parseClosedPattern());
		}
		return PatternNode.create<MatchOrNode>(ParseNodeType.MatchOr, TextRange.fromBounds(start.start, this._prevEnd()), { patterns });
	}

	// closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class
	private _parseClosedPattern(): PatternNode {
		this._enter();
		try {
			const t = this._peekToken();
			const range = () => TextRange.fromBounds(t.start, this._prevEnd());
			if (t.type === TokenType.OpenBracket || t.type === TokenType.OpenParenthesis) {
				const close = t.type === TokenType.OpenBracket ? TokenType.CloseBracket : TokenType.CloseParenthesis;
				this._getNextToken();
				this._bracketLevel++;
				const patterns: PatternNode[] = [];
				let trailingComma = false;
				while (this._peekTokenType() !== close && !this._atEof()) {
					patterns.push(this._parsePatternAs());
					trailingComma = false;
					if (!this._consumeTokenIfType(TokenType.Comma)) break;
					trailingComma = true;
				}
				this._bracketLevel--;
				if (!this._consumeTokenIfType(close)) this._invalidSyntaxAt(this._peekToken());
				if (close === TokenType.CloseParenthesis && patterns.length === 1 && !trailingComma) {
					return patterns[0];
				}
				return PatternNode.create<MatchSequenceNode>(ParseNodeType.MatchSequence, range(), { patterns });
			}
			if (t.type === TokenType.OpenCurlyBrace) {
				this._getNextToken();
				this._bracketLevel++;
				const keys: ExpressionNode[] = [];
				const patterns: PatternNode[] = [];
				let rest: NameNode | undefined;
				while (this._peekTokenType() !== TokenType.CloseCurlyBrace && !this._atEof()) {
					if (this._consumeTokenIfOperator(OperatorType.Power)) {
						const id = this._getTokenIfIdentifier();
						if (id) rest = NameNode.create(id, id.value);
						else this._invalidSyntaxAt(this._peekToken());
					} else {
						keys.push(this._parseLiteralOrValuePatternExpression());
						if (!this._consumeTokenIfType(TokenType.Colon)) {
							this._invalidSyntaxAt(this._peekToken());
							break;
						}
						patterns.push(this._parsePatternAs());
					}
					if (!this._consumeTokenIfType(TokenType.Comma)) break;
				}
				this._bracketLevel--;
				if (!this._consumeTokenIfType(TokenType.CloseCurlyBrace)) this._invalidSyntaxAt(this._peekToken());
				return PatternNode.create<MatchMappingNode>(ParseNodeType.MatchMapping, range(), { keys, patterns, rest });
			}
			if (t.type === TokenType.Operator && (t as OperatorToken).operatorType === OperatorType.Multiply) {
				this._getNextToken();
				const id = this._getTokenIfIdentifier();
				if (!id) {
					this._invalidSyntaxAt(this._peekToken());
					return PatternNode.create<MatchStarNode>(ParseNodeType.MatchStar, range(), { name: undefined });
				}
				const name = id.value === '_' ? undefined : NameNode.create(id, id.value);
				return PatternNode.create<MatchStarNode>(ParseNodeType.MatchStar, range(), { name });
			}
			if (t.type === TokenType.Keyword) {
				const k = (t as KeywordToken).keywordType;
				if (k === KeywordType.None || k === KeywordType.True || k === KeywordType.False) {
					this._getNextToken();
					const kind = k === KeywordType.None ? ConstantKind.None : k === KeywordType.True ? ConstantKind.True : ConstantKind.False;
					const value = ConstantNode.create(t, kind, k === KeywordType.None ? undefined : k === KeywordType.True);
					return PatternNode.create<MatchSingletonNode>(ParseNodeType.MatchSingleton, t, { value });
				}
			}
			if (t.type === TokenType.Identifier) {
				const id = t as IdentifierToken;
				// Capture, wildcard, value (dotted) or class pattern.
				if (this._peekTokenType(1) !== TokenType.Dot && this._peekTokenType(1) !== TokenType.OpenParenthesis) {
					this._getNextToken();
					if (id.value === '_') return PatternNode.create<MatchAsNode>(ParseNodeType.MatchAs, t, { pattern: undefined, name: undefined });
					return PatternNode.create<MatchAsNode>(ParseNodeType.MatchAs, t, { pattern: undefined, name: NameNode.create(id, id.value) });
				}
				let cls: ExpressionNode = NameNode.create(id, id.value);
				this._getNextToken();
				while (this._peekTokenType() === TokenType.Dot) {
					this._getNextToken();
					const m = this._getTokenIfIdentifier();
					if (!m) {
						this._invalidSyntaxAt(this._peekToken());
						break;
					}
					cls = MemberAccessNode.create(cls, NameNode.create(m, m.value));
				}
				if (this._consumeTokenIfType(TokenType.OpenParenthesis)) {
					this._bracketLevel++;
					const patterns: PatternNode[] = [];
					const kwdAttrs: NameNode[] = [];
					const kwdPatterns: PatternNode[] = [];
					while (this._peekTokenType() !== TokenType.CloseParenthesis && !this._atEof()) {
						if (this._peekTokenType() === TokenType.Identifier && this._peekOperatorType(1) === OperatorType.Assign) {
							const k = this._getNextToken() as IdentifierToken;
							this._getNextToken();
							kwdAttrs.push(NameNode.create(k, k.value));
							kwdPatterns.push(this._parsePatternAs());
						} else {
							const p = this._parsePatternAs();
							if (kwdAttrs.length > 0) {
								this._addErrorNode(p, 'positional patterns follow keyword patterns');
							}
							patterns.push(p);
						}
						if (!this._consumeTokenIfType(TokenType.Comma)) break;
					}
					this._bracketLevel--;
					if (!this._consumeTokenIfType(TokenType.CloseParenthesis)) this._invalidSyntaxAt(this._peekToken());
					return PatternNode.create<MatchClassNode>(ParseNodeType.MatchClass, range(), { cls, patterns, kwdAttrs, kwdPatterns });
				}
				return PatternNode.create<MatchValueNode>(ParseNodeType.MatchValue, range(), { value: cls });
			}
			// Literal (numbers, strings, negative numbers, complex).
			const value = this._parseLiteralOrValuePatternExpression();
			if (value.nodeType === ParseNodeType.Error) return value;
			return PatternNode.create<MatchValueNode>(ParseNodeType.MatchValue, range(), { value });
		} finally {
			this._leave();
		}
	}

	private _parseLiteralOrValuePatternExpression(): ExpressionNode {
		const t = this._peekToken();
		if (
			t.type === TokenType.Number ||
			t.type === TokenType.String ||
			(t.type === TokenType.Operator && (t as OperatorToken).operatorType === OperatorType.Subtract) ||
			t.type === TokenType.Identifier ||
			t.type === TokenType.Keyword
		) {
			return this._parseArithmeticExpression();
		}
		this._invalidSyntaxAt(t);
		this._getNextToken();
		return ErrorNode.create(t, ErrorCategory.MissingExpression);
	}

	// ------------------------------------------------------------------------------------------
	// Expressions

	/**
	 * star_expressions (statement level): a tuple without parentheses when there are commas.
	 * `allowYield`: a bare yield expression is allowed here (expression statements, RHS).
	 */
	private _parseTestOrStarListAsExpression(allowAssignmentExpression: boolean, allowStar: boolean, allowYield = false): ExpressionNode {
		if (allowYield && this._isKeyword(KeywordType.Yield)) {
			return this._parseYield();
		}
		const start = this._peekToken();
		if (!this._startsExpression(start)) {
			this._invalidSyntaxAt(start);
			return ErrorNode.create(TextRange.create(start.start, 0), ErrorCategory.MissingExpression);
		}
		const first = this._parseStarOrTest(allowAssignmentExpression, allowStar);
		if (this._peekTokenType() !== TokenType.Comma) return first;
		const elements: ExpressionNode[] = [first];
		while (this._consumeTokenIfType(TokenType.Comma)) {
			if (!this._startsExpression(this._peekToken())) break;
			elements.push(this._parseStarOrTest(allowAssignmentExpression, allowStar));
		}
		const tuple = TupleNode.create(TextRange.create(first.start, 0), elements, false);
		extendTo(tuple, this._prevToken());
		return tuple;
	}

	/** Token can start an expression (atom, unary operator, lambda, not, await, star). */
	private _startsExpression(t: Token): boolean {
		switch (t.type) {
			case TokenType.Identifier:
			case TokenType.Number:
			case TokenType.String:
			case TokenType.OpenParenthesis:
			case TokenType.OpenBracket:
			case TokenType.OpenCurlyBrace:
			case TokenType.Ellipsis:
				return true;
			case TokenType.Operator: {
				const op = (t as OperatorToken).operatorType;
				return op === OperatorType.Add || op === OperatorType.Subtract || op === OperatorType.BitwiseInvert || op === OperatorType.Multiply || op === OperatorType.Power;
			}
			case TokenType.Keyword: {
				const k = (t as KeywordToken).keywordType;
				return (
					k === KeywordType.None ||
					k === KeywordType.True ||
					k === KeywordType.False ||
					k === KeywordType.Not ||
					k === KeywordType.Lambda ||
					k === KeywordType.Await ||
					k === KeywordType.Yield
				);
			}
			default:
				return false;
		}
	}

	/** star_expression | named_expression */
	private _parseStarOrTest(allowAssignmentExpression: boolean, allowStar: boolean): ExpressionNode {
		const star = this._peekOperatorType() === OperatorType.Multiply ? this._peekToken() : undefined;
		if (star) {
			this._getNextToken();
			const e = this._parseBitwiseOr();
			const node = StarredNode.create(star, e);
			if (!allowStar) {
				this._addLateError(2, "can't use starred expression here", node);
			}
			return node;
		}
		if (this._peekOperatorType() === OperatorType.Power) {
			this._invalidSyntaxAt(this._peekToken());
			this._getNextToken();
			return ErrorNode.create(this._prevToken(), ErrorCategory.MissingExpression);
		}
		return allowAssignmentExpression ? this._parseNamedExpression() : this._parseTest();
	}

	/** named_expression in if/while conditions, with the "Maybe you meant '=='" checks. */
	private _parseNamedExpressionChecked(): ExpressionNode {
		const e = this._parseNamedExpression();
		this._checkMisplacedAssign(e);
		return e;
	}

	/** `a = 1` where a value is expected: invalid_named_expression's hints. */
	private _checkMisplacedAssign(e: ExpressionNode): boolean {
		if (this._peekOperatorType() !== OperatorType.Assign || e.nodeType === ParseNodeType.Error) return false;
		if (this._version < 310) {
			this._invalidSyntaxAt(this._peekToken());
			return true;
		}
		const save = this._index;
		this._getNextToken();
		this._suppress++;
		const before = this._suppressedErrorCount;
		const rhs = this._startsExpression(this._peekToken()) ? this._parseBitwiseOr() : undefined;
		const ok = rhs && this._suppressedErrorCount === before && this._peekOperatorType() !== OperatorType.Assign && this._peekOperatorType() !== OperatorType.Walrus;
		this._suppress--;
		if (ok && rhs) {
			if (e.nodeType === ParseNodeType.Name) {
				this._addError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.start, rhs.start + rhs.length);
				return true;
			}
			if (
				e.nodeType !== ParseNodeType.List &&
				e.nodeType !== ParseNodeType.Tuple &&
				e.nodeType !== ParseNodeType.GeneratorExpression &&
				!(e.nodeType === ParseNodeType.Constant && (e.kind === ConstantKind.True || e.kind === ConstantKind.False || e.kind === ConstantKind.None)) &&
				this._isBitwiseOrLevel(e)
			) {
				this._addError(`cannot assign to ${this._exprName(e)} here. Maybe you meant '==' instead of '='?`, e.start, e.start + e.length);
				return true;
			}
		}
		this._index = save;
		this._invalidSyntaxAt(this._peekToken());
		return true;
	}

	private _isBitwiseOrLevel(e: ExpressionNode): boolean {
		if (this._isParenthesized(e)) return true;
		switch (e.nodeType) {
			case ParseNodeType.Ternary:
			case ParseNodeType.Lambda:
			case ParseNodeType.BoolOperation:
			case ParseNodeType.Compare:
			case ParseNodeType.AssignmentExpression:
			case ParseNodeType.Starred:
			case ParseNodeType.Yield:
			case ParseNodeType.YieldFrom:
				return false;
			case ParseNodeType.UnaryOperation:
				return e.operator !== OperatorType.Not;
			default:
				return true;
		}
	}

	// named_expression: NAME ':=' expression | expression !':='
	private _parseNamedExpression(): ExpressionNode {
		const t = this._peekToken();
		if (t.type === TokenType.Identifier && this._peekOperatorType(1) === OperatorType.Walrus) {
			const walrus = this._peekToken(1);
			if (this._version < 308) {
				this._getNextToken();
				this._invalidSyntaxAt(walrus);
				return ErrorNode.create(t, ErrorCategory.Other);
			}
			this._getNextToken();
			this._getNextToken();
			const name = NameNode.create(t, (t as IdentifierToken).value);
			const value = this._parseTest();
			return AssignmentExpressionNode.create(name, value);
		}
		const e = this._parseTest();
		if (this._peekOperatorType() === OperatorType.Walrus && e.nodeType !== ParseNodeType.Error) {
			const walrus = this._peekToken();
			if (this._version >= 309) {
				this._addErrorNode(e, `cannot use assignment expressions with ${this._exprName(e)}`);
			} else {
				this._invalidSyntaxAt(walrus);
			}
			this._getNextToken();
			this._parseTest();
		}
		return e;
	}

	// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
	private _parseTest(): ExpressionNode {
		this._enter();
		try {
			if (this._isKeyword(KeywordType.Lambda)) {
				return this._parseLambda(true);
			}
			const ifExpr = this._parseOrTest();
			if (ifExpr.nodeType === ParseNodeType.Error) return ifExpr;
			if (!this._isKeyword(KeywordType.If)) {
				this._checkForgottenComma(ifExpr);
				return ifExpr;
			}
			// Not a ternary when `if` belongs to a comprehension: handled by callers (they stop at `if`).
			const ifToken = this._getNextToken();
			const test = this._parseOrTest();
			if (test.nodeType === ParseNodeType.Error) return test;
			if (!this._consumeTokenIfKeyword(KeywordType.Else)) {
				const t = this._peekToken();
				if (this._version >= 310 && t.type !== TokenType.Colon) {
					this._addError("expected 'else' after 'if' expression", ifExpr.start, test.start + test.length);
				} else {
					this._invalidSyntaxAt(t);
				}
				void ifToken;
				return ErrorNode.create(ifExpr, ErrorCategory.Other, ifExpr);
			}
			if (!this._startsExpression(this._peekToken())) {
				const t = this._peekToken();
				if (this._version >= 313 && this._isSimpleStatementKeyword(t)) {
					this._addError("expected expression after 'else', but statement is given", t.start, t.start + Math.max(t.length, 1));
				} else {
					this._invalidSyntaxAt(t);
				}
				return ErrorNode.create(ifExpr, ErrorCategory.Other, ifExpr);
			}
			const elseExpr = this._parseTest();
			return TernaryNode.create(ifExpr, test, elseExpr);
		} finally {
			this._leave();
		}
	}

	private _isSimpleStatementKeyword(t: Token): boolean {
		if (t.type !== TokenType.Keyword) return false;
		switch ((t as KeywordToken).keywordType) {
			case KeywordType.Pass:
			case KeywordType.Break:
			case KeywordType.Continue:
			case KeywordType.Return:
			case KeywordType.Raise:
			case KeywordType.Del:
			case KeywordType.Import:
			case KeywordType.From:
			case KeywordType.Global:
			case KeywordType.Nonlocal:
			case KeywordType.Assert:
				return true;
			default:
				return false;
		}
	}

	/**
	 * Inside brackets, `a b` gets "invalid syntax. Perhaps you forgot a comma?" spanning both
	 * expressions (CPython's invalid_expression, only when the bracket level is > 0).
	 */
	private _checkForgottenComma(first: ExpressionNode): void {
		if (this._bracketLevel === 0 || this._suppress > 0 || this._version < 310 || this._noCommaHint > 0) return;
		const t = this._peekToken();
		if (!this._startsExpression(t)) return;
		if (t.type === TokenType.Keyword) {
			const k = (t as KeywordToken).keywordType;
			if (k === KeywordType.Not || k === KeywordType.Yield) return;
		}
		if (t.type === TokenType.Operator) {
			// `a -b` is a binary expression; `a *b` likewise.
			return;
		}
		// !(NAME STRING | SOFT_KEYWORD) at the start of the first expression.
		const firstTokIndex = this._tokenIndexAt(first.start);
		const ft = this._tokens[firstTokIndex];
		if (ft && ft.type === TokenType.Identifier) {
			const v = (ft as IdentifierToken).value;
			if (v === 'match' || v === 'case' || v === '_' || v === 'type') return;
			if (this._tokens[firstTokIndex + 1]?.type === TokenType.String) return;
			if (first.nodeType === ParseNodeType.Name && (v === 'print' || v === 'exec')) return;
		}
		const save = this._index;
		this._suppress++;
		const before = this._suppressedErrorCount;
		const second = this._parseTest();
		const ok = this._suppressedErrorCount === before && second.nodeType !== ParseNodeType.Error;
		this._suppress--;
		this._index = save;
		if (ok) {
			this._addError('invalid syntax. Perhaps you forgot a comma?', first.start, second.start + second.length);
		}
	}

	private _tokenIndexAt(offset: number): number {
		let lo = 0;
		let hi = Math.min(this._index, this._tokens.length - 1);
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this._tokens[mid].start < offset) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	// lambdef: 'lambda' [lambda_params] ':' expression
	private _parseLambda(allowConditional: boolean): LambdaNode | ErrorNode {
		this._enter(); // a lambda costs CPython two levels
		try {
			return this._parseLambdaInner(allowConditional);
		} finally {
			this._leave();
		}
	}

	private _parseLambdaInner(allowConditional: boolean): LambdaNode | ErrorNode {
		const kw = this._getNextToken();
		const outerOwner = this._paramOwner;
		this._paramOwner = kw;
		const params = this._parseParameterList(TokenType.Colon, false, kw);
		this._paramOwner = outerOwner;
		if (!this._consumeTokenIfType(TokenType.Colon)) {
			this._invalidSyntaxAt(this._peekToken());
			return ErrorNode.create(kw, ErrorCategory.Other);
		}
		this._scopes.push({ kind: 'lambda', isAsync: false, hasYield: false, returnsWithValue: [] });
		const body = allowConditional ? this._parseTest() : this._parseOrTest();
		this._scopes.pop();
		return LambdaNode.create(kw, params, body);
	}

	// disjunction: conjunction ('or' conjunction)+ | conjunction
	private _parseOrTest(): ExpressionNode {
		const left = this._parseAndTest();
		if (!this._isKeyword(KeywordType.Or) || left.nodeType === ParseNodeType.Error) return left;
		const values: ExpressionNode[] = [left];
		while (this._consumeTokenIfKeyword(KeywordType.Or)) {
			const right = this._parseAndTest();
			values.push(right);
			if (right.nodeType === ParseNodeType.Error) break;
		}
		return this._spanOperands(BoolOperationNode.create(OperatorType.Or, values), left, values[values.length - 1]);
	}

	// conjunction: inversion ('and' inversion)+ | inversion
	private _parseAndTest(): ExpressionNode {
		const left = this._parseNotTest();
		if (!this._isKeyword(KeywordType.And) || left.nodeType === ParseNodeType.Error) return left;
		const values: ExpressionNode[] = [left];
		while (this._consumeTokenIfKeyword(KeywordType.And)) {
			const right = this._parseNotTest();
			values.push(right);
			if (right.nodeType === ParseNodeType.Error) break;
		}
		return this._spanOperands(BoolOperationNode.create(OperatorType.And, values), left, values[values.length - 1]);
	}

	// inversion: 'not' inversion | comparison
	private _parseNotTest(): ExpressionNode {
		const not = this._consumeTokenIfKeyword(KeywordType.Not);
		if (not) {
			this._enter();
			try {
				const operand = this._parseNotTest();
				return this._spanOperands(UnaryOperationNode.create(not, OperatorType.Not, operand), not, operand);
			} finally {
				this._leave();
			}
		}
		return this._parseComparison();
	}

	// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
	private _parseComparison(): ExpressionNode {
		const left = this._parseBitwiseOr();
		if (left.nodeType === ParseNodeType.Error) return left;
		let operators: OperatorType[] | undefined;
		let comparators: ExpressionNode[] | undefined;
		for (;;) {
			const op = this._peekComparisonOperator();
			if (op === undefined) break;
			if (op === OperatorType.NotIn || op === OperatorType.IsNot) {
				this._getNextToken();
			}
			const opToken = this._getNextToken();
			if (op === OperatorType.LessOrGreaterThan) {
				this._invalidSyntaxAt(opToken);
			}
			const right = this._parseBitwiseOr();
			(operators ??= []).push(op === OperatorType.LessOrGreaterThan ? OperatorType.NotEquals : op);
			(comparators ??= []).push(right);
			if (right.nodeType === ParseNodeType.Error) break;
		}
		if (!operators) return left;
		return this._spanOperands(CompareNode.create(left, operators, comparators!), left, comparators![comparators!.length - 1]);
	}

	private _peekComparisonOperator(): OperatorType | undefined {
		const t = this._peekToken();
		if (t.type === TokenType.Operator) {
			const op = (t as OperatorToken).operatorType;
			switch (op) {
				case OperatorType.LessThan:
				case OperatorType.LessThanOrEqual:
				case OperatorType.GreaterThan:
				case OperatorType.GreaterThanOrEqual:
				case OperatorType.Equals:
				case OperatorType.NotEquals:
				case OperatorType.LessOrGreaterThan:
					return op;
			}
			return undefined;
		}
		if (t.type === TokenType.Keyword) {
			const k = (t as KeywordToken).keywordType;
			if (k === KeywordType.In) return OperatorType.In;
			if (k === KeywordType.Is) return this._isKeyword(KeywordType.Not, 1) ? OperatorType.IsNot : OperatorType.Is;
			if (k === KeywordType.Not && this._isKeyword(KeywordType.In, 1)) return OperatorType.NotIn;
		}
		return undefined;
	}

	// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor   (and the other binary levels)
	private _parseBitwiseOr(): ExpressionNode {
		return this._parseBinaryLevel(0);
	}

	private _parseArithmeticExpression(): ExpressionNode {
		return this._parseBinaryLevel(4);
	}

	/**
	 * Binary operators by precedence climbing (levels, lowest first: | ^ & << >> + - * / // % @),
	 * one call per operand instead of one per level.
	 */
	private _parseBinaryLevel(minLevel: number): ExpressionNode {
		// invalid_factor is an alternative of `term`: only a factor that starts a term (not the
		// right operand of * / // % @) reports `-not x` specially.
		if (minLevel <= 5) this._checkUnaryNot();
		let left = this._parseFactor();
		if (left.nodeType === ParseNodeType.Error) return left;
		for (;;) {
			const t = this._peekToken();
			if (t.type !== TokenType.Operator) break;
			const op = (t as OperatorToken).operatorType;
			const level = binaryLevel(op);
			if (level < minLevel) break;
			this._getNextToken();
			if (isArithOrTermOperator(op)) this._checkNotAfterOperator();
			const right = this._parseBinaryLevel(level + 1);
			left = this._spanOperands(BinaryOperationNode.create(left, op, right), left, right);
			if (right.nodeType === ParseNodeType.Error) break;
		}
		return left;
	}

	/**
	 * invalid_arith / invalid_term / invalid_factor (3.13): `1 + not x`, `-not x`. Records CPython's
	 * error over `not <operand>`; the normal parse then continues (and fails on `not`).
	 */
	private _checkNotAfterOperator(): void {
		if (this._version < 313 || !this._isKeyword(KeywordType.Not, 0)) return;
		const notToken = this._peekToken();
		const save = this._index;
		this._suppress++;
		this._getNextToken();
		const operand = this._parseFactor();
		this._suppress--;
		this._index = save;
		this._addError("'not' after an operator must be parenthesized", notToken.start, operand.start + operand.length);
	}

	/** invalid_factor (3.13): `-not x` at the start of a term. */
	private _checkUnaryNot(): void {
		if (this._version < 313) return;
		const t = this._peekToken();
		if (t.type !== TokenType.Operator) return;
		const op = (t as OperatorToken).operatorType;
		if (op !== OperatorType.Add && op !== OperatorType.Subtract && op !== OperatorType.BitwiseInvert) return;
		if (!this._isKeyword(KeywordType.Not, 1)) return;
		const save = this._index;
		this._getNextToken();
		this._checkNotAfterOperator();
		this._index = save;
	}

	// factor: '+' factor | '-' factor | '~' factor | power
	private _parseFactor(): ExpressionNode {
		const t = this._peekToken();
		if (t.type === TokenType.Operator) {
			const op = (t as OperatorToken).operatorType;
			if (op === OperatorType.Add || op === OperatorType.Subtract || op === OperatorType.BitwiseInvert) {
				this._getNextToken();
				this._enter();
				try {
					const operand = this._parseFactor();
					return this._spanOperands(UnaryOperationNode.create(t, op, operand), t, operand);
				} finally {
					this._leave();
				}
			}
		}
		return this._parsePower();
	}

	// power: await_primary '**' factor | await_primary
	private _parsePower(): ExpressionNode {
		const base = this._parseAwait();
		if (base.nodeType === ParseNodeType.Error) return base;
		if (this._consumeTokenIfOperator(OperatorType.Power)) {
			// `**` costs CPython two levels.
			this._enter();
			this._enter();
			try {
				const exponent = this._parseFactor();
				return this._spanOperands(BinaryOperationNode.create(base, OperatorType.Power, exponent), base, exponent);
			} finally {
				this._leave();
				this._leave();
			}
		}
		return base;
	}

	// await_primary: 'await' primary | primary
	private _parseAwait(): ExpressionNode {
		const kw = this._consumeTokenIfKeyword(KeywordType.Await);
		if (kw) {
			this._enter();
			try {
				const operand = this._parsePrimary();
				const node = this._spanOperands(AwaitNode.create(kw, operand), kw, operand);
				const scope = this._scope();
				if (scope.kind === 'module' || scope.kind === 'class') {
					this._addLateError(2, "'await' outside function", node);
					this._pendingAwaits.push(this._lateErrors[this._lateErrors.length - 1]);
				} else if (!(scope.kind === 'function' && scope.isAsync)) {
					this._addLateError(2, "'await' outside async function", node);
					this._pendingAwaits.push(this._lateErrors[this._lateErrors.length - 1]);
				}
				return node;
			} finally {
				this._leave();
			}
		}
		return this._parsePrimary();
	}

	/** 'await' late errors that an enclosing comprehension may turn into another error. */
	private _pendingAwaits: LateError[] = [];

	// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
	private _parsePrimary(): ExpressionNode {
		let expr = this._parseAtom();
		if (expr.nodeType === ParseNodeType.Error) return expr;
		for (;;) {
			const t = this._peekToken();
			if (t.type === TokenType.OpenParenthesis) {
				this._getNextToken();
				this._bracketLevel++;
				const args = this._parseArgList(true);
				this._bracketLevel--;
				const close = this._consumeTokenIfType(TokenType.CloseParenthesis);
				if (!close) {
					this._invalidSyntaxAt(this._peekToken());
					return ErrorNode.create(expr, ErrorCategory.Other, expr);
				}
				expr = CallNode.create(TextRange.fromBounds(this._outerStart(expr), close.start + 1), expr, args);
			} else if (t.type === TokenType.OpenBracket) {
				this._getNextToken();
				this._bracketLevel++;
				const index = this._parseSubscriptList();
				this._bracketLevel--;
				const close = this._consumeTokenIfType(TokenType.CloseBracket);
				if (!close) {
					if (index.nodeType !== ParseNodeType.Error) this._invalidSyntaxAt(this._peekToken());
					return ErrorNode.create(expr, ErrorCategory.Other, expr);
				}
				expr = IndexNode.create(TextRange.fromBounds(this._outerStart(expr), close.start + 1), expr, index);
			} else if (t.type === TokenType.Dot) {
				this._getNextToken();
				const id = this._getTokenIfIdentifier();
				if (!id) {
					this._invalidSyntaxAt(this._peekToken());
					return ErrorNode.create(expr, ErrorCategory.Other, expr);
				}
				expr = this._spanOperands(MemberAccessNode.create(expr, NameNode.create(id, id.value)), expr, id);
			} else {
				break;
			}
		}
		return expr;
	}

	// slices: slice !',' | ','.(slice | starred_expression)+ [',']
	private _parseSubscriptList(): ExpressionNode {
		const start = this._peekToken();
		const items: ExpressionNode[] = [];
		let trailingComma = false;
		while (this._peekTokenType() !== TokenType.CloseBracket && !this._atEof()) {
			let item: ExpressionNode;
			if (this._peekOperatorType() === OperatorType.Multiply) {
				const star = this._getNextToken();
				item = StarredNode.create(star, this._parseBitwiseOr());
				if (this._version < 311) this._invalidSyntaxAt(star);
			} else {
				item = this._parseSlice();
			}
			items.push(item);
			if (item.nodeType === ParseNodeType.Error) return item;
			trailingComma = false;
			if (!this._consumeTokenIfType(TokenType.Comma)) break;
			trailingComma = true;
		}
		if (items.length === 0) {
			this._invalidSyntaxAt(this._peekToken());
			return ErrorNode.create(start, ErrorCategory.MissingExpression);
		}
		// `a[*b]` is a one-element tuple, like `a[b,]`.
		if (items.length === 1 && !trailingComma && items[0].nodeType !== ParseNodeType.Starred) return items[0];
		const tuple = TupleNode.create(TextRange.create(items[0].start, 0), items, false);
		extendTo(tuple, this._prevToken());
		return tuple;
	}

	// slice: [expression] ':' [expression] [':' [expression]] | named_expression
	private _parseSlice(): ExpressionNode {
		const start = this._peekToken();
		let lower: ExpressionNode | undefined;
		if (this._peekTokenType() !== TokenType.Colon) {
			lower = this._parseNamedExpression();
			if (this._peekTokenType() !== TokenType.Colon) return lower;
		}
		this._getNextToken(); // ':'
		let upper: ExpressionNode | undefined;
		let step: ExpressionNode | undefined;
		const endsPart = () => {
			const tt = this._peekTokenType();
			return tt === TokenType.Colon || tt === TokenType.Comma || tt === TokenType.CloseBracket;
		};
		if (!endsPart()) upper = this._parseTest();
		if (this._consumeTokenIfType(TokenType.Colon)) {
			if (!endsPart()) step = this._parseTest();
		}
		const node = SliceNode.create(TextRange.create(start.start, 0), lower, upper, step);
		extendTo(node, this._prevToken());
		return node;
	}

	// arguments: args [','] &')'
	private _parseArgList(isCall: boolean): ArgumentNode[] {
		const args: ArgumentNode[] = [];
		let sawKeyword = false;
		let sawKwUnpack = false;
		const keywords = new Set<string>();
		let reported = false;
		let pendingOrderError: string | undefined;
		let prevComma: Token | undefined;
		// The call's `(`: a generator expression that is the only argument includes it.
		const openParen = isCall ? this._prevToken() : undefined;
		while (this._peekTokenType() !== TokenType.CloseParenthesis && !this._atEof()) {
			const t = this._peekToken();
			let arg: ArgumentNode;
			if (t.type === TokenType.Operator && (t as OperatorToken).operatorType === OperatorType.Multiply) {
				this._getNextToken();
				const value = this._parseTest();
				arg = ArgumentNode.create(t, ArgumentCategory.UnpackedList, undefined, value);
				if (sawKwUnpack && !reported) {
					const at = this._version >= 313 ? prevComma ?? t : this._version === 310 ? args[0] ?? t : t;
					const endAt = this._version >= 313 ? value.start + value.length : at.start + 1;
					this._addError('iterable argument unpacking follows keyword argument unpacking', at.start, endAt);
					reported = true;
				}
				if (this._isKeyword(KeywordType.For) || this._isKeyword(KeywordType.Async)) {
					// f(*x for x in y)
					if (!reported) this._addErrorNode(arg, 'iterable unpacking cannot be used in comprehension');
					reported = true;
					this._parseComprehension(value, (e, g) => GeneratorExpressionNode.create(e, e, g));
				}
			} else if (t.type === TokenType.Operator && (t as OperatorToken).operatorType === OperatorType.Power) {
				this._getNextToken();
				const value = this._parseTest();
				arg = ArgumentNode.create(t, ArgumentCategory.UnpackedDictionary, undefined, value);
				sawKwUnpack = true;
			} else if (t.type === TokenType.Identifier && this._peekOperatorType(1) === OperatorType.Assign) {
				this._getNextToken();
				this._getNextToken();
				const name = NameNode.create(t, (t as IdentifierToken).value);
				const value = this._parseTest();
				arg = ArgumentNode.create(t, ArgumentCategory.Simple, name, value);
				if (name.value === '__debug__' && !reported) {
					this._addErrorNode(arg, 'cannot assign to __debug__');
					reported = true;
				}
				if (keywords.has(name.value) && !reported) {
					this._addErrorNode(arg, this._version < 309 ? 'keyword argument repeated' : `keyword argument repeated: ${name.value}`);
					reported = true;
				}
				keywords.add(name.value);
				sawKeyword = true;
			} else {
				const value = this._parseNamedExpression();
				if (value.nodeType === ParseNodeType.Error) {
					return args;
				}
				if ((this._isKeyword(KeywordType.For) || this._isKeyword(KeywordType.Async)) && !isCall) {
					if (!reported) this._invalidSyntaxAt(this._peekToken());
					return args;
				}
				if (this._isKeyword(KeywordType.For) || this._isKeyword(KeywordType.Async)) {
					const gen = this._parseComprehension(value, (e, g) => GeneratorExpressionNode.create(e, e, g));
					extendTo(gen, this._prevToken());
					const others = args.length > 0 || this._peekTokenType() === TokenType.Comma;
					// CPython's genexp node of `f(x for x in y)` spans `(x for x in y)` from 3.8
					// (the traceback of its FOR_ITER shows these carets in 3.11/3.12).
					if (!others && this._version >= 308 && openParen !== undefined && openParen.type === TokenType.OpenParenthesis && this._peekTokenType() === TokenType.CloseParenthesis) {
						extendTo(gen, openParen);
						extendTo(gen, this._peekToken());
					}
					arg = ArgumentNode.create(gen, ArgumentCategory.Simple, undefined, gen);
					if (others && !reported) {
						let end = gen.start + gen.length;
						if (this._peekTokenType() === TokenType.Comma && this._peekTokenType(1) === TokenType.CloseParenthesis && args.length === 0) {
							end = -1;
						}
						if (end >= 0) {
							this._addError('Generator expression must be parenthesized', gen.start, gen.start + gen.length);
							reported = true;
						}
					}
					if (!isCall && !reported) {
						this._invalidSyntaxAt(this._peekToken());
						reported = true;
					}
				} else if (this._peekOperatorType() === OperatorType.Assign && !reported) {
					// f(a+1=2)
					const eq = this._getNextToken();
					this._parseTest(); // the value after '=', skipped
					if (this._version >= 309) {
						this._addError('expression cannot contain assignment, perhaps you meant "=="?', value.start, eq.start + 1);
					} else {
						this._invalidSyntaxAt(eq);
					}
					reported = true;
					arg = ArgumentNode.create(value, ArgumentCategory.Simple, undefined, value);
				} else {
					arg = ArgumentNode.create(value, ArgumentCategory.Simple, undefined, value);
					if (!reported && (sawKeyword || sawKwUnpack)) {
						const message = sawKwUnpack ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument';
						if (this._version < 309) {
							this._addErrorNode(arg, message);
						} else {
							// CPython reports this at the last token it read (the closing parenthesis).
							pendingOrderError = message;
						}
						reported = true;
					}
				}
			}
			args.push(arg);
			prevComma = this._consumeTokenIfType(TokenType.Comma);
			if (!prevComma) break;
		}
		if (pendingOrderError) {
			const t = this._peekToken();
			this._addError(pendingOrderError, t.start, t.start + Math.max(t.length, 1));
		}
		return args;
	}

	// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp)
	//     | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
	private _parseAtom(): ExpressionNode {
		const t = this._peekToken();
		switch (t.type) {
			case TokenType.Identifier:
				this._getNextToken();
				return NameNode.create(t, (t as IdentifierToken).value);
			case TokenType.Number: {
				this._getNextToken();
				const n = t as NumberToken;
				const kind = n.kind === NumberKind.Int ? ConstantKind.Int : n.kind === NumberKind.Float ? ConstantKind.Float : ConstantKind.Imaginary;
				return ConstantNode.create(t, kind, n.value);
			}
			case TokenType.String:
				return this._parseStrings();
			case TokenType.Ellipsis:
				this._getNextToken();
				return ConstantNode.create(t, ConstantKind.Ellipsis, undefined);
			case TokenType.OpenParenthesis:
				return this._parseParenthesized();
			case TokenType.OpenBracket:
				return this._parseListAtom();
			case TokenType.OpenCurlyBrace:
				return this._parseDictOrSetAtom();
			case TokenType.Keyword: {
				const k = (t as KeywordToken).keywordType;
				if (k === KeywordType.True || k === KeywordType.False || k === KeywordType.None) {
					this._getNextToken();
					const kind = k === KeywordType.True ? ConstantKind.True : k === KeywordType.False ? ConstantKind.False : ConstantKind.None;
					return ConstantNode.create(t, kind, k === KeywordType.None ? undefined : k === KeywordType.True);
				}
				if (k === KeywordType.Lambda) {
					// e.g. `x + lambda: 1` is invalid; `f(lambda: 1)` goes through _parseTest.
					this._invalidSyntaxAt(t);
					return ErrorNode.create(t, ErrorCategory.MissingExpression);
				}
				break;
			}
			default:
				break;
		}
		this._invalidSyntaxAt(t);
		return ErrorNode.create(TextRange.create(t.start, 0), ErrorCategory.MissingExpression);
	}

	// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
	// group: '(' (yield_expr | named_expression) ')'
	// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
	private _parseParenthesized(): ExpressionNode {
		const open = this._getNextToken();
		this._enter();
		this._bracketLevel++;
		try {
			if (this._peekTokenType() === TokenType.CloseParenthesis) {
				const close = this._getNextToken();
				return TupleNode.create(TextRange.fromBounds(open.start, close.start + 1), [], true);
			}
			if (this._isKeyword(KeywordType.Yield)) {
				const y = this._parseYield();
				const close = this._expectClose(TokenType.CloseParenthesis, y);
				if (!close) return ErrorNode.create(y, ErrorCategory.Other, y);
				this._parenthesizedNodes.add(y);
				this._parenExtent.set(y, { start: open.start, end: close.start + close.length });
				return y;
			}
			const first = this._parseStarOrTest(true, true);
			if (first.nodeType === ParseNodeType.Error) return first;
			if (this._isKeyword(KeywordType.For) || this._isKeyword(KeywordType.Async)) {
				if (first.nodeType === ParseNodeType.Starred) {
					this._addErrorNode(first, 'iterable unpacking cannot be used in comprehension');
				}
				const gen = this._parseComprehension(first, (e, g) => GeneratorExpressionNode.create(open, e, g));
				const close = this._expectClose(TokenType.CloseParenthesis, gen);
				if (!close) return ErrorNode.create(gen, ErrorCategory.Other, gen);
				gen.length = close.start + 1 - gen.start;
				return gen;
			}
			if (this._peekTokenType() !== TokenType.Comma) {
				const close = this._expectClose(TokenType.CloseParenthesis, first);
				if (!close) return ErrorNode.create(first, ErrorCategory.Other, first);
				if (first.nodeType === ParseNodeType.Starred) {
					this._addLateError(2, "can't use starred expression here", first);
				}
				this._parenthesizedNodes.add(first);
				this._parenExtent.set(first, { start: open.start, end: close.start + close.length });
				return first;
			}
			const elements: ExpressionNode[] = [first];
			while (this._consumeTokenIfType(TokenType.Comma)) {
				if (this._peekTokenType() === TokenType.CloseParenthesis) break;
				const e = this._parseStarOrTest(true, true);
				elements.push(e);
				if (e.nodeType === ParseNodeType.Error) return e;
			}
			const close = this._expectClose(TokenType.CloseParenthesis, elements[elements.length - 1]);
			if (!close) return ErrorNode.create(first, ErrorCategory.Other, first);
			return TupleNode.create(TextRange.fromBounds(open.start, close.start + 1), elements, true);
		} finally {
			this._bracketLevel--;
			this._leave();
		}
	}

	/** Expects a closing bracket; reports an error otherwise (unless one was already reported). */
	private _expectClose(type: TokenType, last: ExpressionNode): Token | undefined {
		const close = this._consumeTokenIfType(type);
		if (close) return close;
		if (last.nodeType !== ParseNodeType.Error) {
			this._invalidSyntaxAt(this._peekToken());
		}
		return undefined;
	}

	// list: '[' [star_named_expressions] ']' ; listcomp: '[' named_expression for_if_clauses ']'
	private _parseListAtom(): ExpressionNode {
		const open = this._getNextToken();
		this._enter();
		this._bracketLevel++;
		try {
			const elements: ExpressionNode[] = [];
			while (this._peekTokenType() !== TokenType.CloseBracket) {
				const e = this._parseStarOrTest(true, true);
				if (e.nodeType === ParseNodeType.Error) return e;
				if (this._checkMisplacedAssign(e)) return ErrorNode.create(e, ErrorCategory.Other, e);
				if (elements.length === 0 && (this._isKeyword(KeywordType.For) || this._isKeyword(KeywordType.Async))) {
					if (e.nodeType === ParseNodeType.Starred) {
						this._addErrorNode(e, 'iterable unpacking cannot be used in comprehension');
					}
					const comp = this._parseComprehension(e, (el, g) => ListComprehensionNode.create(open, el, g));
					const close = this._expectClose(TokenType.CloseBracket, comp);
					if (!close) return ErrorNode.create(comp, ErrorCategory.Other, comp);
					comp.length = close.start + 1 - comp.start;
					return comp;
				}
				elements.push(e);
				if (!this._consumeTokenIfType(TokenType.Comma)) break;
				if (this._isKeyword(KeywordType.For) && this._version >= 310) {
					// [x, y for x, y in z]
					this._addError('did you forget parentheses around the comprehension target?', elements[0].start, e.start + e.length);
					return ErrorNode.create(e, ErrorCategory.Other, e);
				}
			}
			if (elements.length > 1 && (this._isKeyword(KeywordType.For) || this._isKeyword(KeywordType.Async)) && this._version >= 310) {
				const last = elements[elements.length - 1];
				this._addError('did you forget parentheses around the comprehension target?', elements[0].start, last.start + last.length);
				return ErrorNode.create(last, ErrorCategory.Other, last);
			}
			const close = this._expectClose(TokenType.CloseBracket, elements.length ? elements[elements.length - 1] : open as unknown as ExpressionNode);
			if (!close) return ErrorNode.create(open, ErrorCategory.Other);
			return ListNode.create(TextRange.fromBounds(open.start, close.start + 1), elements);
		} finally {
			this._bracketLevel--;
			this._leave();
		}
	}

	// dict: '{' [double_starred_kvpairs] '}' ; set: '{' star_named_expressions '}'
	// dictcomp: '{' kvpair for_if_clauses '}' ; setcomp: '{' named_expression for_if_clauses '}'
	private _parseDictOrSetAtom(): ExpressionNode {
		const open = this._getNextToken();
		this._enter();
		this._bracketLevel++;
		try {
			if (this._peekTokenType() === TokenType.CloseCurlyBrace) {
				const close = this._getNextToken();
				return DictionaryNode.create(TextRange.fromBounds(open.start, close.start + 1), []);
			}
			const entries: DictionaryEntryNode[] = [];
			const setElements: ExpressionNode[] = [];
			let isDict: boolean | undefined;
			for (;;) {
				if (this._peekTokenType() === TokenType.CloseCurlyBrace) break;
				const t = this._peekToken();
				if (t.type === TokenType.Operator && (t as OperatorToken).operatorType === OperatorType.Power) {
					this._getNextToken();
					const value = this._parseBitwiseOr();
					const entry = DictionaryExpandEntryNode.create(t, value);
					if (isDict === false) {
						this._invalidSyntaxAt(t);
						return ErrorNode.create(open, ErrorCategory.Other);
					}
					isDict = true;
					if (entries.length === 0 && (this._isKeyword(KeywordType.For) || this._isKeyword(KeywordType.Async))) {
						this._addErrorNode(t, 'dict unpacking cannot be used in dict comprehension');
						return ErrorNode.create(open, ErrorCategory.Other);
					}
					entries.push(entry);
				} else {
					// After a `key: value` pair, a key without ':' is reported as such (not as a
					// forgotten comma).
					if (isDict === true) this._noCommaHint++;
					const key = this._parseStarOrTest(true, true);
					if (isDict === true) this._noCommaHint--;
					if (key.nodeType === ParseNodeType.Error) return key;
					if (isDict !== false && this._peekTokenType() === TokenType.Colon) {
						this._getNextToken();
						if (!this._startsExpression(this._peekToken())) {
							const bad = this._peekToken();
							if (this._version >= 310 && (bad.type === TokenType.Comma || bad.type === TokenType.CloseCurlyBrace)) {
								this._addError("expression expected after dictionary key and ':'", this._prevToken().start, this._prevToken().start + 1);
							} else {
								this._invalidSyntaxAt(bad);
							}
							return ErrorNode.create(open, ErrorCategory.Other);
						}
						const value = this._parseTest();
						if (value.nodeType === ParseNodeType.Error) return value;
						const entry = DictionaryKeyEntryNode.create(key, value);
						isDict = true;
						if (entries.length === 0 && (this._isKeyword(KeywordType.For) || this._isKeyword(KeywordType.Async))) {
							const comp = this._parseComprehension(entry, (_e, g) => DictionaryComprehensionNode.create(open, key, value, g));
							const close = this._expectClose(TokenType.CloseCurlyBrace, comp);
							if (!close) return ErrorNode.create(comp, ErrorCategory.Other, comp);
							comp.length = close.start + 1 - comp.start;
							return comp;
						}
						entries.push(entry);
					} else {
						if (isDict === true) {
							if (this._version >= 310) {
								const keyEnd = key.start + key.length;
								this._addError("':' expected after dictionary key", Math.max(keyEnd - 1, key.start), keyEnd, 'SyntaxError', 0);
							} else {
								this._invalidSyntaxAt(this._peekToken());
							}
							return ErrorNode.create(open, ErrorCategory.Other);
						}
						isDict = false;
						if (setElements.length === 0 && (this._isKeyword(KeywordType.For) || this._isKeyword(KeywordType.Async))) {
							if (key.nodeType === ParseNodeType.Starred) {
								this._addErrorNode(key, 'iterable unpacking cannot be used in comprehension');
							}
							const comp = this._parseComprehension(key, (e, g) => SetComprehensionNode.create(open, e, g));
							const close = this._expectClose(TokenType.CloseCurlyBrace, comp);
							if (!close) return ErrorNode.create(comp, ErrorCategory.Other, comp);
							comp.length = close.start + 1 - comp.start;
							return comp;
						}
						setElements.push(key);
					}
				}
				if (!this._consumeTokenIfType(TokenType.Comma)) break;
			}
			const last = isDict ? entries[entries.length - 1] : setElements[setElements.length - 1];
			const close = this._consumeTokenIfType(TokenType.CloseCurlyBrace);
			if (!close) {
				if (last && last.nodeType !== ParseNodeType.Error) this._invalidSyntaxAt(this._peekToken());
				return ErrorNode.create(open, ErrorCategory.Other);
			}
			const range = TextRange.fromBounds(open.start, close.start + 1);
			return isDict === false ? SetNode.create(range, setElements) : DictionaryNode.create(range, entries);
		} finally {
			this._bracketLevel--;
			this._leave();
		}
	}

	// for_if_clauses: (['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
	private _parseComprehension<T extends ExpressionNode>(element: ParseNode, create: (element: ExpressionNode, generators: ComprehensionNode[]) => T): T {
		const generators: ComprehensionNode[] = [];
		for (;;) {
			const asyncToken = this._isKeyword(KeywordType.Async) && this._isKeyword(KeywordType.For, 1) ? this._getNextToken() : undefined;
			const forToken = this._consumeTokenIfKeyword(KeywordType.For);
			if (!forToken) break;
			const start = asyncToken ?? forToken;
			const target = this._parseTargetList();
			if (target.nodeType !== ParseNodeType.Error) this._validateTarget(target, TargetKind.For);
			let iterable: ExpressionNode;
			if (!this._consumeTokenIfKeyword(KeywordType.In)) {
				if (target.nodeType !== ParseNodeType.Error) this._invalidSyntaxAt(this._peekToken());
				iterable = ErrorNode.create(this._peekToken(), ErrorCategory.MissingExpression);
			} else {
				iterable = this._parseOrTest();
			}
			const conditions: ExpressionNode[] = [];
			while (this._consumeTokenIfKeyword(KeywordType.If)) {
				const cond = this._parseOrTest();
				conditions.push(cond);
				if (cond.nodeType === ParseNodeType.Error) break;
			}
			const comp = ComprehensionNode.create(start, target, iterable, conditions, asyncToken !== undefined);
			generators.push(comp);
			if (asyncToken) {
				this._pendingAsyncComprehension = true;
			}
			if (iterable.nodeType === ParseNodeType.Error) break;
		}
		const elementExpr = element.nodeType === ParseNodeType.DictionaryKeyEntry ? ((element).key) : (element as ExpressionNode);
		const node = create(elementExpr, generators);
		extendTo(node, this._prevToken());
		// An await inside the comprehension (outside its first iterable, which is evaluated in the
		// enclosing scope) makes it asynchronous: fine for generator expressions, an error for
		// list/set/dict comprehensions outside async functions.
		let isAsync = this._pendingAsyncComprehension;
		this._pendingAsyncComprehension = false;
		const firstIter = generators.length > 0 ? generators[0].iterable : undefined;
		const nodeEnd = node.start + node.length;
		for (const late of this._pendingAwaits) {
			const d = late.diagnostic;
			if (late.phase < 0 || d.start < node.start || d.start >= nodeEnd) continue;
			if (firstIter && d.start >= firstIter.start && d.start < firstIter.start + firstIter.length) continue;
			late.phase = -1;
			isAsync = true;
		}
		if (isAsync && node.nodeType !== ParseNodeType.GeneratorExpression && !this._inAsyncFunction()) {
			this._addLateError(2, 'asynchronous comprehension outside of an asynchronous function', node);
		}
		return node;
	}

	private _pendingAsyncComprehension = false;
	/** >0 while parsing a dict key after a `key: value` pair (no "forgot a comma" hint). */
	private _noCommaHint = 0;

	// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
	private _parseYield(): ExpressionNode {
		const kw = this._getNextToken();
		let node: YieldNode | YieldFromNode;
		if (this._consumeTokenIfKeyword(KeywordType.From)) {
			const value = this._parseTest();
			node = YieldFromNode.create(kw, value);
		} else {
			const t = this._peekToken();
			let value: ExpressionNode | undefined;
			if (this._startsExpression(t) && !(t.type === TokenType.Keyword && (t as KeywordToken).keywordType === KeywordType.Yield)) {
				value = this._parseTestOrStarListAsExpression(false, true);
			}
			node = YieldNode.create(kw, value);
		}
		const scope = this._scope();
		if (scope.kind === 'module' || scope.kind === 'class') {
			this._addLateError(1, "'yield' outside function", node);
		} else {
			scope.hasYield = true;
			if (node.nodeType === ParseNodeType.YieldFrom && scope.isAsync) {
				this._addLateError(2, "'yield from' inside async function", node);
			}
			if (scope.kind === 'function' && scope.isAsync) {
				for (const r of scope.returnsWithValue) {
					void r;
				}
			}
		}
		return node;
	}

	// ------------------------------------------------------------------------------------------
	// Strings

	// strings: (STRING | fstring)+  — adjacent literals are concatenated.
	private _parseStrings(): ExpressionNode {
		const first = this._peekToken() as StringToken;
		const tokens: StringToken[] = [];
		while (this._peekTokenType() === TokenType.String) {
			tokens.push(this._getNextToken() as StringToken);
		}
		const last = tokens[tokens.length - 1];
		const range = TextRange.fromBounds(first.start, last.start + last.length);
		let hasBytes = false;
		let hasStr = false;
		let hasFormat = false;
		for (const t of tokens) {
			const err = (t as StringTokenWithError).decodeError;
			if (err) {
				const end = t.start + t.length;
				if (err.line !== undefined && err.column !== undefined && this._version < 309) {
					// 3.7/3.8: f-string errors point at the start of the literal.
					const lc = lineColOf(this._lines, t.start);
					this._recordParserError({ kind: 'SyntaxError', message: err.message, start: t.start, end, line: lc.line, column: lc.column, endLine: lc.line, endColumn: lc.column });
				} else if (err.line !== undefined && err.column !== undefined) {
					this._recordParserError({ kind: 'SyntaxError', message: err.message, start: t.start, end, line: err.line, column: err.column, endLine: err.line, endColumn: err.column });
				} else if (
					(this._version >= 309 && this._version < 312 && err.message.startsWith('(unicode error)')) ||
					(this._version >= 309 && this._version < 311 && err.message.startsWith('bytes can only'))
				) {
					// Before 3.12 these point just past the end of the literal.
					const lc = lineColOf(this._lines, end);
					const message = this._version < 310 && err.message.startsWith('bytes') ? err.message + '.' : err.message;
					this._recordParserError({ kind: 'SyntaxError', message, start: t.start, end, line: lc.line, column: lc.column, endLine: lc.line, endColumn: lc.column });
				} else {
					this._addError(err.message, t.start, end);
				}
			}
			if (t.flags & StringTokenFlags.Bytes) hasBytes = true;
			else hasStr = true;
			if (t.flags & StringTokenFlags.Format) hasFormat = true;
		}
		if (hasBytes && hasStr) {
			const endOffset = last.start + last.length;
			if (this._version >= 309) {
				this._addError('cannot mix bytes and nonbytes literals', endOffset, endOffset + 1);
			} else {
				this._addError('cannot mix bytes and nonbytes literals', first.start, endOffset);
			}
			return ConstantNode.create(range, ConstantKind.String, '');
		}
		if (hasBytes) {
			const bytes: number[] = [];
			for (const t of tokens) {
				for (let i = 0; i < t.value.length; i++) bytes.push(t.value.charCodeAt(i));
			}
			return ConstantNode.create(range, ConstantKind.Bytes, bytes);
		}
		if (!hasFormat) {
			let value = '';
			for (const t of tokens) value += t.value;
			return ConstantNode.create(range, ConstantKind.String, value);
		}
		const parts: (ConstantNode | FormattedValueNode)[] = [];
		for (const t of tokens) {
			if (t.flags & StringTokenFlags.Format) {
				this._appendFStringSegments(parts, t.segments ?? [], t);
			} else if (t.value.length > 0) {
				this._appendLiteral(parts, t.value, t);
			}
		}
		return FormattedStringNode.create(range, parts);
	}

	private _appendLiteral(parts: (ConstantNode | FormattedValueNode)[], value: string, range: TextRange): void {
		const prev = parts[parts.length - 1];
		if (prev && prev.nodeType === ParseNodeType.Constant) {
			prev.value = (prev.value as string) + value;
			TextRange.extend(prev, range);
			return;
		}
		parts.push(ConstantNode.create(TextRange.create(range.start, range.length), ConstantKind.String, value));
	}

	private _appendFStringSegments(parts: (ConstantNode | FormattedValueNode)[], segments: FStringSegment[], token: TextRange): void {
		for (const seg of segments) {
			if (seg.kind === 'literal') {
				if (seg.value.length > 0) this._appendLiteral(parts, seg.value, TextRange.fromBounds(seg.start, seg.end));
				continue;
			}
			if (seg.debugText !== undefined) {
				this._appendLiteral(parts, seg.debugText, TextRange.create(seg.start, 0));
			}
			parts.push(this._parseFStringField(seg, token));
		}
	}

	/** Parses one replacement field's expression with a sub-tokenizer over its source range. */
	private _parseFStringField(seg: Extract<FStringSegment, { kind: 'field' }>, token: TextRange): FormattedValueNode {
		void token;
		const expression = this._parseSubExpression(seg.exprStart, seg.exprEnd);
		let formatSpec: FormattedStringNode | undefined;
		if (seg.spec) {
			const specParts: (ConstantNode | FormattedValueNode)[] = [];
			this._appendFStringSegments(specParts, seg.spec, TextRange.fromBounds(seg.specStart, seg.specEnd));
			formatSpec = FormattedStringNode.create(TextRange.fromBounds(seg.specStart, seg.specEnd), specParts);
		}
		let conversion = seg.conversion;
		if (seg.debugText !== undefined && conversion === -1 && !seg.spec) {
			conversion = 'r';
		}
		return FormattedValueNode.create(TextRange.fromBounds(seg.start, seg.end), expression, conversion, formatSpec, seg.debugText);
	}

	/**
	 * When the field's tokens do not form an expression but a prefix of them does, returns the
	 * token that follows the longest such prefix. Runs only on the current sub-token stream.
	 */
	private _fieldPrefixStop(tokens: Token[]): Token | undefined {
		const n = tokens.length - 1; // last is EndOfStream
		if (this._parsesCleanly(tokens, n)) return undefined;
		for (let k = n - 1; k >= 1; k--) {
			if (this._parsesCleanly(tokens, k)) return tokens[k];
		}
		return undefined;
	}

	private _parsesCleanly(tokens: Token[], count: number): boolean {
		const eos = Token.create(TokenType.EndOfStream, tokens[count].start, 0);
		const savedTokens = this._tokens;
		const savedIndex = this._index;
		const savedLate = this._lateErrors.length;
		this._tokens = [...tokens.slice(0, count), eos];
		this._index = 0;
		this._suppress++;
		const before = this._suppressedErrorCount;
		let ok = false;
		try {
			const e = this._parseTestOrStarListAsExpression(false, true, true);
			ok = this._suppressedErrorCount === before && e.nodeType !== ParseNodeType.Error && this._peekTokenType() === TokenType.EndOfStream;
		} finally {
			this._suppress--;
			this._tokens = savedTokens;
			this._index = savedIndex;
			this._lateErrors.length = savedLate;
		}
		return ok;
	}

	/** Tokenizes and parses [start, end) of the source as `yield_expr | star_expressions`. */
	private _parseSubExpression(start: number, end: number): ExpressionNode {
		const sub = new Tokenizer(this._text, { pythonVersion: this._versionString, start, end, insideBrackets: true, lines: this._lines }).tokenize();
		// Tokenizer errors inside the field: report the first one as a parser error.
		if (sub.errors.length > 0) {
			this._recordParserError(this._plain(sub.errors[0]));
		}
		const savedTokens = this._tokens;
		const savedIndex = this._index;
		const savedFetched = this._maxFetched;
		const savedOutput = this._tokenizerOutput;
		const savedLevel = this._bracketLevel;
		const savedTransform = this._errorTransform;
		if (this._version < 312) {
			// CPython < 3.12 compiles "(" + expression + ")" separately: errors get an "f-string: "
			// prefix and columns relative to that string.
			const exprLine = lineIndexOf(this._lines, start) + 1;
			this._errorTransform = (d) => {
				let message = d.message.startsWith('f-string') ? d.message : 'f-string: ' + d.message;
				if (this._version >= 310) message = message.replace("can't use starred expression here", 'cannot use starred expression here');
				return { ...d, message, line: exprLine, column: d.start - start + 2, endLine: exprLine, endColumn: d.end - start + 2 };
			};
		}
		this._tokens = sub.tokens;
		this._index = 0;
		this._maxFetched = sub.tokens.length; // errors already handled
		this._bracketLevel = 1;
		let expr: ExpressionNode;
		try {
			if (sub.errors.length > 0) {
				expr = ErrorNode.create(TextRange.fromBounds(start, end), ErrorCategory.Other);
			} else {
				const t = this._peekToken();
				if (t.type === TokenType.Keyword && (t as KeywordToken).keywordType === KeywordType.Lambda && this._version >= 312) {
					// f'{lambda x: 1}' — the ':' starts the format spec.
					const lambdaEnd = this._text.indexOf(':', t.start);
					this._addError('f-string: lambda expressions are not allowed without parentheses', t.start, lambdaEnd >= 0 ? lambdaEnd + 1 : end);
					expr = ErrorNode.create(TextRange.fromBounds(start, end), ErrorCategory.Other);
				} else {
					const lastTok = sub.tokens[sub.tokens.length - 2];
					const danglingEnd = lastTok !== undefined && (lastTok.type === TokenType.Operator || lastTok.type === TokenType.Dot || lastTok.type === TokenType.Keyword);
					if (this._version >= 312 && this._suppress === 0 && danglingEnd && sub.tokens.length <= 64) {
						// An expression cut short by the end of the field (`{a +}`): CPython reports
						// the first token after the longest valid expression.
						const stop = this._fieldPrefixStop(sub.tokens);
						if (stop) {
							this._addError("f-string: expecting '=', or '!', or ':', or '}'", stop.start, stop.start + Math.max(stop.length, 1));
							return ErrorNode.create(TextRange.fromBounds(start, end), ErrorCategory.Other);
						}
					}
					expr = this._parseTestOrStarListAsExpression(false, true, true);
					if (expr.nodeType === ParseNodeType.Starred) {
						this._addErrorNode(expr, "can't use starred expression here");
					}
					const next = this._peekToken();
					if (next.type !== TokenType.EndOfStream && expr.nodeType !== ParseNodeType.Error) {
						if (this._version >= 312) {
							this._addError("f-string: expecting '=', or '!', or ':', or '}'", next.start, next.start + Math.max(next.length, 1));
						} else {
							this._addError('f-string: invalid syntax', next.start, next.start + 1);
						}
					}
				}
			}
		} finally {
			this._tokens = savedTokens;
			this._index = savedIndex;
			this._maxFetched = savedFetched;
			this._tokenizerOutput = savedOutput;
			this._bracketLevel = savedLevel;
			this._errorTransform = savedTransform;
		}
		return expr;
	}
}

function extendTo(node: ParseNode, token: TextRange): void {
	TextRange.extend(node, token);
}

function augmentedToBinary(op: OperatorType): OperatorType | undefined {
	switch (op) {
		case OperatorType.AddEqual:
			return OperatorType.Add;
		case OperatorType.SubtractEqual:
			return OperatorType.Subtract;
		case OperatorType.MultiplyEqual:
			return OperatorType.Multiply;
		case OperatorType.DivideEqual:
			return OperatorType.Divide;
		case OperatorType.FloorDivideEqual:
			return OperatorType.FloorDivide;
		case OperatorType.ModEqual:
			return OperatorType.Mod;
		case OperatorType.PowerEqual:
			return OperatorType.Power;
		case OperatorType.MatrixMultiplyEqual:
			return OperatorType.MatrixMultiply;
		case OperatorType.LeftShiftEqual:
			return OperatorType.LeftShift;
		case OperatorType.RightShiftEqual:
			return OperatorType.RightShift;
		case OperatorType.BitwiseAndEqual:
			return OperatorType.BitwiseAnd;
		case OperatorType.BitwiseOrEqual:
			return OperatorType.BitwiseOr;
		case OperatorType.BitwiseXorEqual:
			return OperatorType.BitwiseXor;
		default:
			return undefined;
	}
}

/** Precedence level of binary operators handled by _parseBinaryLevel (-1: not binary). */
/** The operators of CPython's `sum` and `term` rules (where `not` needs parentheses). */
function isArithOrTermOperator(op: OperatorType): boolean {
	switch (op) {
		case OperatorType.Add:
		case OperatorType.Subtract:
		case OperatorType.Multiply:
		case OperatorType.Divide:
		case OperatorType.FloorDivide:
		case OperatorType.Mod:
		case OperatorType.MatrixMultiply:
			return true;
		default:
			return false;
	}
}

function binaryLevel(op: OperatorType): number {
	switch (op) {
		case OperatorType.BitwiseOr:
			return 0;
		case OperatorType.BitwiseXor:
			return 1;
		case OperatorType.BitwiseAnd:
			return 2;
		case OperatorType.LeftShift:
		case OperatorType.RightShift:
			return 3;
		case OperatorType.Add:
		case OperatorType.Subtract:
			return 4;
		case OperatorType.Multiply:
		case OperatorType.Divide:
		case OperatorType.FloorDivide:
		case OperatorType.Mod:
		case OperatorType.MatrixMultiply:
			return 5;
		default:
			return -1;
	}
}
