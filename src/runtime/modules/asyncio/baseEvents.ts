/*
 * baseEvents.ts
 * CPython Lib/asyncio/base_events.py on the run's virtual clock: the event loop with its
 * `_ready` FIFO and `_scheduled` heap, call_soon/call_later/call_at, `_run_once` (the only
 * place where callbacks are called), run_forever/run_until_complete/stop/close, the exception
 * handler (run_in_executor and the default executor: executor.ts).
 *
 * "select()" is the clock: when nothing is ready the loop jumps the virtual clock to the next
 * deadline (clock.advanceTo), exactly like tools/vclock.py does to CPython. When nothing is
 * ready and nothing is scheduled, CPython would block forever: we raise a RuntimeError that
 * explains the deadlock instead.
 */

import { asNumber } from '../../objects/numeric';
import { currentFrame } from '../../vm/interpreter';
import { originTracking } from '../../vm/generators';
import { currentStack } from '../../vm/tracebackModule';
import { stackSummary, formatStackList } from './util';
import type { Frame } from '../../vm/frame';
import { CodeFlags } from '../../compiler/codeObject';
import { PyObject, PyType, PyValue, None, True, False, pyBool, PyFloat, objectType, type Kwargs } from '../../objects/object';
import { PyException, runtimeError, typeError, KeyboardInterrupt, SystemExit, newException } from '../../objects/exceptions';
import { PyDict, PyTuple } from '../../objects/containers';
import { call, repr, isTrue, getAttrOpt, getAttr, typeName } from '../../objects/protocol';
import { isCallable } from '../../builtins/functions';
import { PyBuiltin, PyModule } from '../../objects/function';
import { sysModules } from '../registry';
import { rt } from '../../objects/runtimeState';
import { method, getset } from '../../types/util';
import { monotonic, advanceTo, clock } from '../../vm/clock';
import { traceEvent, traceState } from '../../vm/trace';
import { formatException } from '../../vm/traceback';
import { BudgetExceeded, counters, sliceActive } from '../../vm/interpreter';
import { blockRunning, currentThread, threadsStarted, wakeThread, type VThread } from '../../vm/threads';
import { asyncGenHooks, PyAsyncGenerator, PyCoroutine, PyGenerator, DriverChannel, DriverOp, runDriverSync } from '../../vm/generators';
import { asyncioType, withDict, state, parseArgs, numArg, SyntheticFrame, prependFrames, className, asyncioFrame, raisedAt, holding } from './util';
import { Handle, TimerHandle, NativeCb, setRunningLoop, getRunningLoopOrNull, loopFactory, handleType } from './events';
import { heappush, heappop, heapify } from './heapq';
import { Future, NativeDoneCb, isFuture, futureType, recordSource } from './futures';
import { Task, ensureFuture, taskType, taskStep, taskWakeup, taskStepBegin, taskWakeupBegin, taskStepEnd } from './tasks';
import { exc } from './exceptions';
import { copyContextForTask, Context } from './contextvars';

/** A callable's __qualname__ for the scheduling trace, or `fallback` when it has no str one. */
function qualnameOr(fn: PyValue, fallback: string): string {
	const q = getAttrOpt(fn, '__qualname__');
	return typeof q === 'string' ? q : fallback;
}

/** base_events.MAXIMUM_SELECT_TIMEOUT */
const MAXIMUM_SELECT_TIMEOUT = 24 * 3600;
const MIN_SCHEDULED_TIMER_HANDLES = 100;
const MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5;

export const abstractEventLoopType = asyncioType('AbstractEventLoop', 'asyncio.events');
abstractEventLoopType.ns.set('__doc__', 'Abstract event loop.');
export const baseEventLoopType = asyncioType('BaseEventLoop', 'asyncio.base_events', abstractEventLoopType);
export const baseSelectorEventLoopType = asyncioType('BaseSelectorEventLoop', 'asyncio.selector_events', baseEventLoopType);
export const unixSelectorEventLoopType = asyncioType('_UnixSelectorEventLoop', 'asyncio.unix_events', baseSelectorEventLoopType, (cls) =>
	withDict(new EventLoop(cls))
);
unixSelectorEventLoopType.ns.set('__doc__', 'Unix event loop.\n\n    Adds signal handling and UNIX Domain Socket support to SelectorEventLoop.\n    ');

export class EventLoop extends PyObject {
	/** collections.deque of ready handles: a growable array with a moving head. */
	_ready: Handle[] = [];
	_readyHead = 0;
	_scheduled: TimerHandle[] = [];
	_stopping = false;
	_closed = false;
	_running = false;
	_timerCancelledCount = 0;
	_clockResolution = 1e-9;
	_exceptionHandler: PyValue = None;
	_debug = false;
	/**
	 * While run_forever runs: the Python frame that started the loop (whose call CPython's
	 * stack shows as asyncio's frames down to Handle._run) and how it started it.
	 */
	_runCaller: Frame | null = null;
	_runKind: LoopEntry = 'internal';
	/** BaseEventLoop.slow_callback_duration: debug mode logs callbacks that take longer. */
	slowCallbackDuration = 0.1;
	slowCallbackDurationValue: PyValue = new PyFloat(0.1);
	_taskFactory: PyValue = None;
	/** Futures with an exception nobody retrieved yet (R14: reported at close). */
	_unretrieved: Set<Future> = new Set();
	/** Async generators first iterated while this loop ran (for shutdown_asyncgens). */
	_asyncgens: Set<PyAsyncGenerator> = new Set();
	_asyncgensShutdownCalled = false;
	_executorShutdownCalled = false;
	/** The default executor (a concurrent.futures.ThreadPoolExecutor once run_in_executor(None, ...) made it). */
	_defaultExecutor: PyValue = None;
	/** run_until_complete's future, for the deadlock message. */
	_waitingFor: Future | null = null;
	/** The task whose step is running (CPython's _current_tasks[loop]). */
	_currentTask: Task | null = null;

