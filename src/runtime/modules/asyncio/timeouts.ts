/*
 * timeouts.ts
 * CPython Lib/asyncio/timeouts.py (3.11+): Timeout, timeout(delay), timeout_at(when). On expiry
 * the timer cancels the current task; __aexit__ turns that CancelledError into TimeoutError
 * raised `from` it, unless somebody else also cancelled the task (cancelling() counts).
 */

import { PyObject, PyType, PyValue, None, True, False, pyBool, PyFloat } from '../../objects/object';
import { PyException, runtimeError, newException, TimeoutError, typeError, ExceptionGroup } from '../../objects/exceptions';
import { repr, isTrue } from '../../objects/protocol';
import { floatRepr } from '../../lib/floatFormat';
import { rt } from '../../objects/runtimeState';
import { method } from '../../types/util';
import { asyncioType, withDict, numArg, prependFrames, asyncioFrame, raisedAt } from './util';
import { getRunningLoop, NativeCb, TimerHandle, Handle } from './events';
import { GenCoro, awaitAny } from './coroutines';
import { Task, currentTask, timeoutsHooks } from './tasks';
import { isCancelledError } from './exceptions';
import { egExceptions } from '../../types/exceptions';

export const timeoutType = asyncioType('Timeout', 'asyncio.timeouts', undefined, (cls) => withDict(new Timeout(null, cls)));
timeoutType.ns.set('__doc__', 'Asynchronous context manager for cancelling overdue coroutines.\n\n    Use `timeout()` or `timeout_at()` rather than instantiating this class directly.\n    ');

const enum TState {
	Created,
	Entered,
	Expiring,
	Expired,
	Exited,
}
const STATE_VALUES = ['created', 'active', 'expiring', 'expired', 'finished'];

export class Timeout extends PyObject {
	_state = TState.Created;
	_timeoutHandler: Handle | null = null;
	_task: Task | null = null;
	_cancelling = 0;
	constructor(
		public _when: number | null,
		cls: PyType = timeoutType
	) {
		super(cls);
	}

	reschedule(when: number | null): void {
		if (this._state !== TState.Entered) {
			if (this._state === TState.Created) throw runtimeError('Timeout has not been entered');
			throw runtimeError(`Cannot change state of ${STATE_VALUES[this._state]} Timeout`);
		}
		this._when = when;
		if (this._timeoutHandler !== null) this._timeoutHandler.cancel();
		if (when === null) this._timeoutHandler = null;
		else {
			const loop = getRunningLoop();
			if (when <= loop.time()) this._timeoutHandler = loop.callSoonNative(onTimeout, this, null);
			else this._timeoutHandler = loop.callAt(when, null, [], onTimeout, this, null);
		}
	}

	expired(): boolean {
		return this._state === TState.Expiring || this._state === TState.Expired;
	}

	enter(): void {
		if (this._state !== TState.Created) throw runtimeError('Timeout has already been entered');
		const task = currentTask();
		if (task === None) throw runtimeError('Timeout should be used inside a task');
		this._state = TState.Entered;
		this._task = task as Task;
		this._cancelling = this._task.cancelling();
		this.reschedule(this._when);
	}

	/** __aexit__: returns normally, or throws the TimeoutError. */
	exit(exc: PyException | null): void {
		if (this._timeoutHandler !== null) {
			this._timeoutHandler.cancel();
			this._timeoutHandler = null;
		}
		if (this._state === TState.Expiring) {
			this._state = TState.Expired;
			const remaining = this._task!.uncancel();
			if (remaining <= this._cancelling && exc !== null) {
				if (isCancelledError(exc)) {
					const te = newException(TimeoutError);
					te.cause = exc;
					te.context = exc;
					te.suppressContext = true;
					throw raisedAt(te, [asyncioFrame('timeouts.py', [0, 0, 0, 0, 115, 115, 116], '__aexit__', 'raise TimeoutError from exc_val', null)]);
				}
				if (rt.minor >= 13) {
					insertTimeoutError(exc);
					if (exc.cls.isSubtypeOf(ExceptionGroup)) for (const e of egExceptions(exc)) if (e instanceof PyException) insertTimeoutError(e);
				}
			}
		} else if (this._state === TState.Entered) {
			this._state = TState.Exited;
		}
	}
}

function insertTimeoutError(exc: PyException): void {
	let e: PyException = exc;
	while (e.context !== null) {
		if (isCancelledError(e.context)) {
			const te = newException(TimeoutError);
			te.context = e.context;
			e.context = te;
			break;
		}
		e = e.context;
	}
}

const onTimeout: NativeCb = (t: Timeout) => {
	t._task!.cancel();
	t._state = TState.Expiring;
	t._timeoutHandler = null;
};
onTimeout.pyName = 'Timeout._on_timeout';

/** `async with timeout(delay): return await aw` as a native body (wait_for, 3.12+). */
timeoutsHooks.timeoutBody = function* (delay: number | null, aw: PyValue): Generator<PyValue, PyValue, undefined> {
	const loop = getRunningLoop();
	const t = new Timeout(delay === null ? null : loop.time() + delay);
	t.enter();
	let r: PyValue;
	try {
		r = yield* awaitAny(aw);
	} catch (e) {
		if (!(e instanceof PyException)) throw e;
		prependFrames(e, [asyncioFrame('tasks.py', [0, 0, 0, 0, 0, 520, 507], 'wait_for', 'return await fut', [7, 16])]);
		try {
			t.exit(e);
		} catch (e2) {
			if (e2 instanceof PyException) prependFrames(e2, [asyncioFrame('tasks.py', [0, 0, 0, 0, 0, 519, 506], 'wait_for', 'async with timeouts.timeout(timeout):', [11, 36], 13)]);
			throw e2;
		}
		throw e;
	}
	t.exit(null);
	return r;
};

const T = (v: PyValue): Timeout => v as Timeout;
method(timeoutType, '__init__', (args) => {
	T(args[0])._when = numArg(args[1] ?? None, 'when');
	return None;
});
method(timeoutType, 'when', (args) => {
	const w = T(args[0])._when;
	return w === null ? None : new PyFloat(w);
});
method(timeoutType, 'reschedule', (args) => {
	T(args[0]).reschedule(numArg(args[1] ?? None, 'when'));
	return None;
});
method(timeoutType, 'expired', (args) => pyBool(T(args[0]).expired()));
method(timeoutType, '__repr__', (args) => {
	const t = T(args[0]);
	let info = '';
	if (t._state === TState.Entered) {
		const w = t._when === null ? 'None' : floatRepr(Math.round(t._when * 1000) / 1000);
		info = ` when=${w}`;
	}
	return `<Timeout [${STATE_VALUES[t._state]}]${info}>`;
});
method(timeoutType, '__aenter__', (args) => {
	const t = T(args[0]);
	return new GenCoro('__aenter__', (function* () {
		t.enter();
		return t;
	})(), 'Timeout.__aenter__');
});
method(timeoutType, '__aexit__', (args) => {
	const t = T(args[0]);
	const ev = args[2];
	return new GenCoro('__aexit__', (function* () {
		t.exit(ev instanceof PyException ? ev : null);
		return None;
	})(), 'Timeout.__aexit__');
});

export function timeout(delay: PyValue): Timeout {
	const loop = getRunningLoop();
	const d = numArg(delay);
	return new Timeout(d === null ? null : loop.time() + d);
}

export function timeoutAt(when: PyValue): Timeout {
	return new Timeout(numArg(when, 'when'));
}

export { True, False, typeError, isTrue, repr, TimerHandle };
