/*
 * clock.ts
 * The run's clock. In "virtual" mode time only moves when the program sleeps (time.sleep or an
 * event loop with nothing ready), so sleeping costs nothing yet reports the time CPython would
 * take; in "real" mode it follows the machine's monotonic clock and sleeps really wait.
 */

export const clock = {
	virtual: true,
	/** Virtual seconds since the program started. */
	now: 0,
	/** Real epoch milliseconds at program start (origin of time.time()). */
	startEpochMs: 0,
	/** performance.now() at program start. */
	realStart: 0,
};

function perfNow(): number {
	return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Resets the clock at the start of a run. */
export function resetClock(virtual: boolean, startEpochMs: number): void {
	clock.virtual = virtual;
	clock.now = 0;
	clock.startEpochMs = startEpochMs;
	clock.realStart = perfNow();
}

/** Seconds since the program started (time.monotonic / loop.time). */
export function monotonic(): number {
	return clock.virtual ? clock.now : (perfNow() - clock.realStart) / 1000;
}

/** Seconds since the epoch (time.time). */
export function wallTime(): number {
	return clock.startEpochMs / 1000 + monotonic();
}

/** Blocks for d seconds: advances the virtual clock, or really waits in real mode. */
export function sleepBlocking(d: number): void {
	if (!(d > 0)) return;
	if (clock.virtual) {
		clock.now += d;
		return;
	}
	const until = perfNow() + d * 1000;
	const sab = typeof SharedArrayBuffer !== 'undefined' ? new Int32Array(new SharedArrayBuffer(4)) : null;
	for (;;) {
		const left = until - perfNow();
		if (left <= 0) return;
		if (sab) Atomics.wait(sab, 0, 0, left);
	}
}

/** Moves the virtual clock forward to `t` (the event loop's "select() would have waited"). */
export function advanceTo(t: number): void {
	if (clock.virtual) {
		if (t > clock.now) clock.now = t;
	} else {
		sleepBlocking(t - monotonic());
	}
}