	constructor(cls: PyType = unixSelectorEventLoopType) {
		super(cls);
		state.loops.push(this);
		// BaseSelectorEventLoop.__init__; the selector of CPython on Linux.
		asyncioLog('debug', 'Using selector: %s', ['EpollSelector'], null, LOG_SITES.usingSelector);
	}

	time(): number {
		return monotonic();
	}

	get readyCount(): number {
		return this._ready.length - this._readyHead;
	}

	/**
	 * BaseEventLoop._check_closed(), called by the method `caller` (whose frame CPython shows
	 * above _check_closed's, holding `held`: the coroutine passed to run_until_complete, say).
	 */
	checkClosed(caller?: LoopMethod, ...held: PyValue[]): void {
		if (!this._closed) return;
		const frames: SyntheticFrame[] = [];
		if (caller !== undefined) frames.push(...callerFrames(caller, 'self._check_closed()', held));
		frames.push(asyncioFrame('base_events.py', [479, 508, 515, 515, 519, 539, 552], '_check_closed', "raise RuntimeError('Event loop is closed')", null));
		throw raisedAt(runtimeError('Event loop is closed'), caller !== undefined ? frames : []);
	}

	/** CPython BaseEventLoop.call_soon (the Python-callable form). */
	callSoon(cb: PyValue, args: PyValue[]): Handle {
		const h = new Handle(this, cb, args, null, null, null);
		h._context = copyContextForTask();
		this._ready.push(h);
		return h;
	}

	/** call_soon for the runtime's own callbacks: no Python callable, no args array. */
	callSoonNative(fn: NativeCb, a: unknown, b: unknown): Handle {
		const h = new Handle(this, null, EMPTY_ARGS, fn, a, b);
		this._ready.push(h);
		return h;
	}

	/**
	 * call_soon for callbacks whose handle nobody keeps (task steps and wake-ups): handles are
	 * recycled after they ran, so the scheduler allocates nothing per step.
	 */
	callSoonPooled(fn: NativeCb, a: unknown, b: unknown): void {
		const pool = this._handlePool;
		let h: Handle;
		if (pool.length > 0) {
			h = pool.pop()!;
			h.nfn = fn;
			h.na = a;
			h.nb = b;
			h._cancelled = false;
			h._repr = null;
		} else {
			h = new Handle(this, null, EMPTY_ARGS, fn, a, b);
			h.pooled = true;
		}
		this._ready.push(h);
	}
	_handlePool: Handle[] = [];

	/**
	 * I/O readiness of the simulated sockets (protocol connections): what the next select()
	 * would report. _run_once appends these handles after the ones already ready, before the
	 * due timers (CPython's _process_events), and never blocks while some are pending.
	 */
	_ioEvents: Handle[] = [];
	/** BaseEventLoop._coroutine_origin_tracking_enabled / _saved_depth. */
	_originTracking = false;
	_originSavedDepth = 0;

	/** BaseEventLoop._set_coroutine_origin_tracking: debug mode records where coroutines are made. */
	setOriginTracking(enabled: boolean): void {
		if (enabled === this._originTracking) return;
		if (enabled) {
			this._originSavedDepth = originTracking.depth;
			originTracking.depth = DEBUG_STACK_DEPTH;
		} else originTracking.depth = this._originSavedDepth;
		this._originTracking = enabled;
	}

	/** The thread blocked in this loop's select() (see runForeverG), which call_soon_threadsafe wakes. */
	_selectingThread: VThread | null = null;

	/** call_soon_threadsafe for the runtime's own callbacks: _write_to_self() wakes a loop waiting in select(). */
	callSoonThreadsafeNative(fn: NativeCb, a: unknown, b: unknown): Handle {
		const h = this.callSoonNative(fn, a, b);
		if (this._selectingThread !== null) wakeThread(this._selectingThread);
		return h;
	}
	callIo(fn: NativeCb, a: unknown, b: unknown): void {
		this._ioEvents.push(new Handle(this, null, EMPTY_ARGS, fn, a, b));
	}

	/** CPython BaseEventLoop.call_at */
	callAt(when: number, cb: PyValue | null, args: PyValue[], fn: NativeCb | null = null, a: unknown = null, b: unknown = null): TimerHandle {
		const t = new TimerHandle(when, this, cb, args, fn, a, b);
		if (cb !== null) t._context = copyContextForTask();
		heappush(this._scheduled, t);
		t._scheduled = true;
		return t;
	}

	callLater(delay: number, cb: PyValue | null, args: PyValue[], fn: NativeCb | null = null, a: unknown = null, b: unknown = null): TimerHandle {
		return this.callAt(this.time() + delay, cb, args, fn, a, b);
	}

	_timerHandleCancelled(h: TimerHandle): void {
		if (h._scheduled) this._timerCancelledCount++;
	}

	/** Returns a pooled handle that ran to the pool. */
	recycle(h: Handle): void {
		h.nfn = null;
		h.na = null;
		h.nb = null;
		if (this._handlePool.length < 4096) this._handlePool.push(h);
	}

	/** _run_once's last part: compact the ready queue. */
	runOnceDone(): void {
		const ready = this._ready;
		const head = this._readyHead;
		if (head === ready.length) {
			ready.length = 0;
			this._readyHead = 0;
		} else if (head > 1024 && head * 2 > ready.length) {
			ready.splice(0, head);
			this._readyHead = 0;
		}
	}

