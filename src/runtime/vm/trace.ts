/*
 * trace.ts
 * The scheduling trace for the timeline pictures: events stamped with the virtual time.
 * Recording is off unless run() is asked for it, so the cost is one boolean test per event.
 * The event kinds are documented with TraceEvent in api.ts (and in docs/runtime.md).
 */

import type { TraceEvent, TraceWaitKind } from '../api';
import { monotonic } from './clock';

/** At most this many events are kept; the rest are counted in a final `trace-cut` event. */
export const MAX_TRACE_EVENTS = 100_000;
/** Generator/coroutine hand-offs are far more frequent than task steps: they have their own cap. */
export const MAX_TRACE_HANDOFFS = 5_000;

export const traceState = {
	enabled: false,
	events: [] as TraceEvent[],
	/** Hand-offs recorded so far (capped separately). */
	handOffs: 0,
	/** Events left out because of the caps. */
	dropped: 0,
	/** True while an asyncio task steps: its coroutines' hand-offs are not recorded. */
	inTask: false,
};

let ids = new WeakMap<object, number>();
let nextId = 1;
let waits = new WeakMap<object, TraceWait>();

/** What a task waits on, attached to the future it awaits (see markWait). */
export interface TraceWait {
	wait: TraceWaitKind;
	/** Short technical description: "sleep 0.5", "lock", "queue.get", "socket read (readline)". */
	label: string;
	/** Virtual deadline of a sleep. */
	until?: number;
	/** Trace ids of the tasks awaited (a task, gather's children). */
	targets?: number[];
}

/** Resets the trace at the start of a run. */
export function resetTrace(enabled: boolean): void {
	traceState.enabled = enabled;
	traceState.events = [];
	traceState.handOffs = 0;
	traceState.dropped = 0;
	traceState.inTask = false;
	ids = new WeakMap();
	waits = new WeakMap();
	nextId = 1;
}

/** Records one event (no-op when tracing is off). */
export function traceEvent(kind: string, data: Record<string, unknown> = {}): void {
	if (!traceState.enabled) return;
	if (traceState.events.length >= MAX_TRACE_EVENTS) {
		traceState.dropped++;
		return;
	}
	traceState.events.push({ time: monotonic(), kind, ...data });
}

/** A small serial number for a task, generator or executor job, stable for the run. */
export function traceId(obj: object): number {
	let id = ids.get(obj);
	if (id === undefined) ids.set(obj, (id = nextId++));
	return id;
}

/** Labels a future with what awaiting it means (only while tracing: otherwise free). */
export function markWait(fut: object, wait: TraceWait): void {
	if (traceState.enabled) waits.set(fut, wait);
}

/** The label set by markWait, if any. */
export function waitOf(fut: object): TraceWait | undefined {
	return waits.get(fut);
}

/** The events of the run, with a final `trace-cut` event when the caps left some out. */
export function finishTrace(): TraceEvent[] {
	const events = traceState.events;
	if (traceState.dropped > 0) {
		events.push({ time: monotonic(), kind: 'trace-cut', dropped: traceState.dropped });
		traceState.dropped = 0;
	}
	return events;
}
