/*
 * threads.ts
 * Threads on the virtual clock: each Python thread is a chain of frames of its own, and one
 * thread runs at a time, like a CPython thread holding the GIL, until it blocks (time.sleep, a
 * lock, a join...) or, once another thread waits to run, for a quantum of instructions (CPython
 * asks the GIL holder to give way after its 5 ms switch interval). Counting instructions rather
 * than time keeps a run's output the same every time.
 *
 * Invariants:
 *  - Exactly one thread is `running`; the others are Runnable (in `runQueue`, first come
 *    first served), Blocked (waiting for wake() or for their deadline), or Done.
 *  - A turn (beginTurn/endTurn) ends QUANTUM instructions after another thread became
 *    runnable; it survives the end of a time slice, so slicing does not change the order.
 *  - A thread blocks by yielding DriverOp.Block from a native driver. If its frame loop is the
 *    thread's own outer loop (runThreadSlice), the loop returns and the scheduler runs others;
 *    otherwise (the block happened inside a native call such as list(executor.map(...))) the
 *    thread waits in place: waitNested() runs the other threads from there (the main thread's
 *    suspended frames too, through index.ts), and a thread that waits in place cannot run
 *    again until that wait returns (it is `onStack`).
 *  - Time moves only when no thread can run: the clock jumps to the earliest deadline.
 *  - A thread's per-thread state outside the frames (frame depth, the running event loop, the
 *    current contextvars Context) is saved when it stops running and restored when it resumes.
 */

import type { PyValue } from '../objects/object';
import { PyException, runtimeError } from '../objects/exceptions';
import { advanceTo, clock } from './clock';
import { DriverChannel, DriverOp, runDriverSync, threadHooks } from './generators';
import type { DriverFn } from '../objects/function';
import type { NativeFn } from '../objects/object';
import {
	armPreemption,
	disarmPreemption,
	exitKind,
	ExitKind,
	counters,
	nestedWait,
	pausedFrame,
	runThreadSlice,
	type ResumePoint,
} from './interpreter';
import type { Frame } from './frame';

export const enum ThreadState {
	Runnable,
	Blocked,
	Done,
}

/** Per-thread state kept outside the frames by a module (the running loop, the current context). */
export interface ThreadLocalSlot {
	save(): unknown;
	restore(saved: unknown): void;
	/** The state a new thread starts with. */
	fresh(): unknown;
}

const slots: ThreadLocalSlot[] = [];

/** Registers per-thread state (called once per module load; slots survive across runs). */
export function registerThreadLocal(slot: ThreadLocalSlot): void {
	slots.push(slot);
}

export class VThread {
	state = ThreadState.Runnable;
	/** The thread's outer frame (null for the main thread, which index.ts runs). */
	entry: Frame | null;
	/** Where its suspended frames continue (null: not started). */
	resumeAt: ResumePoint | null = null;
	started = false;
	/** Blocked until this virtual time at most (Infinity: until woken). */
	deadline = Infinity;
	/** When it last blocked (a count of blocks), to wake threads due at the same time in order. */
	blockedAt = 0;
	/** Set when the deadline, not wake(), ended the last block. */
	timedOut = false;
	/** Thrown into the thread when it resumes (the deadlock error). */
	wakeError: PyException | null = null;
	/** Not waited for at exit (threads started by _thread directly, and daemon threading.Threads). */
	daemon = true;
	/** Running its turn (see beginTurn), which ends at instruction count `turnEnd`. */
	inTurn = false;
	turnEnd = Infinity;
	/** Waiting in place (waitNested) somewhere below on the JavaScript stack. */
	onStack = false;
	/** Saved per-thread state: frame depth and the registered slots. */
	depth = { depth: 0 };
	saved: unknown[];
	/** Called once with the outer frame's outcome. */
	onExit: ((value: PyValue | null, error: unknown) => void) | null = null;

