/*
 * time.ts
 * The time module on the run's clock: sleep() advances the virtual clock without yielding
 * (it blocks, exactly like CPython's time.sleep inside a coroutine), monotonic()/perf_counter()
 * start at 0.0, time() is the real start date plus the elapsed virtual time.
 */

import { None, PyFloat, PyValue, PyType, typeType } from '../objects/object';
import { PyTuple, tupleType } from '../objects/containers';
import { getset, method } from '../types/util';
import { typeError, valueError } from '../objects/exceptions';
import { asNumber } from '../objects/numeric';
import { typeName, repr } from '../objects/protocol';
import { PyModule } from '../objects/function';
import { registerModule, defFunction } from './registry';
import { monotonic, wallTime, sleepBlocking, clock } from '../vm/clock';
import { traceEvent } from '../vm/trace';
import type { DriverFn } from '../objects/function';
import { blockingNative, blockRunning, currentThread, threadsStarted } from '../vm/threads';

function seconds(v: PyValue | undefined, fname: string): number {
	if (v === undefined) throw typeError(`${fname}() takes exactly one argument (0 given)`);
	const x = asNumber(v);
	if (x === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
	return x;
}

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];
/** time.struct_time: a tuple subclass with named fields. */
const structTimeType = new PyType(typeType, 'struct_time', [tupleType], new Map(), { builtin: true, module: 'time', alloc: tupleType.alloc });
FIELDS.forEach((f, i) => getset(structTimeType, f, (self) => (self as PyTuple).items[i]));
getset(structTimeType, 'tm_zone', () => 'UTC');
getset(structTimeType, 'tm_gmtoff', () => 0);
method(structTimeType, '__repr__', (args) => {
	const t = args[0] as PyTuple;
	return `time.struct_time(${FIELDS.map((f, i) => `${f}=${repr(t.items[i])}`).join(', ')})`;
});

/** struct_time for a POSIX timestamp, in UTC (the runtime's "local" time zone is UTC). */
function structTime(secs: number): PyTuple {
	const d = new Date(Math.floor(secs) * 1000);
	const start = Date.UTC(d.getUTCFullYear(), 0, 1);
	const yday = Math.floor((d.getTime() - start) / 86400000) + 1;
	return new PyTuple(
		[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), (d.getUTCDay() + 6) % 7, yday, 0],
		structTimeType
	);
}

function toStruct(v: PyValue | undefined): number[] {
	const t = v === undefined || v === None ? structTime(wallTime()) : v;
	if (!(t instanceof PyTuple) || t.items.length < 9) throw typeError('Tuple or struct_time argument required');
	return t.items.map((x) => Number(asNumber(x) ?? 0));
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number, w = 2, c = '0'): string => String(n).padStart(w, c);

/** C strftime for the C locale (the codes tutorials use). */
export function strftime(format: string, t: number[]): string {
	const [Y, mo, d, H, M, S, wd, yd] = t as [number, number, number, number, number, number, number, number];
	return format.replace(/%([a-zA-Z%])/g, (all, c: string) => {
		switch (c) {
			case 'Y': return String(Y);
			case 'y': return pad(Y % 100);
			case 'm': return pad(mo);
			case 'd': return pad(d);
			case 'e': return pad(d, 2, ' ');
			case 'H': return pad(H);
			case 'I': return pad(H % 12 === 0 ? 12 : H % 12);
			case 'M': return pad(M);
			case 'S': return pad(S);
			case 'p': return H < 12 ? 'AM' : 'PM';
			case 'a': return DAYS[wd].slice(0, 3);
			case 'A': return DAYS[wd];
			case 'b': case 'h': return MONTHS[mo - 1].slice(0, 3);
			case 'B': return MONTHS[mo - 1];
			case 'j': return pad(yd, 3);
			case 'w': return String((wd + 1) % 7);
			case 'u': return String(wd + 1);
			case 'Z': return 'UTC';
			case 'z': return '+0000';
			case 'c': return `${DAYS[wd].slice(0, 3)} ${MONTHS[mo - 1].slice(0, 3)} ${pad(d, 2, ' ')} ${pad(H)}:${pad(M)}:${pad(S)} ${Y}`;
			case 'x': return `${pad(mo)}/${pad(d)}/${pad(Y % 100)}`;
			case 'X': return `${pad(H)}:${pad(M)}:${pad(S)}`;
			case 'D': return `${pad(mo)}/${pad(d)}/${pad(Y % 100)}`;
			case 'T': return `${pad(H)}:${pad(M)}:${pad(S)}`;
			case 'F': return `${Y}-${pad(mo)}-${pad(d)}`;
			case 'R': return `${pad(H)}:${pad(M)}`;
			case '%': return '%';
			default: return all;
		}
	});
}

