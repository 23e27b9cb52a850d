/*
 * traceback.ts
 * Prints an exception the way CPython's default excepthook does (Lib/traceback.py):
 * the chain of causes/contexts, "Traceback (most recent call last):", one entry per frame with
 * its source line (and 3.11+ carets), repeated-frame compression, and the final "Type: msg"
 * line with "Did you mean" suggestions for NameError/AttributeError (3.10+).
 */

import { PyValue, PyType, typeOf } from '../objects/object';
import {
	PyException,
	TracebackEntry,
	SyntaxError,
	NameError,
	AttributeError,
	ImportError,
	BaseExceptionGroup,
} from '../objects/exceptions';
import * as P from '../objects/protocol';
import { rt } from '../objects/runtimeState';
import { PyDict } from '../objects/containers';
import { PyModule } from '../objects/function';
import { parse } from '../parser/parser';
import { nameErrorContext } from './interpreter';
import { ParseNodeType } from '../parser/parseNodes';

/** The printable type name: the qualname, module-qualified unless builtins or __main__. */
export function exceptionTypeName(t: PyType): string {
	const mod = t.module;
	// Before 3.11 the C printer qualified everything but builtins (`__main__.MyError`).
	if (mod === 'builtins' || (mod === '__main__' && rt.minor >= 11)) return t.qualname;
	return `${mod}.${t.qualname}`;
}

/** str(exc), falling back like traceback.py when __str__ itself fails. */
function safeStr(exc: PyException): string {
	try {
		return P.str(exc);
	} catch {
		return `<exception str() failed>`;
	}
}

/** "Type: message" (or "Type" when the message is empty). */
export function formatExceptionOnly(exc: PyException): string[] {
	const name = exceptionTypeName(exc.cls);
	if (exc.cls.isSubtypeOf(SyntaxError)) return formatSyntaxError(exc, name);
	const msg = safeStr(exc);
	let line = msg === '' ? name : `${name}: ${msg}`;
	const suggestion = rt.minor >= 10 ? computeSuggestion(exc) : null;
	if (suggestion) line += suggestion.startsWith('import:') ? `. Did you forget to import '${suggestion.slice(7)}'?` : `. Did you mean: '${suggestion}'?`;
	const out = [line];
	if (exc.notes) for (const n of exc.notes) out.push(typeof n === 'string' ? n : P.str(n));
	return out;
}

function attrOf(exc: PyException, name: string): PyValue | undefined {
	try {
		return P.getAttrOpt(exc, name);
	} catch {
		return undefined;
	}
}

function formatSyntaxError(exc: PyException, name: string): string[] {
	// traceback.py TracebackException._format_syntax_error
	const msg = attrOf(exc, 'msg');
	const filename = attrOf(exc, 'filename');
	const lineno = attrOf(exc, 'lineno');
	const text = attrOf(exc, 'text');
	const offsetV = attrOf(exc, 'offset');
	const endOffsetV = attrOf(exc, 'end_offset');
	const endLineno = attrOf(exc, 'end_lineno');
	const out: string[] = [];
	let suffix = '';
	if (typeof lineno === 'number') {
		out.push(`  File "${typeof filename === 'string' && filename ? filename : '<string>'}", line ${lineno}`);
	} else if (typeof filename === 'string') suffix = ` (${filename})`;
	if (typeof text === 'string' && rt.minor < 10) {
		out.push(...oldErrorText(text, typeof offsetV === 'number' ? offsetV : -1));
	} else if (typeof text === 'string') {
		const rtext = text.replace(/\n+$/, '');
		// 3.10-3.12 print through the C printer (pythonrun.c print_error_text), which strips
		// tabs too; 3.13's traceback.py strips only ' \n\f'.
		const ltext = rtext.replace(rt.minor <= 12 ? /^[ \t\f]+/ : /^[ \n\f]+/, '');
		const spaces = rtext.length - ltext.length;
		if (typeof offsetV !== 'number') {
			out.push(`    ${ltext}`);
		} else {
			let offset = offsetV;
			let endOffset =
				lineno === endLineno ? (typeof endOffsetV === 'number' && endOffsetV !== 0 ? endOffsetV : offset) : rtext.length + 1;
			if (offset > text.length) offset = rtext.length + 1;
			if (endOffset > text.length) endOffset = rtext.length + 1;
			if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
			const colno = offset - 1 - spaces;
			const endColno = endOffset - 1 - spaces;
			out.push(`    ${ltext}`);
			if (colno >= 0) {
				// The C printer pads with plain spaces; traceback.py (3.13) keeps whitespace.
				const caretspace = [...ltext.slice(0, colno)].map((c) => (rt.minor >= 13 && /\s/.test(c) ? c : ' ')).join('');
				out.push(`    ${caretspace}${'^'.repeat(Math.max(0, endColno - colno))}`);
			}
		}
	}
	const m = typeof msg === 'string' && msg ? msg : '<no detail available>';
	out.push(`${name}: ${m}${suffix}`);
	return out;
}

