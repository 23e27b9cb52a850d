/*
 * runtimeState.ts
 * Per-run settings every part of the runtime may consult (the Python version being emulated,
 * output sinks, limits). One program runs at a time per JS realm, so this is a module singleton.
 */

import type { PyValue } from './object';

export interface RuntimeState {
	/** Python 3.x minor version being emulated (7..13). */
	minor: number;
	recursionLimit: number;
	/** Current depth of Python frames (inline and nested). */
	depth: number;
	/** Hard cap on nested native re-entry into the VM (protects the JS stack). */
	nativeDepth: number;
	/** Monotonic id source for id() and default reprs. */
	nextId: number;
	/** Hooks that the VM installs so object-level code can call back into Python. */
	write: (stream: 'stdout' | 'stderr', text: string) => void;
	/** Extra per-run state owned by modules (sys, warnings, asyncio). */
	modules: Map<string, unknown>;
	/** The __main__ module's dict, once created. */
	mainDict: PyValue | null;
}

/**
 * The largest container (items) and integer (bits) the runtime builds. A page must never be
 * frozen or killed by `list(range(10**9))` or `10**10**8`: past these sizes we raise
 * MemoryError, as CPython does when the machine runs out of memory.
 */
export const LIMITS = { maxItems: 16_000_000, maxIntBits: 1 << 26 };

export const rt: RuntimeState = {
	minor: 13,
	recursionLimit: 1000,
	depth: 0,
	nativeDepth: 0,
	nextId: 1,
	write: () => {},
	modules: new Map(),
	mainDict: null,
};

/** Resets the per-run state before a program starts. */
export function resetRuntimeState(minor: number): void {
	rt.minor = minor;
	rt.recursionLimit = 1000;
	rt.depth = 0;
	rt.nativeDepth = 0;
	rt.nextId = 1;
	rt.modules = new Map();
	rt.mainDict = null;
}
