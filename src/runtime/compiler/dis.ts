/*
 * dis.ts
 * A disassembler for code objects (like CPython's dis module), for tests and debugging.
 */

import { CodeObject } from './codeObject';
import { OP_NAMES } from './opcodes';
import { PyCodeRef } from '../objects/function';

/** Lists a code object's instructions, exception table and nested code objects. */
export function dis(code: CodeObject, indent = ''): string {
	const out: string[] = [`${indent}Disassembly of <code ${code.qualname}> flags=${code.flags} stack=${code.maxStack}`];
	for (let pc = 0; pc < code.code.length; pc += 2) {
		const op = code.code[pc];
		const arg = code.code[pc + 1];
		out.push(`${indent}${String(code.lineAt(pc)).padStart(4)} ${String(pc).padStart(5)} ${(OP_NAMES[op] ?? '?').padEnd(22)} ${arg}`);
	}
	for (const e of code.exceptionTable) {
		out.push(`${indent}  ExceptionTable: ${e.start} to ${e.end} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
	}
	for (const c of code.consts) if (c instanceof PyCodeRef) out.push(dis(c.code, indent + '  '));
	return out.join('\n');
}