/**
 * Before 3.10 a SyntaxError has no end position and the interpreter prints it in C
 * (pythonrun.c print_error_text): one caret; 3.9 reworked how the offset is clipped.
 */
function oldErrorText(text: string, offset: number): string[] {
	if (rt.minor <= 8) {
		if (offset >= 0) {
			if (offset > 0 && offset === text.length && text[offset - 1] === '\n') offset--;
			for (;;) {
				const nl = text.indexOf('\n');
				if (nl < 0 || nl >= offset) break;
				offset -= nl + 1;
				text = text.slice(nl + 1);
			}
			while (text[0] === ' ' || text[0] === '\t' || text[0] === '\f') {
				text = text.slice(1);
				offset--;
			}
		}
		const out = [`    ${text.replace(/\n$/, '')}`];
		if (offset !== -1) out.push(`    ${' '.repeat(Math.max(0, offset - 1))}^`);
		return out;
	}
	offset--;
	while (text[0] === ' ' || text[0] === '\t' || text[0] === '\f') {
		text = text.slice(1);
		offset--;
	}
	let len = text.length;
	if (len > 0 && text[len - 1] === '\n') len--;
	if (offset > len) offset = len;
	for (;;) {
		const nl = text.indexOf('\n');
		if (nl < 0 || nl >= offset) break;
		text = text.slice(nl + 1);
		len -= nl + 1;
		offset -= nl + 1;
	}
	const out = [`    ${text.replace(/\n$/, '')}`];
	if (offset >= 0) out.push(`    ${' '.repeat(offset)}^`);
	return out;
}

/** Source line `line` (1-based) of a text, or null. */
function sourceLine(source: string | null, line: number): string | null {
	if (source === null) return null;
	let start = 0;
	for (let i = 1; i < line; i++) {
		const nl = source.indexOf('\n', start);
		if (nl < 0) return null;
		start = nl + 1;
	}
	let end = source.indexOf('\n', start);
	if (end < 0) end = source.length;
	return source.slice(start, end).replace(/\r$/, '');
}

// ---------------------------------------------------------------------------------------------
// Source lines and carets (CPython 3.11-3.13 traceback.py format_frame_summary).

interface Anchors {
	leftLine: number;
	leftCol: number;
	rightLine: number;
	rightCol: number;
}

/** Display width of line[0:offset]: East Asian wide/fullwidth characters count 2 (_display_width). */
function displayWidth(line: string, offset = line.length): number {
	let w = 0;
	let i = 0;
	for (const ch of line) {
		if (i >= offset) break;
		const c = ch.codePointAt(0)!;
		w += isWide(c) ? 2 : 1;
		i += ch.length;
	}
	return w;
}

/** unicodedata.east_asian_width(ch) in "WF" for the ranges that matter in practice. */
function isWide(c: number): boolean {
	return (
		(c >= 0x1100 && c <= 0x115f) ||
		(c >= 0x2e80 && c <= 0x303e) ||
		(c >= 0x3041 && c <= 0x33ff) ||
		(c >= 0x3400 && c <= 0x4dbf) ||
		(c >= 0x4e00 && c <= 0x9fff) ||
		(c >= 0xa000 && c <= 0xa4cf) ||
		(c >= 0xac00 && c <= 0xd7a3) ||
		(c >= 0xf900 && c <= 0xfaff) ||
		(c >= 0xfe30 && c <= 0xfe4f) ||
		(c >= 0xff00 && c <= 0xff60) ||
		(c >= 0xffe0 && c <= 0xffe6) ||
		(c >= 0x1f300 && c <= 0x1f64f) ||
		(c >= 0x1f900 && c <= 0x1f9ff) ||
		(c >= 0x20000 && c <= 0x3fffd)
	);
}