	/**
	 * CPython 3.13 Lib/asyncio/base_events.py BaseEventLoop._run_once up to running the ready
	 * handles (runForeverG runs them): timers, "select" (the clock), due timers.
	 * Note: We run all currently scheduled callbacks, but not any callbacks scheduled by
	 * callbacks run this time around -- they will be run the next time (after another I/O poll).
	 */
	runOncePrepare(): void {
		const sched = this._scheduled;
		const schedCount = sched.length;
		// 1. Drop cancelled timers (rebuild the heap when they are many).
		if (schedCount > MIN_SCHEDULED_TIMER_HANDLES && this._timerCancelledCount / schedCount > MIN_CANCELLED_TIMER_HANDLES_FRACTION) {
			const kept: TimerHandle[] = [];
			for (const h of sched) {
				if (h._cancelled) h._scheduled = false;
				else kept.push(h);
			}
			heapify(kept);
			this._scheduled = kept;
			this._timerCancelledCount = 0;
		} else {
			while (sched.length > 0 && sched[0]._cancelled) {
				this._timerCancelledCount--;
				const h = heappop(sched);
				h._scheduled = false;
			}
		}
		const heap = this._scheduled;
		// 2-3. "select": with nothing ready, wait (jump the virtual clock) until the first deadline.
		if (this.readyCount === 0 && !this._stopping && this._ioEvents.length === 0) {
			if (heap.length === 0) this.deadlock();
			const when = heap[0]._when;
			const timeout = Math.min(Math.max(0, when - this.time()), MAXIMUM_SELECT_TIMEOUT);
			if (timeout > 0) {
				const before = clock.now;
				if (!clock.virtual) advanceTo(this.time() + timeout);
				else if (timeout < MAXIMUM_SELECT_TIMEOUT) advanceTo(when);
				else advanceTo(clock.now + timeout);
				if (traceState.enabled) traceEvent('clock-jump', { from: before, to: clock.now });
			}
		}
		// _process_events: the sockets select() found ready.
		if (this._ioEvents.length !== 0) {
			const io = this._ioEvents;
			this._ioEvents = [];
			for (const h of io) this._ready.push(h);
		}
		// 4. Move the due timers after the handles already ready.
		const endTime = this.time() + this._clockResolution;
		while (heap.length > 0) {
			const h = heap[0];
			if (h._when >= endTime) break;
			heappop(heap);
			h._scheduled = false;
			if (traceState.enabled && !h._cancelled) traceEvent('timer-fired', { when: h._when, callback: h.describeCallback() });
			this._ready.push(h);
		}
	}

	/** Debug mode: "Executing <handle> took N seconds" (logger.warning in base_events). */
	slowCallback(h: Handle, dt: number): void {
		let what: string;
		const t = h.na;
		if ((h.nfn === taskStep || h.nfn === taskWakeup) && t instanceof Task) what = repr(t);
		else what = repr(h);
		if (!asyncioLog('warning', 'Executing %s took %.3f seconds', [what, dt], null, LOG_SITES.slowCallback)) rt.write('stderr', `Executing ${what} took ${dt.toFixed(3)} seconds\n`);
	}

	deadlock(): never {
		const w = this._waitingFor;
		let what = 'the event loop';
		if (w !== null) {
			let r: string;
			try {
				r = repr(w);
			} catch {
				r = '<future>';
			}
			what = `run_until_complete() waits for ${r}`;
		}
		throw runtimeError(
			`deadlock: nothing is ready to run and no timer is scheduled, but ${what}. ` +
				'CPython would wait here forever (every task is waiting for something that nothing will ever do).'
		);
	}

	/** CPython BaseEventLoop.run_forever */
	runForever(): void {
		const ch = new DriverChannel();
		runDriverSync(this.runForeverG(ch), ch);
	}

	/**
	 * run_forever as a driver (objects/function.ts DriverFn): the frame loop runs it when Python
	 * code calls it directly, so a sliced run can pause between loop iterations (DriverOp.Check)
	 * and inside task steps; runForever() runs the same code with nested resumptions.
	 */
	*runForeverG(ch: DriverChannel): Generator<number, void, void> {
		const entry = state.loopEntry;
		state.loopEntry = 'internal';
		this.checkClosed('run_forever');
		this.checkRunning('run_forever');
		this._runKind = entry;
		this.setOriginTracking(this._debug);
		let caller = currentFrame();
		while (caller !== null && (caller.code.flags & CodeFlags.HiddenFrame) !== 0) caller = caller.back;
		this._runCaller = caller;
		const prevLoop = getRunningLoopOrNull();
		this._running = true;
		setRunningLoop(this);
		const prevHook = asyncGenHooks.firstiter;
		asyncGenHooks.firstiter = (g) => {
			if (!this._asyncgensShutdownCalled) this._asyncgens.add(g);
		};
		const prevFinalizer = asyncGenHooks.finalizer;
		asyncGenHooks.finalizer = (g) => this.asyncgenFinalizerHook(g);
		try {
			for (;;) {
				// The VM checks its instruction budget on backward jumps only; steps of a busy
				// event loop are short, so the loop checks it once per iteration.
				if (counters.instructions > counters.limit) throw new BudgetExceeded(counters.instructions);
				if (sliceActive()) yield DriverOp.Check;
				if (threadsStarted() && this.readyCount === 0 && !this._stopping && this._ioEvents.length === 0) {
					// select() with other threads: this thread sleeps until the first timer (or
					// until call_soon_threadsafe wakes it), and they run meanwhile.
					const heap = this._scheduled;
					this._selectingThread = currentThread();
					try {
						yield* blockRunning(heap.length > 0 ? heap[0]._when : Infinity);
					} finally {
						this._selectingThread = null;
					}
				}
				// _run_once (runOncePrepare, then the handles ready now). Task steps that are a plain
				// send(None) are handed to the frame loop (DriverOp.Resume); other callbacks run here.
				this.runOncePrepare();
				const ready = this._ready;
				let head = this._readyHead;
				const ntodo = ready.length - head;
				for (let i = 0; i < ntodo; i++) {
					const h = ready[head];
					ready[head++] = undefined as unknown as Handle;
					this._readyHead = head;
					if (h._cancelled) continue;
					if (traceState.enabled && h._callback !== null) traceEvent('callback', { callback: qualnameOr(h._callback, 'callback') });
					const fn = h.nfn;
					if (this._debug) {
						const t0 = this.time();
						h._run();
						const dt = this.time() - t0;
						if (dt >= this.slowCallbackDuration) this.slowCallback(h, dt);
					} else if (fn !== taskStep && fn !== taskWakeup) h._run();
					else {
						const task = h.na as Task;
						let coro: PyCoroutine | PyGenerator | null = null;
						try {
							coro = fn === taskStep ? taskStepBegin(task, h.nb as PyException | null) : taskWakeupBegin(task, h.nb as PyValue);
						} catch (e) {
							h._runFailed(e);
						}
						if (coro !== null) {
							ch.target = coro;
							yield DriverOp.Resume;
							try {
								taskStepEnd(task, ch);
							} catch (e) {
								h._runFailed(e);
							}
						}
					}
					if (h.pooled) this.recycle(h);
					head = this._readyHead;
				}
				this.runOnceDone();
				if (this._stopping) break;
			}
		} finally {
			asyncGenHooks.firstiter = prevHook;
			asyncGenHooks.finalizer = prevFinalizer;
			this._stopping = false;
			this._running = false;
			this._runCaller = null;
			this.setOriginTracking(false);
			setRunningLoop(prevLoop === this ? null : prevLoop);
		}
	}