	constructor(
		readonly ident: number,
		entry: Frame | null,
		readonly isMain: boolean
	) {
		this.entry = entry;
		this.saved = isMain ? [] : slots.map((s) => s.fresh());
	}
}

/** The scheduler's state for the current run. */
const sched = {
	main: null as unknown as VThread,
	running: null as unknown as VThread,
	all: [] as VThread[],
	runQueue: [] as VThread[],
	nextIdent: 1,
	blocks: 0,
	/** The main thread's program ended while it ran in place (see waitNested): it runs no more. */
	mainEnded: false,
};

/**
 * Continues the main thread's suspended frames from a thread waiting in place (set by index.ts,
 * which holds them): 'stopped' when they block again or their turn ends, 'ended' when the
 * program returned or raised (index.ts keeps the outcome for its outer loop).
 */
let mainInPlace: (() => 'stopped' | 'ended') | null = null;

/** Installs the runner of the main thread's frames from a wait in place (see waitNested). */
export function setMainInPlace(runner: (() => 'stopped' | 'ended') | null): void {
	mainInPlace = runner;
}

/** Pseudo thread identifiers in the range CPython's (addresses) fall in on 64-bit Linux. */
const IDENT_BASE = 139_872_345_000_000;
const IDENT_STEP = 8_392_704;

/** A fresh scheduler with only the main thread (at the start of each run). */
export function resetThreads(): void {
	const main = new VThread(IDENT_BASE, null, true);
	sched.main = main;
	sched.running = main;
	sched.all = [main];
	sched.runQueue = [];
	sched.nextIdent = 1;
	sched.mainEnded = false;
}

export function currentThread(): VThread {
	return sched.running;
}

export function mainThread(): VThread {
	return sched.main;
}

/** Did the program ever start a second thread? (Otherwise blocking calls block the whole run.) */
export function threadsStarted(): boolean {
	return sched.all.length > 1;
}

/** Threads not Done, the main thread included while it runs. */
export function liveThreads(): VThread[] {
	return sched.all.filter((t) => t.state !== ThreadState.Done);
}

/** Creates a thread that will run `entry`; it runs when the scheduler gets to it. */
export function spawnThread(entry: Frame, onExit: (value: PyValue | null, error: unknown) => void): VThread {
	const t = new VThread(IDENT_BASE + sched.nextIdent++ * IDENT_STEP, entry, false);
	t.onExit = onExit;
	sched.all.push(t);
	sched.runQueue.push(t);
	return t;
}

/**
 * Instructions a thread runs while another waits to run before it gives way: about what CPython
 * executes in its 5 ms switch interval (sys.getswitchinterval()), after which a thread waiting
 * for the GIL makes the running one drop it. Counted in instructions, not time, so that a run
 * is the same every time.
 */
const QUANTUM = 200_000;

/** Makes a blocked thread runnable (it continues after the threads already runnable). */
export function wakeThread(t: VThread): void {
	if (t.state !== ThreadState.Blocked) return;
	t.state = ThreadState.Runnable;
	t.timedOut = false;
	t.deadline = Infinity;
	sched.runQueue.push(t);
	// The running thread now has a waiter: its turn ends a quantum from now.
	const r = sched.running;
	if (r !== t && r.inTurn && r.turnEnd === Infinity) {
		r.turnEnd = counters.instructions + QUANTUM;
		armPreemption(QUANTUM);
	}
}

/**
 * The running thread's turn begins, or goes on after a time slice ended inside it: it ends a
 * quantum after another thread started waiting to run.
 */
export function beginTurn(): void {
	const t = sched.running;
	if (!t.inTurn) {
		t.inTurn = true;
		t.turnEnd = sched.runQueue.length > 0 ? counters.instructions + QUANTUM : Infinity;
	}
	disarmPreemption();
	if (t.turnEnd < Infinity) armPreemption(Math.max(1, t.turnEnd - counters.instructions));
}

/** The running thread's frames raised: its turn is over. */
export function dropTurn(): void {
	const t = sched.running;
	t.inTurn = false;
	t.turnEnd = Infinity;
	disarmPreemption();
}

