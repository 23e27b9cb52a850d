/*
 * positionUtils.ts
 * Converts UTF-16 offsets to 1-based lines and CPython-style columns using a line table.
 */

/** Offsets where each line starts (line 1 starts at 0). Built once by the tokenizer. */
export interface LineTable {
	readonly lineStarts: readonly number[];
	readonly text: string;
}

export interface LineCol {
	/** 1-based line. */
	line: number;
	/** 1-based column counted in code points, like CPython's SyntaxError.offset. */
	column: number;
}

/** Builds a line table; "\r\n", "\r" and "\n" all end a line (CPython's universal newlines). */
export function buildLineTable(text: string): LineTable {
	const lineStarts = [0];
	const n = text.length;
	for (let i = 0; i < n; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 10) {
			lineStarts.push(i + 1);
		} else if (ch === 13) {
			if (i + 1 < n && text.charCodeAt(i + 1) === 10) {
				i++;
			}
			lineStarts.push(i + 1);
		}
	}
	return { lineStarts, text };
}

/** 0-based index of the line containing `offset` (binary search). */
export function lineIndexOf(lines: LineTable, offset: number): number {
	const starts = lines.lineStarts;
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid] <= offset) {
			lo = mid;
		} else {
			hi = mid - 1;
		}
	}
	return lo;
}

/** Line and column of an offset. Columns count code points (a surrogate pair is one column). */
export function lineColOf(lines: LineTable, offset: number): LineCol {
	const index = lineIndexOf(lines, offset);
	const lineStart = lines.lineStarts[index];
	let column = 1;
	const text = lines.text;
	const end = Math.min(offset, text.length);
	for (let i = lineStart; i < end; i++) {
		const ch = text.charCodeAt(i);
		// Count a surrogate pair once.
		if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < end) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				i++;
			}
		}
		column++;
	}
	if (offset > text.length) {
		column += offset - text.length;
	}
	return { line: index + 1, column };
}

/** Offset where a 1-based line starts. */
export function offsetOfLine(lines: LineTable, line: number): number {
	const starts = lines.lineStarts;
	if (line < 1) return 0;
	if (line > starts.length) return lines.text.length;
	return starts[line - 1];
}

/** The text of a 1-based line, without its line break. */
export function lineText(lines: LineTable, line: number): string {
	const start = offsetOfLine(lines, line);
	let end = line < lines.lineStarts.length ? lines.lineStarts[line] : lines.text.length;
	while (end > start && (lines.text.charCodeAt(end - 1) === 10 || lines.text.charCodeAt(end - 1) === 13)) {
		end--;
	}
	return lines.text.slice(start, end);
}