	/**
	 * CPython BaseEventLoop._asyncgen_finalizer_hook: an async generator first iterated while
	 * this loop ran was freed unfinished; its aclose() runs in a task created by a callback
	 * (call_soon_threadsafe(self.create_task, agen.aclose())).
	 */
	asyncgenFinalizerHook(g: PyAsyncGenerator): void {
		this._asyncgens.delete(g);
		if (this._closed) return;
		const aclose = call(getAttr(g, 'aclose'), []);
		const h = this.callSoonNative(createTaskCallback, this, aclose);
		h._context = copyContextForTask();
	}

	/** BaseEventLoop._check_running() (3.7: _check_runnung), called like checkClosed(). */
	checkRunning(caller?: LoopMethod, ...held: PyValue[]): void {
		const m = rt.minor;
		const name = m === 7 ? '_check_runnung' : '_check_running';
		let exc: PyException;
		let frame: SyntheticFrame;
		if (this._running) {
			const text = "raise RuntimeError('This event loop is already running')";
			exc = runtimeError('This event loop is already running');
			frame = asyncioFrame('base_events.py', [523, 552, 583, 584, 588, 619, 633], name, text, null);
		} else if (getRunningLoopOrNull() !== null) {
			const msg = "'Cannot run the event loop while another loop is running')";
			const text = m === 7 ? msg : m >= 13 ? `raise RuntimeError(\n        ${msg}` : 'raise RuntimeError(';
			exc = runtimeError('Cannot run the event loop while another loop is running');
			frame = asyncioFrame('base_events.py', [526, 554, 585, 586, 590, 621, 635], name, text, [0, text.length], 13);
		} else return;
		if (caller === undefined) throw exc;
		throw raisedAt(exc, [...callerFrames(caller, `self.${name}()`, held), frame]);
	}

	/** CPython BaseEventLoop.run_until_complete */
	runUntilComplete(futureArg: PyValue): PyValue {
		const ch = new DriverChannel();
		return runDriverSync(this.runUntilCompleteG(futureArg, ch), ch);
	}

	/** run_until_complete as a driver (see runForeverG). */
	*runUntilCompleteG(futureArg: PyValue, ch: DriverChannel): Generator<number, PyValue, void> {
		this.checkClosed('run_until_complete', futureArg);
		this.checkRunning('run_until_complete', futureArg);
		const newTask = !isFuture(futureArg);
		let future: PyValue;
		try {
			future = ensureFuture(futureArg, this);
		} catch (e) {
			if (e instanceof PyException && e.cls.name === 'ValueError' && rt.minor >= 7) prependFrames(e, ENSURE_FUTURE_FRAMES());
			throw e;
		}
		const cb = new NativeDoneCb(runUntilCompleteCb, null);
		if (future instanceof Future) future.addDoneCallback(cb);
		else call(getAttrOpt(future, 'add_done_callback')!, [RUN_UNTIL_COMPLETE_CB_PY()]);
		const prevWaiting = this._waitingFor;
		this._waitingFor = future instanceof Future ? future : null;
		try {
			ch.sub = this.runForeverG(ch);
			yield DriverOp.Delegate;
		} catch (e) {
			const exitExc = e instanceof PyException && (e.cls.isSubtypeOf(SystemExit) || e.cls.isSubtypeOf(KeyboardInterrupt));
			if (future instanceof Future && future.done() && !future.cancelled() && (newTask || (exitExc && future._exception === e))) {
				// CPython consumes the exception of its own task; a SystemExit/KeyboardInterrupt
				// of the caller's task (Runner.run, 3.11+) keeps the task alive through the
				// traceback until the program ends, so it is never reported either.
				future._log_traceback = false;
			}
			// SystemExit/KeyboardInterrupt leave a task step through the loop's own frames.
			if (exitExc) prependFrames(e, LOOP_ESCAPE_FRAMES());
			throw e;
		} finally {
			this._waitingFor = prevWaiting;
			if (future instanceof Future) future.removeDoneCallback(cb);
		}
		if (future instanceof Future) {
			if (!future.done()) throw runtimeError('Event loop stopped before Future completed.');
			try {
				return future.result();
			} catch (e) {
				if (e instanceof PyException) prependFrames(e, [RUN_UNTIL_COMPLETE_FRAME()]);
				throw e;
			}
		}
		return call(getAttrOpt(future, 'result')!, []);
	}

	stop(): void {
		this._stopping = true;
	}

