/*
 * diagnostics.ts
 * Syntax diagnostics with CPython's exception kind, wording and positions.
 */

import { LineTable, lineColOf } from './positionUtils';

export type DiagnosticKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export interface Diagnostic {
	kind: DiagnosticKind;
	message: string;
	/** UTF-16 offsets into the source. */
	start: number;
	end: number;
	/** 1-based line. */
	line: number;
	/** 1-based column in code points, as CPython's SyntaxError.offset. */
	column: number;
	endLine: number;
	/** CPython's end_offset (0 or -1 where CPython reports those). */
	endColumn: number;
}

/**
 * Collects diagnostics. Positions are given as offsets; lines and columns are computed here,
 * only when a diagnostic is reported. `endColumnOverride` reproduces CPython's special end
 * offsets (0 for "was never closed", -1 for indentation errors).
 */
export class DiagnosticSink {
	readonly diagnostics: Diagnostic[] = [];

	constructor(private readonly _lines: LineTable) {}

	add(kind: DiagnosticKind, message: string, start: number, end: number, endColumnOverride?: number): Diagnostic {
		const diagnostic = createDiagnostic(this._lines, kind, message, start, end, endColumnOverride);
		this.diagnostics.push(diagnostic);
		return diagnostic;
	}
}

export function createDiagnostic(
	lines: LineTable,
	kind: DiagnosticKind,
	message: string,
	start: number,
	end: number,
	endColumnOverride?: number,
): Diagnostic {
	const s = lineColOf(lines, start);
	let e = end === start ? s : lineColOf(lines, end);
	if (end > start) {
		// A range ending with a line break (a NEWLINE token) ends on its own line, one column on.
		const last = lines.text.charCodeAt(end - 1);
		if (last === 10 || last === 13) {
			const before = lineColOf(lines, end - 1);
			e = { line: before.line, column: before.column + 1 };
		}
	}
	return {
		kind,
		message,
		start,
		end,
		line: s.line,
		column: s.column,
		endLine: endColumnOverride !== undefined ? s.line : e.line,
		endColumn: endColumnOverride !== undefined ? endColumnOverride : e.column,
	};
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
	return a.start - b.start || a.end - b.end;
}