/** Line index (0-based) and column of an offset in text. */
function lineCol(text: string, offset: number): [number, number] {
	let line = 0;
	let start = 0;
	for (let i = 0; i < offset && i < text.length; i++) {
		if (text.charCodeAt(i) === 10) {
			line++;
			start = i + 1;
		}
	}
	return [line, offset - start];
}

function isSpace(ch: string | undefined): boolean {
	return ch !== undefined && /\s/.test(ch);
}

/** 3.11/3.12 _extract_caret_anchors_from_line_segment: single-line BinOp and Subscript. */
function anchorsSingleLine(segment: string): Anchors | null {
	const r = parse(segment, { pythonVersion: '3.12' });
	if (r.diagnostics.length || r.module.body.length !== 1) return null;
	const st = r.module.body[0];
	if (st.nodeType !== ParseNodeType.ExpressionStatement) return null;
	const e = st.expression;
	if (e.nodeType === ParseNodeType.BinaryOperation) {
		const opStart = e.left.start + e.left.length;
		const opEnd = e.right.start;
		const opStr = segment.slice(opStart, opEnd);
		const opOffset = opStr.length - opStr.replace(/^\s+/, '').length;
		let left = opStart + opOffset;
		let right = left + 1;
		if (opOffset + 1 < opStr.length && !isSpace(opStr[opOffset + 1])) right++;
		while (left < segment.length && (isSpace(segment[left]) || ')#'.includes(segment[left]))) {
			left++;
			right++;
		}
		return { leftLine: 0, leftCol: left, rightLine: 0, rightCol: right };
	}
	if (e.nodeType === ParseNodeType.Index) {
		let left = e.object.start + e.object.length;
		let right = e.index.start + e.index.length + 1;
		while (left < segment.length && (isSpace(segment[left]) || segment[left] !== '[')) left++;
		while (right < segment.length && (isSpace(segment[right]) || segment[right] !== ']')) right++;
		if (right < segment.length) right++;
		return { leftLine: 0, leftCol: left, rightLine: 0, rightCol: right };
	}
	return null;
}

/** 3.13 _extract_caret_anchors_from_line_segment: BinOp, Subscript and Call, possibly multi-line. */
function anchorsMultiLine(segment: string): Anchors | null {
	const wrapped = `(\n${segment}\n)`;
	const r = parse(wrapped, { pythonVersion: '3.13' });
	if (r.diagnostics.length || r.module.body.length !== 1) return null;
	const st = r.module.body[0];
	if (st.nodeType !== ParseNodeType.ExpressionStatement) return null;
	const e = st.expression;
	const lines = segment.split('\n');
	const pos = (offset: number): [number, number] => {
		const [l, c] = lineCol(wrapped, offset);
		return [l - 1, c];
	};
	const nextValid = (l: number, c: number): [number, number] => {
		while (l < lines.length && c >= lines[l].length) {
			c = 0;
			l++;
		}
		if (l >= lines.length) throw new Error('no valid char');
		return [l, c];
	};
	const incrementUntil = (l: number, c: number, stop: (ch: string) => boolean): [number, number] => {
		for (;;) {
			const ch = lines[l][c];
			if (ch === '\\' || ch === '#') [l, c] = nextValid(l + 1, 0);
			else if (!stop(ch)) [l, c] = nextValid(l, c + 1);
			else return [l, c];
		}
	};
	const endOf = (n: { start: number; length: number }, force = true): [number, number] => {
		const [l, c] = pos(n.start + n.length);
		return force ? nextValid(l, c) : [l, c];
	};
	try {
		if (e.nodeType === ParseNodeType.BinaryOperation) {
			let [l, c] = endOf(e.left);
			[l, c] = incrementUntil(l, c, (ch) => !isSpace(ch) && ch !== ')');
			let right = c + 1;
			const [rl, rc] = pos(e.right.start);
			const line = lines[l];
			if (right < line.length && (rl > l || right < rc) && !isSpace(line[right]) && !'\\#'.includes(line[right])) right++;
			return { leftLine: l, leftCol: c, rightLine: l, rightCol: right };
		}
		if (e.nodeType === ParseNodeType.Index || e.nodeType === ParseNodeType.Call) {
			const head = e.nodeType === ParseNodeType.Index ? e.object : e.func;
			let [l, c] = endOf(head);
			[l, c] = incrementUntil(l, c, (ch) => ch === (e.nodeType === ParseNodeType.Index ? '[' : '('));
			const [rl, rc] = endOf(e, false);
			return { leftLine: l, leftCol: c, rightLine: rl, rightCol: rc };
		}
	} catch {
		return null;
	}
	return null;
}