	/** CPython BaseEventLoop.close (+ our end-of-loop reports, see docs: R14). */
	close(): void {
		if (this._running) throw runtimeError('Cannot close a running event loop');
		if (this._closed) return;
		this._closed = true;
		this._ready.length = 0;
		this._readyHead = 0;
		for (const h of this._scheduled) h._scheduled = false;
		this._scheduled = [];
		this._ioEvents = [];
		this._executorShutdownCalled = true;
		this.reportLeftovers();
		// The default executor's idle workers end; running jobs finish (concurrent.futures
		// joins them at exit).
		const executor = this._defaultExecutor;
		if (executor !== None) {
			this._defaultExecutor = None;
			call(getAttr(executor, 'shutdown'), [], new Map([['wait', False]]));
		}
	}

	/**
	 * What CPython prints when the garbage collector frees failed or pending tasks: we print it
	 * when their loop closes (CPython: when the last reference goes, usually about then).
	 */
	reportLeftovers(): void {
		for (const f of this._unretrieved) {
			if (!f._log_traceback) continue;
			f._log_traceback = false;
			const ctx = new PyDict();
			ctx.setStr('message', `${className(f.cls)} exception was never retrieved`);
			if (f._sourceTraceback !== null) ctx.setStr('source_traceback', stackSummary(f._sourceTraceback));
			ctx.setStr('exception', f._exception!);
			ctx.setStr('future', f);
			this.callExceptionHandler(ctx);
		}
		this._unretrieved.clear();
		// "Task was destroyed but it is pending!" depends on who still references the task
		// (CPython prints it when a pending task is collected, rarely at interpreter exit): we
		// cannot know, and programs that close a loop with pending tasks usually hold them, so
		// it is not printed (see docs/simulated-network.md, R14).
	}

	noteUnretrieved(f: Future): void {
		this._unretrieved.add(f);
	}

	/** CPython BaseEventLoop.call_exception_handler */
	callExceptionHandler(context: PyDict): void {
		if (this._exceptionHandler === None) {
			try {
				this.defaultExceptionHandler(context);
			} catch (e) {
				if (e instanceof PyException && !(e.cls.isSubtypeOf(SystemExit) || e.cls.isSubtypeOf(KeyboardInterrupt))) {
					rt.write('stderr', 'Exception in default exception handler\n' + formatException(e));
					return;
				}
				throw e;
			}
			return;
		}
		try {
			call(this._exceptionHandler, [this, context]);
		} catch (e) {
			if (!(e instanceof PyException) || e.cls.isSubtypeOf(SystemExit) || e.cls.isSubtypeOf(KeyboardInterrupt)) throw e;
			try {
				const ctx2 = new PyDict();
				ctx2.setStr('message', 'Unhandled error in exception handler');
				ctx2.setStr('exception', e);
				ctx2.setStr('context', context);
				this.defaultExceptionHandler(ctx2);
			} catch (e2) {
				if (e2 instanceof PyException) rt.write('stderr', 'Exception in default exception handler while handling an unexpected error in custom exception handler\n' + formatException(e2));
				else throw e2;
			}
		}
	}

	/** CPython BaseEventLoop.default_exception_handler, logged like logging's last-resort handler. */
	defaultExceptionHandler(context: PyDict): void {
		let message = context.getStr('message');
		if (message === undefined || !isTrue(message)) message = 'Unhandled exception in event loop';
		const exception = context.getStr('exception');
		const lines = [typeof message === 'string' ? message : repr(message)];
		const keys = context.entries().map(([k]) => k).filter((k): k is string => typeof k === 'string').sort();
		for (const k of keys) {
			if (k === 'message' || k === 'exception') continue;
			const value = context.getStr(k)!;
			if (k === 'source_traceback' || k === 'handle_traceback') {
				const what = k === 'source_traceback' ? 'Object' : 'Handle';
				lines.push(`${k}: ${what} created at (most recent call last):\n${formatStackList(value).trimEnd()}`);
			} else lines.push(`${k}: ${repr(value)}`);
		}
		const exc = exception instanceof PyException ? exception : null;
		if (asyncioLog('error', lines.join('\n'), [], exc, LOG_SITES.defaultExceptionHandler)) return;
		let text = lines.join('\n') + '\n';
		if (exc !== null) text += formatException(exc);
		rt.write('stderr', text);
	}

	/**
	 * CPython BaseEventLoop.create_task. A task factory is called as factory(loop, coro) (with
	 * context= only when one was given) and names the task afterwards: the task takes a
	 * `Task-N` name first (seen during an eager first step), then set_name(name), which 3.13.0
	 * calls even when name is None (the task is then named 'None').
	 */
	createTask(coro: PyValue, name: PyValue = None, context: Context | undefined = undefined): PyValue {
		this.checkClosed('create_task', coro);
		if (this._taskFactory !== None) {
			const t = call(this._taskFactory, [this, coro], context === undefined ? null : new Map([['context', context]]));
			if (name !== None || rt.minor >= 13) {
				const sn = getAttrOpt(t, 'set_name');
				if (sn !== undefined || rt.minor >= 13) call(sn ?? getAttr(t, 'set_name'), [name]);
			}
			return t;
		}
		const task = new Task(null, this, None);
		task.init(coro, name, context);
		return task;
	}
}

const EMPTY_ARGS: PyValue[] = [];

/**
 * Logs through logging.getLogger('asyncio') (asyncio/log.py's logger), as CPython's asyncio
 * does, once the program imported `logging`: its configuration (format, level, handlers) then
 * applies. Without it the caller writes what logging's last-resort handler would (the bare
 * message for WARNING and above) and this returns false.
 */