/**
 * After the running thread's frames returned or paused: ends its turn unless only the time
 * slice ended. Returns true when the turn ended by preemption (the thread then waits behind
 * the runnable threads).
 */
export function endTurn(): boolean {
	const t = sched.running;
	const preempted =
		t.state === ThreadState.Runnable && exitKind() === ExitKind.Pause && counters.instructions >= t.turnEnd;
	if (t.state !== ThreadState.Runnable || exitKind() !== ExitKind.Pause || preempted) {
		t.inTurn = false;
		t.turnEnd = Infinity;
		disarmPreemption();
	}
	if (preempted) sched.runQueue.push(t);
	return preempted;
}

/**
 * Blocks the running thread until wakeThread() or the virtual time `deadline`; true when woken,
 * false when the deadline passed. For native drivers: `return yield* blockRunning(d)`.
 */
export function* blockRunning(deadline: number): Generator<number, boolean, void> {
	const t = sched.running;
	t.state = ThreadState.Blocked;
	t.deadline = deadline;
	t.timedOut = false;
	t.blockedAt = ++sched.blocks;
	yield DriverOp.Block;
	if (t.wakeError !== null) {
		const e = t.wakeError;
		t.wakeError = null;
		throw e;
	}
	return !t.timedOut;
}

/** Did the running thread's last pause block it (rather than end a time slice)? */
export function runningThreadStopped(): boolean {
	return sched.running.state === ThreadState.Blocked;
}

/** Switches the per-thread state from the running thread to `t`. */
function switchTo(t: VThread): void {
	const from = sched.running;
	if (from === t) return;
	if (from.state !== ThreadState.Done) from.saved = slots.map((s) => s.save());
	// A slot registered after t last ran (a module loaded meanwhile) starts fresh for it.
	slots.forEach((s, i) => s.restore(i < t.saved.length ? t.saved[i] : s.fresh()));
	sched.running = t;
}

/**
 * The next runnable thread that can run here, or null: not one waiting in place below, and
 * not the main thread unless `mainToo` (its frames are suspended at the top: the outermost
 * scheduler loop continues them, or runMainInPlace through index.ts).
 */
function takeRunnable(mainToo: boolean): VThread | null {
	const q = sched.runQueue;
	for (let i = 0; i < q.length; i++) {
		const t = q[i];
		if (t.onStack || (t.isMain && !mainToo)) continue;
		q.splice(i, 1);
		return t;
	}
	return null;
}

/** No thread can run: jumps the clock to the earliest deadline and wakes its thread. False if none. */
function advanceToDeadline(): boolean {
	let first: VThread | null = null;
	for (const t of sched.all) {
		if (t.state === ThreadState.Blocked && t.deadline < Infinity && (first === null || t.deadline < first.deadline)) first = t;
	}
	if (first === null) return false;
	advanceTo(first.deadline);
	// Every thread due at that time wakes, in the order they started waiting: in real time a
	// deadline computed later (with the same nominal value) comes later.
	const due = sched.all.filter((t) => t.state === ThreadState.Blocked && t.deadline <= clock.now);
	due.sort((a, b) => a.blockedAt - b.blockedAt);
	for (const t of due) {
		wakeThread(t);
		t.timedOut = true;
	}
	return true;
}

/**
 * Runs thread `t` (not the main thread) until it blocks, its turn ends, it ends, or the slice
 * ends. Returns 'blocked' (blocked or turn ended), 'done' or 'paused'.
 */
function runSlice(t: VThread): 'blocked' | 'done' | 'paused' {
	switchTo(t);
	const start = !t.started;
	t.started = true;
	let value: PyValue | null = null;
	let error: unknown = null;
	beginTurn();
	try {
		value = runThreadSlice(t.entry!, start ? null : t.resumeAt, t.depth);
		if (exitKind() === ExitKind.Pause) {
			t.resumeAt = pausedFrame();
			const blocked = runningThreadStopped();
			return endTurn() || blocked ? 'blocked' : 'paused';
		}
	} catch (e) {
		error = e;
	}
	t.state = ThreadState.Done;
	endTurn();
	t.resumeAt = null;
	t.onExit?.(value, error);
	return 'done';
}

