/*
 * outline.ts
 * Reads a PDF's outline (bookmarks) with the page each entry points at: how the export learns
 * where every chapter and section of the book starts.
 */

import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

/** A bookmark: its title, nesting depth (1 = top level) and 0-based page index. */
export interface OutlineEntry {
	title: string;
	depth: number;
	pageIndex: number;
}

/** The outline of a PDF in document order, and its page count. */
export async function readOutline(
	bytes: Uint8Array
): Promise<{ entries: OutlineEntry[]; pageCount: number }> {
	const doc = await PDFDocument.load(bytes, { updateMetadata: false });
	const pages = doc.getPages();
	const pageIndexByRef = new Map(pages.map((page, index) => [page.ref.toString(), index]));
	const entries: OutlineEntry[] = [];
	const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
	const pageOf = (item: PDFDict): number => {
		let dest = item.lookup(PDFName.of('Dest'));
		if (!dest) {
			const action = item.lookupMaybe(PDFName.of('A'), PDFDict);
			dest = action?.lookup(PDFName.of('D'));
		}
		if (dest instanceof PDFString || dest instanceof PDFHexString || dest instanceof PDFName) {
			dest = namedDestination(doc, dest instanceof PDFName ? dest.decodeText() : dest.decodeText());
		}
		if (dest instanceof PDFArray) {
			const target = dest.get(0);
			if (target instanceof PDFRef) return pageIndexByRef.get(target.toString()) ?? -1;
		}
		return -1;
	};
	const walk = (first: PDFDict | undefined, depth: number): void => {
		for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
			const title = item.lookup(PDFName.of('Title'));
			entries.push({
				title:
					title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '',
				depth,
				pageIndex: pageOf(item),
			});
			walk(item.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1);
		}
	};
	walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict), 1);
	return { entries, pageCount: pages.length };
}

/** A named destination, from the catalog's /Dests dictionary or its /Names name tree. */
function namedDestination(doc: PDFDocument, name: string): PDFArray | undefined {
	const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
	const direct = dests?.lookup(PDFName.of(name));
	if (direct instanceof PDFArray) return direct;
	if (direct instanceof PDFDict) return direct.lookupMaybe(PDFName.of('D'), PDFArray);
	const tree = doc.catalog
		.lookupMaybe(PDFName.of('Names'), PDFDict)
		?.lookupMaybe(PDFName.of('Dests'), PDFDict);
	return tree ? searchNameTree(tree, name) : undefined;
}

function searchNameTree(node: PDFDict, name: string): PDFArray | undefined {
	const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
	if (names) {
		for (let i = 0; i + 1 < names.size(); i += 2) {
			const key = names.lookup(i);
			if ((key instanceof PDFString || key instanceof PDFHexString) && key.decodeText() === name) {
				const value = names.lookup(i + 1);
				if (value instanceof PDFArray) return value;
				if (value instanceof PDFDict) return value.lookupMaybe(PDFName.of('D'), PDFArray);
			}
		}
	}
	const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
	for (let i = 0; kids && i < kids.size(); i++) {
		const kid = kids.lookup(i);
		const found = kid instanceof PDFDict ? searchNameTree(kid, name) : undefined;
		if (found) return found;
	}
	return undefined;
}

/**
 * A heading's text or a bookmark's title without whitespace: Chromium joins the lines of a
 * wrapped heading without a space ("many subgenerators" → "manysubgenerators"), and sometimes
 * repeats the text of a heading moved to the next page ("TitleTitle").
 */
export function compactTitle(text: string): string {
	return text.replace(/\s+/g, '');
}

/** Whether a bookmark's title is a heading's text (see compactTitle). */
function sameTitle(title: string, text: string): boolean {
	const t = compactTitle(title);
	const key = compactTitle(text);
	return t === key || (key !== '' && t.split(key).every((rest) => rest === ''));
}

/**
 * The page number (1-based) of every table-of-contents target, found by walking the outline in
 * document order: the contents list the same headings, in the same order, as the bookmarks.
 */
export function pageNumbersFor(
	toc: readonly { target: string; text: string; depth: number }[],
	outline: readonly OutlineEntry[]
): Map<string, number> {
	const numbers = new Map<string, number>();
	let cursor = 0;
	for (const entry of toc) {
		while (
			cursor < outline.length &&
			!(outline[cursor].depth === entry.depth && sameTitle(outline[cursor].title, entry.text))
		) {
			cursor++;
		}
		const found = outline[cursor];
		if (!found || found.pageIndex < 0) {
			throw new Error(`PDF outline has no bookmark for "${entry.text}" (depth ${entry.depth})`);
		}
		numbers.set(entry.target, found.pageIndex + 1);
		cursor++;
	}
	return numbers;
}