export function asyncioLog(level: 'debug' | 'warning' | 'error', msg: string, args: PyValue[], exc: PyException | null, site: LogSite): boolean {
	const logging = sysModules().getStr('logging');
	if (!(logging instanceof PyModule)) return false;
	const logger = call(getAttr(logging, 'getLogger'), ['asyncio']);
	const levelNo = level === 'debug' ? 10 : level === 'warning' ? 30 : 40;
	const line = site.lines[rt.minor - 7] ?? site.lines[site.lines.length - 1];
	const pathname = `/usr/lib/python3.${rt.minor}/asyncio/${site.file}`;
	call(getAttr(logging, '_pyco_log_at'), [logger, levelNo, msg, new PyTuple(args), exc ?? None, pathname, line, site.func]);
	return true;
}

/** Where CPython's asyncio makes each record (file, function, line per minor 7..13). */
interface LogSite {
	file: string;
	func: string;
	lines: number[];
}
const LOG_SITES = {
	usingSelector: { file: 'selector_events.py', func: '__init__', lines: [58, 59, 54, 54, 54, 64, 64] },
	slowCallback: { file: 'base_events.py', func: '_run_once', lines: [1781, 1854, 1900, 1904, 1917, 1966, 2022] },
	defaultExceptionHandler: { file: 'base_events.py', func: 'default_exception_handler', lines: [1619, 1707, 1753, 1758, 1771, 1805, 1858] },
} satisfies Record<string, LogSite>;

/** The callback `self.create_task` with its argument (asyncgenFinalizerHook). */
const createTaskCallback: NativeCb = (loop: EventLoop, coro: PyValue) => {
	loop.createTask(coro);
};
createTaskCallback.pyName = 'BaseEventLoop.create_task';

/** Methods of BaseEventLoop that start with _check_closed()/_check_running(). */
export type LoopMethod = 'run_until_complete' | 'run_forever' | 'create_task' | 'call_soon' | 'call_soon_threadsafe' | 'run_in_executor';

/** base_events.py line of `self._check_closed()` in each method (3.7..3.13); _check_running() is the next line. */
const CHECK_CLOSED_LINE: Record<LoopMethod, number[]> = {
	create_task: [402, 429, 436, 436, 434, 454, 467],
	run_forever: [530, 559, 590, 591, 595, 626, 645],
	run_until_complete: [562, 591, 622, 624, 628, 659, 696],
	call_soon: [691, 719, 751, 753, 761, 792, 829],
	call_soon_threadsafe: [736, 764, 796, 798, 806, 837, 874],
	run_in_executor: [746, 774, 806, 808, 816, 847, 884],
};

/** The frame(s) of `caller` calling `text` (a check), the first holding `held`. */
function callerFrames(caller: LoopMethod, text: string, held: PyValue[]): SyntheticFrame[] {
	const lines = CHECK_CLOSED_LINE[caller].map((l) => (text.startsWith('self._check_closed') ? l : l + 1));
	const c: [number, number] = [0, text.length];
	if (caller === 'run_forever' && rt.minor >= 13) {
		// 3.13: run_forever() -> _run_forever_setup() does the checks.
		const setup = 'self._run_forever_setup()';
		return [
			holding(asyncioFrame('base_events.py', [677], 'run_forever', setup, [0, setup.length], 13), ...held),
			asyncioFrame('base_events.py', lines, '_run_forever_setup', text, c, 13),
		];
	}
	return [holding(asyncioFrame('base_events.py', lines, caller, text, c, 13), ...held)];
}

/** asyncio.constants.DEBUG_STACK_DEPTH: frames recorded as a coroutine's origin in debug mode. */
const DEBUG_STACK_DEPTH = 10;

/** How a loop was started, for the asyncio frames CPython's stack shows under its callbacks. */
export type LoopEntry = 'asyncio.run' | 'Runner.run' | 'run_until_complete' | 'run_forever' | 'internal';

/**
 * The frames of asyncio CPython's stack has between the code that started a loop with
 * run_until_complete (run_forever: without the first) and a callback or task step it runs.
 */
export function loopStackFrames(loop: EventLoop): SyntheticFrame[] {
	const frames = LOOP_ESCAPE_FRAMES();
	// Debug mode times each handle: _run_once calls handle._run() 8 lines earlier.
	if (loop._debug) frames[2] = { ...frames[2], line: frames[2].line - 8 };
	return loop._runKind === 'run_forever' ? frames.slice(1) : frames;
}

/** run_until_complete -> run_forever -> _run_once -> Handle._run (CPython 3.7..3.13 lines). */
function LOOP_ESCAPE_FRAMES(): SyntheticFrame[] {
	const c = (t: string): [number, number] => [0, t.length];
	const call = 'self._context.run(self._callback, *self._args)';
	return [
		asyncioFrame('base_events.py', [574, 603, 634, 636, 640, 671, 708], 'run_until_complete', 'self.run_forever()', c('self.run_forever()'), 13),
		asyncioFrame('base_events.py', [541, 570, 601, 603, 607, 638, 679], 'run_forever', 'self._run_once()', c('self._run_once()'), 13),
		asyncioFrame('base_events.py', [1786, 1859, 1905, 1909, 1922, 1971, 2027], '_run_once', 'handle._run()', c('handle._run()'), 13),
		asyncioFrame('events.py', [88, 81, 80, 80, 80, 84, 89], '_run', call, c(call), 13),
	];
}

function runUntilCompleteCb(_a: unknown, fut: Future): void {
	if (!fut.cancelled()) {
		const e = fut._exception;
		if (e !== null && (e.cls.isSubtypeOf(SystemExit) || e.cls.isSubtypeOf(KeyboardInterrupt))) return;
	}
	fut.loop.stop();
}
(runUntilCompleteCb as NativeCb).pyName = '_run_until_complete_cb';

let rucPy: PyValue | null = null;
function RUN_UNTIL_COMPLETE_CB_PY(): PyValue {
	if (rucPy === null) {
		rucPy = new PyBuiltin('_run_until_complete_cb', (args) => {
			const f = args[0];
			const loop = getAttrOpt(f, 'get_loop');
			if (loop !== undefined) call(getAttrOpt(call(loop, []), 'stop')!, []);
			return None;
		});
	}
	return rucPy;
}

