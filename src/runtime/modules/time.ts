/*
 * time.ts
 * The time module on the run's clock: sleep() advances the virtual clock without yielding
 * (it blocks, exactly like CPython's time.sleep inside a coroutine), monotonic()/perf_counter()
 * start at 0.0, time() is the real start date plus the elapsed virtual time.
 */

import { None, PyFloat, PyValue } from '../objects/object';
import { typeError, valueError } from '../objects/exceptions';
import { asNumber } from '../objects/numeric';
import { typeName } from '../objects/protocol';
import { PyModule } from '../objects/function';
import { registerModule, defFunction } from './registry';
import { monotonic, wallTime, sleepBlocking, clock } from '../vm/clock';
import { traceEvent } from '../vm/trace';

function seconds(v: PyValue | undefined, fname: string): number {
	if (v === undefined) throw typeError(`${fname}() takes exactly one argument (0 given)`);
	const x = asNumber(v);
	if (x === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
	return x;
}

registerModule('time', (m: PyModule) => {
	defFunction(m, 'sleep', (args) => {
		const d = seconds(args[0], 'sleep');
		if (d < 0) throw valueError('sleep length must be non-negative');
		traceEvent('blocking-sleep', { duration: d });
		sleepBlocking(d);
		return None;
	});
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
	defFunction(m, 'ctime', () => new Date(wallTime() * 1000).toString());
	m.dict.setStr('timezone', 0);
	m.dict.setStr('altzone', 0);
	m.dict.setStr('daylight', 0);
});