/** textwrap.dedent on a list of lines. */
function dedentLines(lines: string[]): string[] {
	let margin: string | null = null;
	for (const l of lines) {
		if (l.trim() === '') continue;
		const ind = /^[ \t]*/.exec(l)![0];
		if (margin === null) margin = ind;
		else {
			let k = 0;
			while (k < margin.length && k < ind.length && margin[k] === ind[k]) k++;
			margin = margin.slice(0, k);
		}
	}
	const m = margin ?? '';
	return lines.map((l) => (l.trim() === '' ? '' : l.slice(m.length)));
}

/** 3.13 _should_show_carets. */
function shouldShowCarets(start: number, end: number, allLines: string[], anchors: Anchors | null): boolean {
	const text = allLines.join('\n');
	const r = parse(text, { pythonVersion: '3.13' });
	// ast.parse does not check context ('return' outside function is a compiler error).
	const real = r.diagnostics.filter((d) => !/outside (async )?function|outside loop|not properly in loop/.test(d.message));
	if (!real.length) {
		if (!r.module.body.length) return false;
		const st = r.module.body[0];
		let value: { start: number; length: number } | null = null;
		if (st.nodeType === ParseNodeType.Return && st.value?.nodeType === ParseNodeType.Call && st.value.func.nodeType === ParseNodeType.Name) value = st.value;
		if (st.nodeType === ParseNodeType.Assign && st.value.nodeType === ParseNodeType.Call && st.targets.length === 1 && st.targets[0].nodeType === ParseNodeType.Name) value = st.value;
		if (value) {
			const [sl, sc] = lineCol(text, value.start);
			const [el, ec] = lineCol(text, value.start + value.length);
			if (sl === 0 && el === allLines.length - 1 && sc === start && ec === end) return false;
		}
	}
	if (anchors) return true;
	return allLines[0].slice(0, start).trim() !== '' || allLines[allLines.length - 1].slice(end).trim() !== '';
}

/** Set while formatting for 3.13's C traceback printer, which shows no carets (formatUnraisable). */
let withoutCarets = false;

