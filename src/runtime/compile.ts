/*
 * compile.ts
 * Source text to code object: the %time rewrite, parsing, compiling, and turning the first
 * diagnostic into a Python SyntaxError object with CPython's fields.
 */

import type { PythonVersion } from './api';
import { parse } from './parser/parser';
import { compileModule, CompileFailure } from './compiler/compiler';
import type { CodeObject } from './compiler/codeObject';
import { None } from './objects/object';
import { PyException, SyntaxError, IndentationError, TabError, MemoryError, newException } from './objects/exceptions';
import { PyDict, PyTuple } from './objects/containers';
import { call } from './objects/protocol';
import { rt } from './objects/runtimeState';
import { PyCodeRef } from './objects/function';
import { rewriteMagics } from './vm/magics';
import { emitCompileWarning } from './vm/warnings';

/** Builds the SyntaxError exception object for a parse or compile error. */
export function makeSyntaxError(
	kind: 'SyntaxError' | 'IndentationError' | 'TabError',
	message: string,
	filename: string,
	source: string,
	line: number,
	column: number,
	endLine: number,
	endColumn: number
): PyException {
	const type = kind === 'IndentationError' ? IndentationError : kind === 'TabError' ? TabError : SyntaxError;
	const lines = source.split('\n');
	const text = line >= 1 && line <= lines.length ? lines[line - 1] + '\n' : None;
	// Before 3.10 SyntaxError had no end position (its constructor takes a 4-tuple).
	const info = new PyTuple(rt.minor >= 10 ? [filename, line, column, text, endLine, endColumn] : [filename, line, column, text]);
	return call(type, [message, info]) as PyException;
}

export function columnOf(source: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset && i < source.length; i++) {
		if (source.charCodeAt(i) === 10) {
			line++;
			lineStart = i + 1;
		}
	}
	// CPython counts columns in code points.
	const column = [...source.slice(lineStart, offset)].length + 1;
	return { line, column };
}

/** Compiles source to a code object, raising a Python SyntaxError on failure. */
export function compileSource(
	source: string,
	filename: string,
	minor: number,
	mode: 'exec' | 'eval' = 'exec'
): CodeObject {
	const rewritten = mode === 'exec' ? rewriteMagics(source) : null;
	const original = source;
	if (rewritten !== null) source = rewritten;
	const parsed = parse(source, { pythonVersion: `3.${minor}` as PythonVersion, filename });
	if (parsed.diagnostics.length) {
		const d = parsed.diagnostics[0];
		// The parser's depth guard reports what CPython raises there: MemoryError.
		if ((d.kind as string) === 'MemoryError') throw newException(MemoryError, d.message);
		throw makeSyntaxError(d.kind, d.message, filename, original, d.line, d.column, d.endLine, d.endColumn);
	}
	try {
		const code = compileModule(parsed.module, source, {
			filename,
			minor,
			mode,
			// linecache finds no source for exec()'d strings, so their warnings show no line.
			onWarning: (w) => emitCompileWarning(w.category, w.message, filename, w.line, filename === '<string>' ? null : original),
		});
		if (rewritten !== null) setSource(code, original);
		return code;
	} catch (e) {
		if (e instanceof CompileFailure) {
			const s = columnOf(source, e.error.start);
			const en = columnOf(source, e.error.end);
			throw makeSyntaxError('SyntaxError', e.error.message, filename, original, s.line, s.column, en.line, en.column);
		}
		throw e;
	}
}

/**
 * Code compiled from a string (exec, eval, compile) has no file that linecache could read, so
 * its tracebacks and warnings show no source lines: an empty source says so. Code compiled under
 * the main program's own file name keeps its text (CPython would read that file).
 */
export function compileString(source: string, filename: string, minor: number, mode: 'exec' | 'eval'): CodeObject {
	const code = compileSource(source, filename, minor, mode);
	const mainFile = rt.mainDict instanceof PyDict ? rt.mainDict.getStr('__file__') : undefined;
	if (filename !== mainFile) setSource(code, '');
	return code;
}

/** Points a code object tree at the original text (after a %time rewrite). */
function setSource(code: CodeObject, source: string): void {
	code.source = source;
	for (const c of code.consts) if (c instanceof PyCodeRef) setSource(c.code, source);
}

