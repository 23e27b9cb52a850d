/*
 * trace.ts
 * The scheduling trace for the timeline pictures: events stamped with the virtual time.
 * Recording is off unless run() is asked for it, so the cost is one boolean test per event.
 */

import type { TraceEvent } from '../api';
import { monotonic } from './clock';

export const traceState = { enabled: false, events: [] as TraceEvent[] };

/** Resets the trace at the start of a run. */
export function resetTrace(enabled: boolean): void {
	traceState.enabled = enabled;
	traceState.events = [];
}

/** Records one event (no-op when tracing is off). */
export function traceEvent(kind: string, data: Record<string, unknown> = {}): void {
	if (!traceState.enabled) return;
	traceState.events.push({ time: monotonic(), kind, ...data });
}
