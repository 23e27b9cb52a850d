/*
 * textRange.ts
 * A range of UTF-16 offsets into a source text: the position type shared by tokens and nodes.
 */

export interface TextRange {
	start: number;
	length: number;
}

export namespace TextRange {
	export function create(start: number, length: number): TextRange {
		return { start, length };
	}

	export function fromBounds(start: number, end: number): TextRange {
		return { start, length: end - start };
	}

	export function getEnd(range: TextRange): number {
		return range.start + range.length;
	}

	export function contains(range: TextRange, offset: number): boolean {
		return offset >= range.start && offset < range.start + range.length;
	}

	/** Grows `range` in place so that it also covers `other`. */
	export function extend(range: TextRange, other: TextRange | undefined): void {
		if (!other) {
			return;
		}
		const end = Math.max(range.start + range.length, other.start + other.length);
		if (other.start < range.start) {
			range.start = other.start;
		}
		range.length = end - range.start;
	}
}