/** CPython's frames between run_until_complete and ensure_future's "different loop" error. */
function ENSURE_FUTURE_FRAMES(): SyntheticFrame[] {
	const m = rt.minor;
	const c = m >= 11 && m <= 12;
	const frames: SyntheticFrame[] = [
		{ file: 'base_events.py', line: [566, 595, 626, 628, 632, 663, 700][m - 7], name: 'run_until_complete', text: 'future = tasks.ensure_future(future, loop=self)', carets: c ? [9, 47] : null },
	];
	const raiseText =
		m === 7
			? "raise ValueError('loop argument must agree with Future')"
			: "raise ValueError('The future belongs to a different loop than '\n                    'the one specified as the loop argument')";
	if (m === 10 || m === 11) {
		frames.push({ file: 'tasks.py', line: m === 10 ? 615 : 659, name: 'ensure_future', text: 'return _ensure_future(coro_or_future, loop=loop)', carets: m === 11 ? [7, 48] : null });
		frames.push({ file: 'tasks.py', line: m === 10 ? 621 : 665, name: '_ensure_future', text: raiseText, carets: null });
	} else {
		frames.push({ file: 'tasks.py', line: [614, 678, 671, 0, 0, 677, 730][m - 7], name: 'ensure_future', text: raiseText, carets: m >= 13 ? [0, raiseText.length] : null });
	}
	return frames;
}

export function RUN_UNTIL_COMPLETE_FRAME(): SyntheticFrame {
	const line = [587, 616, 647, 649, 653, 684, 721][rt.minor - 7] ?? 721;
	return { file: 'base_events.py', line, name: 'run_until_complete', text: 'return future.result()', carets: [7, 22] };
}

loopFactory.create = () => new EventLoop();

// ---------------------------------------------------------------------------------------------
// Python-visible loop API.

const L = (v: PyValue): EventLoop => {
	if (!(v instanceof EventLoop)) throw typeError('an event loop method was called on a non-loop object');
	return v;
};
const T = baseEventLoopType;

function callbackArgs(args: PyValue[], from: number): PyValue[] {
	return args.length > from ? args.slice(from) : EMPTY_ARGS;
}

/** CPython BaseEventLoop._check_callback: only run in debug mode (call_soon checks nothing otherwise). */
function checkCallable(fn: PyValue | undefined, what: string, loop: EventLoop): PyValue {
	if (fn === undefined) throw typeError(`${what}() missing 1 required positional argument: 'callback'`);
	if (!loop._debug) return fn;
	if (typeof fn !== 'object' || (fn.cls.lookup('__call__') === undefined && !(fn instanceof PyType) && fn.cls.name !== 'function' && fn.cls.name !== 'builtin_function_or_method' && fn.cls.name !== 'method')) {
		const { iscoroutine } = coroutineChecks;
		if (iscoroutine(fn)) throw typeError(`coroutines cannot be used with ${what}()`);
		throw typeError(`a callable object was expected by ${what}(), got ${repr(fn)}`);
	}
	if (coroutineChecks.iscoroutinefunction(fn)) throw typeError(`coroutines cannot be used with ${what}()`);
	return fn;
}

/** A `context=` argument: undefined (a copy of the current context) for None/omitted. */
export function contextArg(v: PyValue | undefined): Context | undefined {
	if (v === undefined || v === None) return undefined;
	if (!(v instanceof Context)) throw typeError(`an instance of Context was expected, got ${typeName(v)}`);
	return v;
}

/** Filled by coroutines.ts. */
export const coroutineChecks = {
	iscoroutine: (_v: PyValue): boolean => false,
	iscoroutinefunction: (_v: PyValue): boolean => false,
};

method(T, 'time', (args) => new PyFloat(L(args[0]).time()));

/**
 * The keyword-only `context=None` of call_soon/call_later/call_at/call_soon_threadsafe: the
 * handle runs its callback in that Context instead of a copy of the current one.
 */
function callbackContext(what: string, kwargs: Kwargs | null): Context | undefined {
	if (kwargs === null || kwargs.size === 0) return undefined;
	for (const k of kwargs.keys()) {
		if (k !== 'context') throw typeError(`${rt.minor >= 10 ? `BaseEventLoop.${what}` : what}() got an unexpected keyword argument '${k}'`);
	}
	return contextArg(kwargs.get('context'));
}
/**
 * A handle made by call_soon/call_later/call_at from Python code: its Context, and in debug
 * mode where it was created (Handle._source_traceback, whose last entry is the caller of the
 * loop method once call_soon/call_at dropped their own frames; shown by repr as "created at").
 */
function withContext<H extends Handle>(h: H, ctx: Context | undefined, asyncioFrames = 2): H {
	if (ctx !== undefined) h._context = ctx;
	if (h._loop._debug) {
		// Handle.__init__ keeps DEBUG_STACK_DEPTH frames from its caller, then the loop methods
		// drop their own (call_soon and _call_soon, call_later and call_at, or call_at alone).
		const stack = currentStack().slice(-(DEBUG_STACK_DEPTH - asyncioFrames));
		h._sourceTraceback = stack;
		const last = stack[stack.length - 1];
		if (last !== undefined) h._createdAt = `${last.filename}:${last.line}`;
	}
	return h;
}