/**
 * The main thread's frames are suspended at the top (it blocked): runs the other threads,
 * first come first served, until the main thread's turn comes. Returns 'ready' then, or
 * 'paused' when the time slice ended inside another thread (call again in the next slice).
 * When every thread waits with nothing left to wake it, the main thread is woken with a
 * deadlock error.
 */
export function runOthersFromTop(): 'ready' | 'paused' {
	const main = sched.main;
	for (;;) {
		if (sched.mainEnded) {
			// The program ended while the main thread ran in place: the outer loop finishes it.
			sched.mainEnded = false;
			main.state = ThreadState.Runnable;
			removeQueued(main);
			switchTo(main);
			return 'ready';
		}
		const t = takeRunnable(true);
		if (t === main) {
			switchTo(main);
			return 'ready';
		}
		if (t === null) {
			if (!advanceToDeadline()) deadlock(main);
			continue;
		}
		if (runSlice(t) === 'paused') {
			// The slice ended inside t: it continues first in the next slice.
			sched.runQueue.unshift(t);
			switchTo(main);
			return 'paused';
		}
	}
}

function removeQueued(t: VThread): void {
	const i = sched.runQueue.indexOf(t);
	if (i >= 0) sched.runQueue.splice(i, 1);
}

/** Wakes `t` with the deadlock error (every thread waits and no deadline is pending). */
function deadlock(t: VThread, why = ''): void {
	const waiting = sched.all.filter((x) => x.state === ThreadState.Blocked).length;
	t.wakeError = runtimeError(
		why ||
			`deadlock: all ${waiting} threads are waiting and nothing can wake them (no timeout is pending). CPython would wait here forever.`
	);
	wakeThread(t);
}

/**
 * The running thread blocked where its frames cannot be suspended (inside a native call): run
 * the other threads from here until it is woken. Threads waiting in place further down the
 * JavaScript stack, and the main thread when it is not this one, cannot run until this returns.
 */
function waitNested(): void {
	const me = sched.running;
	const woken = (): boolean => me.state === ThreadState.Runnable;
	if (woken()) return;
	me.onStack = true;
	nestedWait(1);
	try {
		for (;;) {
			if (woken()) {
				removeQueued(me);
				break;
			}
			const t = takeRunnable(me.isMain || mainInPlace !== null);
			if (t === me) break;
			if (t === null) {
				if (advanceToDeadline()) continue;
				deadlock(me);
				continue;
			}
			if (t === sched.main && !me.isMain) runMainInPlace();
			else runSlice(t);
			switchTo(me);
		}
	} finally {
		nestedWait(-1);
		me.onStack = false;
		switchTo(me);
	}
}

/**
 * The main thread's turn comes while this thread waits in place: its frames, suspended at the
 * top, continue here on top of the JavaScript stack until they block again or the program ends.
 */
function runMainInPlace(): void {
	const main = sched.main;
	switchTo(main);
	if (mainInPlace!() === 'ended') {
		// Nothing may wake or run it again here; runOthersFromTop hands it back to index.ts.
		main.state = ThreadState.Blocked;
		main.deadline = Infinity;
		sched.mainEnded = true;
	} else if (main.state === ThreadState.Runnable && !sched.runQueue.includes(main)) {
		sched.runQueue.push(main);
	}
}

threadHooks.waitNested = waitNested;


/** The plain form of a blocking native driver, for calls from native code (it may wait in place). */
export function blockingNative(driver: DriverFn): NativeFn {
	return (args, kwargs) => {
		const ch = new DriverChannel();
		return runDriverSync<PyValue>(driver(args, kwargs, ch), ch);
	};
}