/** The source lines (with carets) printed under "File ..., line N, in f". */
function frameSourceLines(e: TracebackEntry): string[] {
	const first = sourceLine(e.source, e.line);
	if (first === null || first.trim() === '') return [];
	if (rt.minor < 11 || withoutCarets || e.start < 0 || e.source === null) return [`    ${first.trim()}`];
	const src = e.source;
	const [sl, sc] = lineCol(src, e.start);
	const [el, ec] = lineCol(src, e.end);
	if (sl + 1 !== e.line) return [`    ${first.trim()}`];
	if (rt.minor < 13) {
		const out = [`    ${first.trim()}`];
		const line = first;
		const stripped = line.trim();
		const strippedChars = line.length - line.replace(/^\s+/, '').length;
		const start = sc;
		let end = ec;
		let anchors: Anchors | null = null;
		const segment = line.slice(start, end);
		if (sl === el) anchors = anchorsSingleLine(segment);
		else end = line.replace(/\s+$/, '').length;
		if (end - start < stripped.length || (anchors && anchors.rightCol - anchors.leftCol > 0)) {
			const dpStart = displayWidth(line, start) + 1;
			const dpEnd = displayWidth(line, end) + 1;
			let row = '    ' + ' '.repeat(dpStart - strippedChars - 1 + 1 - 1);
			if (anchors) {
				const dl = displayWidth(segment, anchors.leftCol);
				const dr = displayWidth(segment, anchors.rightCol);
				row += '~'.repeat(dl) + '^'.repeat(dr - dl) + '~'.repeat(Math.max(0, dpEnd - dpStart - dr));
			} else row += '^'.repeat(dpEnd - dpStart);
			out.push(row);
		}
		return out;
	}
	// 3.13: possibly several lines, dedented, with significant-line elision.
	const lines = src.split('\n').slice(sl, el + 1).map((l) => l.replace(/\r$/, ''));
	const allLines = dedentLines(lines);
	const dedentChars = lines[0].length - allLines[0].length;
	const start = Math.max(0, sc - dedentChars);
	const end = Math.max(0, ec - dedentChars);
	const dpStart = displayWidth(allLines[0], start);
	const dpEnd = displayWidth(allLines[allLines.length - 1], end);
	let segment = allLines.join('\n');
	segment = segment.slice(start, segment.length - (allLines[allLines.length - 1].length - end));
	const anchors = anchorsMultiLine(segment);
	const show = shouldShowCarets(start, end, allLines, anchors);
	const significant = new Set<number>([0, allLines.length - 1]);
	let aLeft = 0;
	let aRight = 0;
	if (anchors) {
		aLeft = anchors.leftCol + (anchors.leftLine === 0 ? start : 0);
		aRight = anchors.rightCol + (anchors.rightLine === 0 ? start : 0);
		aLeft = displayWidth(allLines[anchors.leftLine], aLeft);
		aRight = displayWidth(allLines[anchors.rightLine], aRight);
		for (const d of [-1, 0, 1]) {
			significant.add(anchors.leftLine + d);
			significant.add(anchors.rightLine + d);
		}
	}
	significant.delete(-1);
	significant.delete(allLines.length);
	const result: string[] = [];
	const outputLine = (ln: number): void => {
		const text = allLines[ln];
		result.push(text);
		if (!show) return;
		const numSpaces = text.length - text.replace(/^\s+/, '').length;
		const numCarets = ln === allLines.length - 1 ? dpEnd : displayWidth(text);
		let carets = '';
		for (let col = 0; col < numCarets; col++) {
			if (col < numSpaces || (ln === 0 && col < dpStart)) carets += ' ';
			else if (
				anchors &&
				(ln > anchors.leftLine || (ln === anchors.leftLine && col >= aLeft)) &&
				(ln < anchors.rightLine || (ln === anchors.rightLine && col < aRight))
			)
				carets += '^';
			else carets += anchors ? '~' : '^';
		}
		result.push(carets);
	};
	const sig = [...significant].sort((a, b) => a - b);
	sig.forEach((ln, i) => {
		if (i) {
			const diff = ln - sig[i - 1];
			if (diff === 2) outputLine(ln - 1);
			else if (diff > 2) result.push(`...<${diff - 1} lines>...`);
		}
		outputLine(ln);
	});
	return dedentLines(result).map((l) => `    ${l}`);
}

/** Formats the frame lines of a traceback chain (what follows "Traceback (most recent call last):"). */
export function formatFrames(tb: TracebackEntry | null): string[] {
	return formatTraceback(tb);
}

/** Formats the "Traceback (most recent call last):" block of one exception. */
function formatTraceback(tb: TracebackEntry | null): string[] {
	const out: string[] = [];
	let last: TracebackEntry | null = null;
	let repeat = 0;
	const flushRepeat = (): void => {
		if (repeat > 3) {
			const n = repeat - 3;
			out.push(`  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]`);
		}
	};
	for (let e = tb; e !== null; e = e.next) {
		if (e.hidden) continue;
		if (last && last.filename === e.filename && last.line === e.line && last.name === e.name) {
			repeat++;
			if (repeat > 3) continue;
		} else {
			flushRepeat();
			repeat = 1;
		}
		last = e;
		out.push(`  File "${e.filename}", line ${e.line}, in ${e.name}`);
		out.push(...frameSourceLines(e));
	}
	flushRepeat();
	return out;
}

const CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n\n';
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** traceback._ExceptionPrintContext: indentation and margins for exception groups. */
class PrintContext {
	seen = new Set<PyException>();
	depth = 0;
	needClose = false;
	constructor(readonly options: FormatOptions = {}) {}
	indent(): string {
		return ' '.repeat(2 * this.depth);
	}
	emit(out: string[], text: string, marginChar: string | null = null): void {
		let prefix = this.indent();
		if (this.depth) prefix += (marginChar ?? '|') + ' ';
		const lines = text.split('\n');
		if (lines[lines.length - 1] === '') lines.pop();
		for (const l of lines) out.push(prefix + l + '\n');
	}
}

function groupExceptions(e: PyException): PyException[] | null {
	if (!e.cls.isSubtypeOf(BaseExceptionGroup) || rt.minor < 11) return null;
	try {
		const v = P.getAttr(e, 'exceptions') as { items?: PyValue[] };
		return (v.items ?? []).filter((x): x is PyException => x instanceof PyException);
	} catch {
		return [];
	}
}

/** TracebackException.format(): the chain, then each exception (groups as a tree). */
function formatInto(exc: PyException, out: string[], ctx: PrintContext): void {
	// (message, exception) pairs from the outermost exception inwards; the message says how the
	// exception relates to the one printed before it (cause or context).
	const chain: [string | null, PyException][] = [];
	let e: PyException | null = exc;
	while (e !== null) {
		ctx.seen.add(e);
		let msg: string | null = null;
		let next: PyException | null = null;
		if (ctx.options.chain === false) {
			// chain=False: this exception alone.
		} else if (e.cause !== null) {
			msg = CAUSE_MESSAGE;
			next = e.cause;
		} else if (e.context !== null && !e.suppressContext) {
			msg = CONTEXT_MESSAGE;
			next = e.context;
		}
		if (next !== null && ctx.seen.has(next)) {
			msg = null;
			next = null;
		}
		chain.push([msg, e]);
		e = next;
	}
	for (let i = chain.length - 1; i >= 0; i--) {
		const [msg, x] = chain[i];
		if (msg !== null) ctx.emit(out, msg);
		const excs = groupExceptions(x);
		const entries = limitEntries(x.traceback, ctx.options);
		let tb = entries !== null && hasVisible(entries) ? formatTraceback(entries) : null;
		// 3.7's traceback module prints the header for any traceback, even with no frame left.
		if (tb === null && rt.minor === 7 && !ctx.options.innermost && ctx.options.limit != null && x.traceback !== null) tb = [];
		if (excs === null) {
			if (tb) {
				ctx.emit(out, 'Traceback (most recent call last):\n');
				if (tb.length !== 0) ctx.emit(out, tb.join('\n') + '\n');
			}
			ctx.emit(out, formatExceptionOnly(x).join('\n') + '\n');
			continue;
		}
		if (ctx.depth > MAX_GROUP_DEPTH) {
			ctx.emit(out, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
			continue;
		}
		const top = ctx.depth === 0;
		if (top) ctx.depth++;
		if (tb) {
			ctx.emit(out, 'Exception Group Traceback (most recent call last):\n', top ? '+' : null);
			ctx.emit(out, tb.join('\n') + '\n');
		}
		ctx.emit(out, formatExceptionOnly(x).join('\n') + '\n');
		const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
		ctx.needClose = false;
		for (let k = 0; k < n; k++) {
			const last = k === n - 1;
			if (last) ctx.needClose = true;
			const truncated = k >= MAX_GROUP_WIDTH;
			const title = truncated ? '...' : String(k + 1);
			out.push(ctx.indent() + (k === 0 ? '+-' : '  ') + `+---------------- ${title} ----------------\n`);
			ctx.depth++;
			if (!truncated) formatInto(excs[k], out, ctx);
			else {
				const remaining = excs.length - MAX_GROUP_WIDTH;
				ctx.emit(out, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
			}
			if (last && ctx.needClose) {
				out.push(ctx.indent() + '+------------------------------------\n');
				ctx.needClose = false;
			}
			ctx.depth--;
		}
		if (top) ctx.depth = 0;
	}
}

/** How much of an exception formatException shows. */
export interface FormatOptions {
	/**
	 * At most this many frames of each traceback (null: all). The traceback module keeps the
	 * outermost `limit` frames (the innermost -limit when negative); with `innermost` (the C
	 * printer and sys.tracebacklimit) the innermost `limit`, none when limit <= 0.
	 */
	limit?: number | null;
	innermost?: boolean;
	/** False: the exception alone, without its __cause__/__context__ chain. */
	chain?: boolean;
}

/** The complete text CPython prints for an uncaught exception (with the chain). */
export function formatException(exc: PyException, options: FormatOptions = {}): string {
	const out: string[] = [];
	formatInto(exc, out, new PrintContext(options));
	return out.join('');
}

/** The visible entries of a traceback that a limit keeps, relinked (the chain itself if no limit). */
function limitEntries(tb: TracebackEntry | null, options: FormatOptions): TracebackEntry | null {
	const limit = options.limit;
	if (limit === undefined || limit === null || tb === null) return tb;
	const visible: TracebackEntry[] = [];
	for (let e: TracebackEntry | null = tb; e !== null; e = e.next) if (!e.hidden) visible.push(e);
	let kept: TracebackEntry[];
	if (options.innermost) kept = limit <= 0 ? [] : visible.slice(-limit);
	else kept = limit >= 0 ? visible.slice(0, limit) : visible.slice(limit);
	let head: TracebackEntry | null = null;
	for (let i = kept.length - 1; i >= 0; i--) head = { ...kept[i], next: head };
	return head;
}

/** sys.tracebacklimit when the program set it to an int, else null. */
export function sysTracebackLimit(): number | null {
	const sys = rt.modules.get('sys');
	const v = sys instanceof PyModule ? sys.dict.getStr('tracebacklimit') : undefined;
	if (typeof v === 'number') return v;
	if (typeof v === 'bigint') return v > 0n ? Number.MAX_SAFE_INTEGER : -1;
	if (typeof v === 'boolean') return v ? 1 : 0;
	return null;
}

/**
 * What sys.unraisablehook's default prints under its "Exception ignored ..." line
 * (write_unraisable_exc_file): the traceback and the exception, without the __context__ or
 * __cause__ chain. It prints through the C traceback printer, which lost its carets in 3.13
 * (3.13's excepthook prints through the traceback module instead).
 */
export function formatUnraisable(exc: PyException): string {
	const { context, cause } = exc;
	exc.context = null;
	exc.cause = null;
	const saved = withoutCarets;
	withoutCarets = rt.minor >= 13;
	try {
		return formatException(exc);
	} finally {
		withoutCarets = saved;
		exc.context = context;
		exc.cause = cause;
	}
}

function hasVisible(tb: TracebackEntry | null): boolean {
	for (let e = tb; e !== null; e = e.next) if (!e.hidden) return true;
	return false;
}

// ---------------------------------------------------------------------------------------------
// "Did you mean" (CPython's _compute_suggestion_error, Levenshtein-based).

const MAX_CANDIDATE_ITEMS = 750;
/** A subset of sys.stdlib_module_names: the modules a learner forgets to import. */
const STDLIB_MODULE_NAMES = new Set([
	'abc', 'array', 'asyncio', 'base64', 'bisect', 'calendar', 'collections', 'contextlib', 'copy', 'csv', 'dataclasses',
	'datetime', 'decimal', 'enum', 'fractions', 'functools', 'gc', 'hashlib', 'heapq', 'inspect', 'io', 'itertools', 'json',
	'logging', 'math', 'multiprocessing', 'operator', 'os', 'pathlib', 'pickle', 'queue', 'random', 're', 'select',
	'selectors', 'shutil', 'signal', 'socket', 'statistics', 'string', 'struct', 'subprocess', 'sys', 'textwrap',
	'threading', 'time', 'timeit', 'traceback', 'types', 'typing', 'unittest', 'urllib', 'uuid', 'warnings', 'weakref',
]);
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: string, b: string): number {
	if (a === b) return 0;
	if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
	return MOVE_COST;
}

function levenshtein(a: string, b: string, maxCost: number): number {
	if (a === b) return 0;
	let pre = 0;
	while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
	a = a.slice(pre);
	b = b.slice(pre);
	while (a.length && b.length && a[a.length - 1] === b[b.length - 1]) {
		a = a.slice(0, -1);
		b = b.slice(0, -1);
	}
	if (!a.length || !b.length) return (a.length + b.length) * MOVE_COST;
	if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
	if (b.length < a.length) [a, b] = [b, a];
	if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
	const row = Array.from({ length: a.length }, (_, i) => (i + 1) * MOVE_COST);
	let result = 0;
	for (let bi = 0; bi < b.length; bi++) {
		const bc = b[bi];
		let distance = (result = bi * MOVE_COST);
		let minimum = Infinity;
		for (let ai = 0; ai < a.length; ai++) {
			const sub = distance + substitutionCost(a[ai], bc);
			distance = row[ai]!;
			const ins = distance + MOVE_COST;
			const del = result + MOVE_COST;
			result = Math.min(sub, ins, del);
			row[ai] = result;
			if (result < minimum) minimum = result;
		}
		if (minimum > maxCost) return maxCost + 1;
	}
	return result;
}

function bestMatch(wrong: string, candidates: string[]): string | null {
	if (candidates.length > MAX_CANDIDATE_ITEMS || wrong.length > MAX_STRING_SIZE) return null;
	let best: string | null = null;
	let bestDist: number | null = null;
	for (const c of [...new Set(candidates)].sort()) {
		if (c === wrong) continue;
		const maxDist = Math.floor(((wrong.length + c.length + 3) * MOVE_COST) / 6);
		const d = levenshtein(wrong, c, maxDist);
		if (d > maxDist) continue;
		if (bestDist === null || d < bestDist) {
			best = c;
			bestDist = d;
		}
	}
	return best;
}

/** Provider of the candidate names for a NameError raised in a frame (set by the runtime). */

function computeSuggestion(exc: PyException): string | null {
	const name = attrOf(exc, 'name');
	if (typeof name !== 'string') return null;
	if (exc.cls.isSubtypeOf(AttributeError)) {
		const obj = attrOf(exc, 'obj');
		if (obj === undefined) return null;
		let candidates: string[];
		try {
			candidates = dirOf(obj);
		} catch {
			return null;
		}
		return bestMatch(name, candidates);
	}
	if (exc.cls.isSubtypeOf(NameError)) {
		const f = nameErrorContext.get(exc);
		if (!f) return null;
		const cands: string[] = [];
		if (f.locals) for (const k of f.locals.keyList()) if (typeof k === 'string') cands.push(k);
		f.code.varnames.forEach((n, i) => {
			if (f.fast[i] !== undefined) cands.push(n);
		});
		for (const k of f.globals.keyList()) if (typeof k === 'string') cands.push(k);
		for (const k of f.builtins.keyList()) if (typeof k === 'string' && !k.startsWith('__pyco')) cands.push(k);
		const s = bestMatch(name, cands);
		if (s) return s;
		// 3.12+: an attribute of `self` with that name.
		if (rt.minor >= 12) {
			const selfIdx = f.code.varnames.indexOf('self');
			const self = selfIdx >= 0 ? f.fast[selfIdx] : undefined;
			if (self !== undefined) {
				try {
					if (dirOf(self).includes(name)) return `self.${name}`;
				} catch {
					/* ignore */
				}
			}
			if (STDLIB_MODULE_NAMES.has(name)) return `import:${name}`;
		}
		return null;
	}
	if (exc.cls.isSubtypeOf(ImportError) && rt.minor >= 12) return null;
	return null;
}

function dirOf(obj: PyValue): string[] {
	const out = new Set<string>();
	if (obj instanceof PyModule) {
		for (const k of obj.dict.keyList()) if (typeof k === 'string') out.add(k);
		return [...out];
	}
	if (typeof obj === 'object' && obj.dict) for (const k of (obj.dict as PyDict).keyList()) if (typeof k === 'string') out.add(k);
	const t = obj instanceof PyType ? obj : typeOf(obj);
	for (const c of t.mro) for (const k of c.ns.keys()) out.add(k);
	return [...out];
}