registerModule('time', (m: PyModule) => {
	m.dict.setStr('struct_time', structTimeType);
	const secsArg = (v: PyValue | undefined): number => (v === undefined || v === None ? wallTime() : seconds(v, 'gmtime'));
	defFunction(m, 'gmtime', (args) => structTime(secsArg(args[0])));
	defFunction(m, 'localtime', (args) => structTime(secsArg(args[0])));
	defFunction(m, 'mktime', (args) => {
		const [Y, mo, d, H, M, S] = toStruct(args[0]);
		return new PyFloat(Date.UTC(Y, mo - 1, d, H, M, S) / 1000);
	});
	defFunction(m, 'strftime', (args) => {
		const fmt = args[0];
		if (typeof fmt !== 'string') throw typeError(`strftime() argument 1 must be str, not ${typeName(fmt ?? None)}`);
		return strftime(fmt, toStruct(args[1]));
	});
	defFunction(m, 'asctime', (args) => strftime('%a %b %e %H:%M:%S %Y', toStruct(args[0])));
	// With other threads, sleeping blocks only this thread (vm/threads.ts): they run meanwhile.
	const sleepDriver: DriverFn = function* (args) {
		const d = seconds(args[0], 'sleep');
		if (d < 0) throw valueError('sleep length must be non-negative');
		// A sleep of another thread (an executor job, say) blocks only that thread.
		traceEvent('blocking-sleep', currentThread().isMain ? { duration: d } : { duration: d, inThread: true });
		if (!threadsStarted()) sleepBlocking(d);
		else yield* blockRunning(clock.now + d);
		return None;
	};
	defFunction(m, 'sleep', blockingNative(sleepDriver)).driver = sleepDriver;
	defFunction(m, 'time', () => new PyFloat(wallTime()));
	defFunction(m, 'time_ns', () => {
		const ns = BigInt(Math.round(wallTime() * 1e6)) * 1000n;
		return Number(ns) <= Number.MAX_SAFE_INTEGER ? Number(ns) : ns;
	});
	defFunction(m, 'monotonic', () => new PyFloat(monotonic()));
	defFunction(m, 'monotonic_ns', () => Math.round(monotonic() * 1e9));
	defFunction(m, 'perf_counter', () => new PyFloat(monotonic()));
	defFunction(m, 'perf_counter_ns', () => Math.round(monotonic() * 1e9));
	// CPU time does not advance while sleeping; in virtual mode report the real CPU-ish time used.
	defFunction(m, 'process_time', () => new PyFloat(clock.virtual ? 0 : monotonic()));
	defFunction(m, 'thread_time', () => new PyFloat(clock.virtual ? 0 : monotonic()));
	defFunction(m, 'ctime', (args) => strftime('%a %b %e %H:%M:%S %Y', toStruct(structTime(secsArg(args[0])))));
	m.dict.setStr('tzname', new PyTuple(['UTC', 'UTC']));
	m.dict.setStr('timezone', 0);
	m.dict.setStr('altzone', 0);
	m.dict.setStr('daylight', 0);
});
