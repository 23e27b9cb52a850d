/*
 * bool.ts
 * bool (a final subclass of int), NoneType, NotImplementedType and ellipsis.
 */

import {
	PyValue,
	None,
	NotImplemented,
	Ellipsis,
	True,
	False,
	PyBool,
	pyBool,
	boolType,
	noneType,
	notImplementedType,
	ellipsisType,
	PyType,
} from '../objects/object';
import { typeError } from '../objects/exceptions';
import { isTrue, registerIdentityHashType, objectId } from '../objects/protocol';
import { BinOp, numberBinary, asInt } from '../objects/numeric';
import { setBoolSingletons } from '../objects/numeric';
import { rt } from '../objects/runtimeState';
import { method, setNew, noKw, checkPositional } from './util';

setBoolSingletons(True, False);

for (const t of [boolType, noneType, notImplementedType, ellipsisType]) t.extra = { ...(t.extra ?? {}), final: true };

setNew(boolType, (args, kwargs) => {
	noKw('bool', kwargs);
	checkPositional('bool', args, 0, 1, 1);
	return args.length > 1 ? pyBool(isTrue(args[1])) : False;
});
method(boolType, '__repr__', (args) => ((args[0] as PyBool).value ? 'True' : 'False'));
const bitop = (op: BinOp, reflected: boolean) => (args: PyValue[]): PyValue => {
	const a = args[0];
	const b = args[1];
	if (asInt(b) === undefined) return NotImplemented;
	if (b instanceof PyBool) return numberBinary(op, a, b);
	return reflected ? numberBinary(op, asInt(b)!, (a as PyBool).value) : numberBinary(op, (a as PyBool).value, asInt(b)!);
};
method(boolType, '__and__', bitop(BinOp.And, false));
method(boolType, '__rand__', bitop(BinOp.And, true));
method(boolType, '__or__', bitop(BinOp.Or, false));
method(boolType, '__ror__', bitop(BinOp.Or, true));
method(boolType, '__xor__', bitop(BinOp.Xor, false));
method(boolType, '__rxor__', bitop(BinOp.Xor, true));
boolType.ns.set('__doc__', 'Returns True when the argument is true, False otherwise.');

// NoneType
registerIdentityHashType(noneType);
setNew(noneType, (args, kwargs) => {
	if (args.length > 1 || (kwargs && kwargs.size)) throw typeError('NoneType takes no arguments');
	return None;
});
method(noneType, '__repr__', () => 'None');
method(noneType, '__bool__', () => False);
method(noneType, '__hash__', (args) => (rt.minor >= 12 ? -(2 ** 30) + 0x1c0ffee : Math.floor(objectId(args[0]) / 16)));

// NotImplementedType
registerIdentityHashType(notImplementedType);
setNew(notImplementedType, (args, kwargs) => {
	if (args.length > 1 || (kwargs && kwargs.size)) throw typeError('NotImplementedType takes no arguments');
	return NotImplemented;
});
method(notImplementedType, '__repr__', () => 'NotImplemented');
method(notImplementedType, '__reduce__', () => 'NotImplemented');

// ellipsis
registerIdentityHashType(ellipsisType);
setNew(ellipsisType, (args, kwargs) => {
	if (args.length > 1 || (kwargs && kwargs.size)) throw typeError('ellipsis takes no arguments');
	return Ellipsis;
});
method(ellipsisType, '__repr__', () => 'Ellipsis');
method(ellipsisType, '__reduce__', () => 'Ellipsis');

export { boolType, True, False, PyType };