method(T, 'call_soon', (args, kwargs) => {
	const loop = L(args[0]);
	const ctx = callbackContext('call_soon', kwargs);
	loop.checkClosed('call_soon');
	const cb = checkCallable(args[1], 'call_soon', loop);
	return withContext(loop.callSoon(cb, callbackArgs(args, 2)), ctx);
});
method(T, 'call_soon_threadsafe', (args, kwargs) => {
	const loop = L(args[0]);
	const ctx = callbackContext('call_soon_threadsafe', kwargs);
	loop.checkClosed('call_soon_threadsafe');
	const cb = checkCallable(args[1], 'call_soon_threadsafe', loop);
	const handle = withContext(loop.callSoon(cb, callbackArgs(args, 2)), ctx);
	// _write_to_self(): a loop waiting in select() in its thread wakes up.
	if (loop._selectingThread !== null) wakeThread(loop._selectingThread);
	return handle;
});
method(T, 'call_later', (args, kwargs) => {
	const loop = L(args[0]);
	const ctx = callbackContext('call_later', kwargs);
	const d = numArg(args[1]);
	if (d === null) throw typeError('unsupported operand type(s) for +: \'float\' and \'NoneType\'');
	loop.checkClosed();
	const cb = checkCallable(args[2], 'call_later', loop);
	return withContext(loop.callLater(d, cb, callbackArgs(args, 3)), ctx);
});
method(T, 'call_at', (args, kwargs) => {
	const loop = L(args[0]);
	const ctx = callbackContext('call_at', kwargs);
	const when = numArg(args[1]);
	if (when === null) throw typeError("'<' not supported between instances of 'NoneType' and 'float'");
	loop.checkClosed();
	const cb = checkCallable(args[2], 'call_at', loop);
	return withContext(loop.callAt(when, cb, callbackArgs(args, 3)), ctx, 1);
});
method(T, 'create_future', (args) => {
	const loop = L(args[0]);
	const fut = new Future(loop);
	if (loop._debug) {
		const line = [395, 422, 429, 429, 427, 447, 460][rt.minor - 7] ?? 460;
		recordSource(fut, { file: 'base_events.py', line, name: 'create_future', text: 'return futures.Future(loop=self)' });
	}
	return fut;
});
method(T, 'create_task', (args, kwargs) => {
	const loop = L(args[0]);
	// A Python method: its argument errors name it with its qualname from 3.10.
	const [coro, name, context] = parseArgs(rt.minor >= 10 ? 'BaseEventLoop.create_task' : 'create_task', args, kwargs, rt.minor >= 11 ? ['coro', 'name', 'context'] : rt.minor >= 8 ? ['coro', 'name'] : ['coro'], 1, 1, 1);
	return loop.createTask(coro!, name ?? None, contextArg(context));
});
method(T, 'run_forever', (args) => {
	state.loopEntry = 'run_forever';
	L(args[0]).runForever();
	return None;
}).driver = function* (args, _kwargs, ch) {
	state.loopEntry = 'run_forever';
	ch.sub = L(args[0]).runForeverG(ch);
	yield DriverOp.Delegate;
	return None;
};
method(T, 'run_until_complete', (args) => {
	if (args.length < 2) throw typeError("BaseEventLoop.run_until_complete() missing 1 required positional argument: 'future'");
	state.loopEntry = 'run_until_complete';
	return L(args[0]).runUntilComplete(args[1]);
}).driver = function* (args, _kwargs, ch) {
	if (args.length < 2) throw typeError("BaseEventLoop.run_until_complete() missing 1 required positional argument: 'future'");
	state.loopEntry = 'run_until_complete';
	return yield* L(args[0]).runUntilCompleteG(args[1], ch);
};
method(T, 'stop', (args) => {
	L(args[0]).stop();
	return None;
});
method(T, 'close', (args) => {
	L(args[0]).close();
	return None;
});
method(T, 'is_running', (args) => pyBool(L(args[0])._running));
method(T, 'is_closed', (args) => pyBool(L(args[0])._closed));
method(T, 'get_debug', (args) => pyBool(L(args[0])._debug));
method(T, 'set_debug', (args) => {
	const loop = L(args[0]);
	loop._debug = isTrue(args[1] ?? False);
	if (loop._running) loop.setOriginTracking(loop._debug);
	return None;
});
method(T, 'set_exception_handler', (args) => {
	const loop = L(args[0]);
	const h = args[1] ?? None;
	if (h !== None && (typeof h !== 'object' || (h.cls.lookup('__call__') === undefined && !(h instanceof PyType) && !['function', 'builtin_function_or_method', 'method'].includes(h.cls.name)))) {
		throw typeError(`A callable object or None is expected, got ${repr(h)}`);
	}
	loop._exceptionHandler = h;
	return None;
});
method(T, 'get_exception_handler', (args) => L(args[0])._exceptionHandler);
method(T, 'default_exception_handler', (args) => {
	L(args[0]).defaultExceptionHandler(args[1] as PyDict);
	return None;
});
method(T, 'call_exception_handler', (args) => {
	L(args[0]).callExceptionHandler(args[1] as PyDict);
	return None;
});
method(T, 'set_task_factory', (args) => {
	const factory = args[1] ?? None;
	if (factory !== None && !isCallable(factory)) throw typeError('task factory must be a callable or None');
	L(args[0])._taskFactory = factory;
	return None;
});
method(T, 'get_task_factory', (args) => L(args[0])._taskFactory);
method(T, '__repr__', (args) => {
	const l = L(args[0]);
	return `<${l.cls.name} running=${l._running ? 'True' : 'False'} closed=${l._closed ? 'True' : 'False'} debug=${l._debug ? 'True' : 'False'}>`;
});
getset(T, '_ready', (self) => new PyTuple(L(self)._ready.slice(L(self)._readyHead)));
getset(T, '_scheduled', (self) => new PyTuple(L(self)._scheduled.slice()));
getset(T, '_clock_resolution', (self) => new PyFloat(L(self)._clockResolution));
getset(
	T,
	'slow_callback_duration',
	(self) => L(self).slowCallbackDurationValue,
	(self, v) => {
		// A plain instance attribute in CPython: kept as given, compared with each callback's time.
		const l = L(self);
		l.slowCallbackDurationValue = v;
		const n = asNumber(v);
		l.slowCallbackDuration = n === undefined ? Infinity : Number(n);
	}
);

export { True, False, objectType, handleType, futureType, taskType, exc, newException };
