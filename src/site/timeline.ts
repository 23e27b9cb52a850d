/*
 * timeline.ts
 * The timeline picture of a run, drawn from the runtime's scheduling trace (api.ts TraceEvent):
 *
 *  - asyncio programs: one row per task (and per executor job), a tick for every step (steps take
 *    no virtual time), a bar for every wait, coloured, patterned and labelled by what was awaited,
 *    a finish marker (done, cancelled, failed), on the virtual time axis. When no virtual time
 *    passes at all, the axis is the loop's steps in order instead.
 *  - generators driven by hand: the caller and each generator as rows, the hand-offs in order
 *    (next/send/throw → yield/return/raise) as arrows, who runs in between as bars.
 *  - always an output row with a tick per output line.
 *
 * Two pure steps: buildTimelineModel (trace → model) and renderTimeline (model → VNodes: an SVG
 * plus a text version in a <details>). The build bakes the result into the static page (and so
 * into the PDF); the <py-playground> element redraws it after each Run.
 */

import type { OutputChunk, TraceEvent } from '../runtime/api';
import { chunksToLines, formatSeconds, type Locale } from './format';
import { h, type VNode } from './vnode';

// ---------------------------------------------------------------------------------------------
// When a block shows a timeline

/** The fence option: `timeline` (on), `timeline=off`, or nothing (auto). */
export type TimelineSetting = 'auto' | 'on' | 'off';

/** Coroutines the event loop runs as tasks of its own (asyncio.run's shutdown): not drawn. */
function isInternalTask(e: TraceEvent): boolean {
	const coro = e['coro'];
	return typeof coro === 'string' && coro.startsWith('BaseEventLoop.');
}

/** Should the run be traced? `on` always; `auto` for code that uses asyncio. */
export function wantsTrace(setting: TimelineSetting, code: string): boolean {
	return setting === 'on' || (setting === 'auto' && /\basyncio\b/.test(code));
}

/** Is a timeline shown? `on` always; `auto` when the run had more than one asyncio task. */
export function showsTimeline(
	setting: TimelineSetting,
	trace: readonly TraceEvent[] | undefined
): boolean {
	if (setting === 'on') return true;
	if (setting === 'off' || !trace) return false;
	let tasks = 0;
	for (const e of trace) {
		if (e.kind === 'task-created' && !isInternalTask(e) && ++tasks > 1) return true;
	}
	return false;
}

// ---------------------------------------------------------------------------------------------
// Model

/** Style groups of the waits (colour + dash pattern + legend entry). */
export type WaitGroup = 'sleep' | 'ready' | 'task' | 'sync' | 'queue' | 'io' | 'executor' | 'other';

const GROUP_OF: Record<string, WaitGroup> = {
	sleep: 'sleep',
	yield: 'ready',
	task: 'task',
	gather: 'task',
	wait: 'task',
	wait_for: 'task',
	future: 'other',
	lock: 'sync',
	event: 'sync',
	condition: 'sync',
	semaphore: 'sync',
	'queue-get': 'queue',
	'queue-put': 'queue',
	'socket-read': 'io',
	'socket-connect': 'io',
	'socket-close': 'io',
	server: 'io',
	executor: 'executor',
};

export interface TimelineSpan {
	start: number;
	end: number;
	group: WaitGroup;
	/** Short label drawn on the bar when it fits, e.g. "sleep 2 s", "lock", "queue.get". */
	label: string;
	/** The wait never ended (the task was still pending when the program ended). */
	open?: boolean;
}

export interface TimelineMark {
	at: number;
	/** Tooltip / text version. */
	label: string;
	stream?: OutputChunk['stream'];
}

export type FinishKind = 'done' | 'cancelled' | 'error';

export interface TimelineRow {
	kind: 'output' | 'task' | 'job' | 'callbacks' | 'main' | 'caller' | 'generator';
	/** Main label (task name or coroutine, generator name…) and a muted second part. */
	label: string;
	sub?: string;
	/** From when the row exists (task created) — lifetime line. */
	from?: number;
	to?: number;
	/** Waiting bars. */
	waits: TimelineSpan[];
	/** Running: zero-length steps are ticks, steps that took virtual time (blocking) are bars. */
	runs: { start: number; end: number; label?: string }[];
	/** Output lines, callbacks. */
	marks: TimelineMark[];
	finish?: { at: number; kind: FinishKind; detail?: string };
	/** Events of this row left out by the caps. */
	dropped: number;
}

export interface TimelineArrow {
	at: number;
	from: number;
	to: number;
	label: string;
}

export interface TimelineModel {
	/** `time`: virtual seconds; `steps`: loop steps in order; `handoff`: generator hand-offs in order. */
	axis: 'time' | 'steps' | 'handoff';
	/** Axis range (seconds, or positions for steps/hand-offs). */
	end: number;
	/** Simulated wall time of the run. */
	wallTime: number;
	rows: TimelineRow[];
	arrows: TimelineArrow[];
	/** Rows (tasks, generators) not drawn because of the cap. */
	hiddenRows: number;
	/** Steps / hand-offs not drawn because of the cap. */
	hiddenSteps: number;
	/** Events the runtime itself left out (trace-cut). */
	traceCut: number;
	/** Counts for the summary. */
	tasks: number;
	generators: number;
}

export const MAX_ROWS = 16;
export const MAX_ITEMS_PER_ROW = 120;
export const MAX_OUTPUT_MARKS = 200;
export const MAX_STEPS = 60;

const STRINGS = {
	en: {
		output: 'output',
		callbacks: 'callbacks',
		main: 'main program',
		caller: 'caller',
		thread: 'thread',
		awaits: 'awaits',
		s: 's',
		blocking: 'blocked in time.sleep',
		running: 'running',
		step: 'runs a step',
		blockedLegend: 'runs for a while (blocking)',
		done: 'done',
		cancelled: 'cancelled',
		error: 'raised',
		pending: 'still pending at the end',
		created: 'created',
		asText: 'Timeline as text',
		axisTime: 'simulated time (s)',
		axisSteps: 'loop steps in order (no simulated time passed)',
		axisHandoff: 'hand-offs in order (they take no simulated time)',
		moreRows: (n: number) => `${n} more not shown`,
		moreSteps: (n: number) => `${n} more steps not shown`,
		cut: (n: number) => `trace cut: ${n} events not recorded`,
		dropped: (n: number) => `+${n} more`,
		summaryTasks: (n: number, wall: string) =>
			`Timeline: ${n} task${n === 1 ? '' : 's'}, ${wall} s of simulated time`,
		summaryGens: (n: number, k: number) =>
			`Timeline: ${n} hand-off${n === 1 ? '' : 's'} between the caller and ${k} generator${k === 1 ? '' : 's'}`,
		summaryOutput: (wall: string) => `Timeline: output over ${wall} s of simulated time`,
		groups: {
			sleep: 'sleep',
			ready: 'sleep(0): back in line',
			task: 'other tasks',
			sync: 'lock / event',
			queue: 'queue',
			io: 'network',
			executor: 'thread',
			other: 'future',
		} as Record<WaitGroup, string>,
	},
	'zh-CN': {
		output: '输出',
		callbacks: '回调',
		main: '主程序',
		caller: '调用方',
		thread: '线程',
		awaits: '等待',
		s: '秒',
		blocking: '阻塞在 time.sleep',
		running: '运行',
		step: '运行一步',
		blockedLegend: '持续运行（阻塞）',
		done: '完成',
		cancelled: '已取消',
		error: '抛出',
		pending: '结束时仍在等待',
		created: '创建',
		asText: '时间线的文字版',
		axisTime: '模拟时间（秒）',
		axisSteps: '事件循环的步骤顺序（模拟时间没有推进）',
		axisHandoff: '交接的先后顺序（不占模拟时间）',
		moreRows: (n: number) => `另有 ${n} 行未画出`,
		moreSteps: (n: number) => `另有 ${n} 步未画出`,
		cut: (n: number) => `跟踪已截断：${n} 个事件未记录`,
		dropped: (n: number) => `另有 ${n} 项`,
		summaryTasks: (n: number, wall: string) => `时间线：${n} 个任务，模拟时间 ${wall} 秒`,
		summaryGens: (n: number, k: number) => `时间线：调用方与 ${k} 个生成器之间的 ${n} 次交接`,
		summaryOutput: (wall: string) => `时间线：${wall} 秒模拟时间内的输出`,
		groups: {
			sleep: 'sleep',
			ready: 'sleep(0)：重新排队',
			task: '其他任务',
			sync: '锁 / 事件',
			queue: '队列',
			io: '网络',
			executor: '线程',
			other: 'Future',
		} as Record<WaitGroup, string>,
	},
};

type Strings = (typeof STRINGS)['en'];

function str(v: unknown): string {
	return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function num(v: unknown): number | undefined {
	return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** "2", "0.5", "0.25", "1.5": a duration or tick without useless zeros. */
export function formatShort(seconds: number): string {
	if (!Number.isFinite(seconds)) return '?';
	const scale = Math.abs(seconds) >= 0.1 ? 100 : 1000;
	return String(Math.round(seconds * scale) / scale);
}

/** The label drawn on a wait bar. */
function waitLabel(e: TraceEvent, s: Strings, start: number, names: Map<number, string>): string {
	const wait = str(e['wait']);
	const label = str(e['label']) || str(e['awaits']);
	if (wait === 'sleep') {
		const until = num(e['until']);
		const d = until !== undefined ? until - start : Number(label.replace(/^sleep /, ''));
		return `sleep ${formatShort(d)} ${s.s}`;
	}
	if (wait === 'executor') return `${s.thread}: ${label.replace(/^[\w.]+\((.*)\)$/, '$1')}`;
	if (wait === 'task') {
		const targets = e['targets'];
		const target = Array.isArray(targets) ? names.get(targets[0] as number) : undefined;
		return `${s.awaits} ${target ?? label.replace(/^task /, '')}`;
	}
	return label || wait;
}

function isAutoName(name: string): boolean {
	return /^Task-\d+$/.test(name);
}

interface Positioner {
	x(e: TraceEvent): number;
}

/**
 * Turn a run (output chunks, trace, wall time) into the timeline model. Without a trace only
 * the output row is drawn.
 */
export function buildTimelineModel(
	chunks: readonly OutputChunk[],
	trace: readonly TraceEvent[] | undefined,
	wallTime: number,
	locale: Locale
): TimelineModel {
	const s = STRINGS[locale];
	const events = trace ?? [];
	const traceCut = events.reduce(
		(n, e) => n + (e.kind === 'trace-cut' ? (num(e['dropped']) ?? 0) : 0),
		0
	);
	const hasTasks = events.some(
		(e) =>
			(e.kind === 'task-created' && !isInternalTask(e)) ||
			e.kind === 'executor-job' ||
			e.kind === 'callback'
	);
	const hasHandoffs = !hasTasks && events.some((e) => /^(gen|coro|agen)-resume$/.test(e.kind));
	if (hasHandoffs) return buildHandoffModel(chunks, events, wallTime, s, traceCut);
	return buildTaskModel(chunks, events, wallTime, s, traceCut);
}

function emptyRow(kind: TimelineRow['kind'], label: string, sub?: string): TimelineRow {
	const row: TimelineRow = { kind, label, waits: [], runs: [], marks: [], dropped: 0 };
	if (sub !== undefined) row.sub = sub;
	return row;
}

function pushCapped<T>(row: TimelineRow, list: T[], item: T): void {
	if (list.length < MAX_ITEMS_PER_ROW) list.push(item);
	else row.dropped++;
}

/** Output row from the chunks (time axis) — one tick per line. */
function outputRowFromChunks(chunks: readonly OutputChunk[], s: Strings): TimelineRow {
	const row = emptyRow('output', s.output);
	const lines = chunksToLines(chunks);
	for (const line of lines.slice(0, MAX_OUTPUT_MARKS)) {
		row.marks.push({ at: line.time, label: line.text.trimEnd().slice(0, 60), stream: line.stream });
	}
	row.dropped = Math.max(0, lines.length - MAX_OUTPUT_MARKS);
	return row;
}

/** Output row from `output` trace events placed with `x` (step and hand-off axes). */
function outputRowFromEvents(
	events: readonly TraceEvent[],
	x: (e: TraceEvent, i: number) => number | undefined,
	s: Strings
): TimelineRow {
	const row = emptyRow('output', s.output);
	let lineOpen = false;
	events.forEach((e, i) => {
		if (e.kind !== 'output') return;
		const text = str(e['text']);
		const at = x(e, i);
		if (at === undefined) return;
		// One tick per line: a write continuing an open line adds nothing.
		if (!lineOpen) {
			if (row.marks.length < MAX_OUTPUT_MARKS) {
				row.marks.push({
					at,
					label: text.split('\n')[0].slice(0, 60),
					stream: e['stream'] === 'stderr' ? 'stderr' : 'stdout',
				});
			} else row.dropped++;
		}
		lineOpen = !text.endsWith('\n');
	});
	return row;
}

function buildTaskModel(
	chunks: readonly OutputChunk[],
	events: readonly TraceEvent[],
	wallTime: number,
	s: Strings,
	traceCut: number
): TimelineModel {
	let lastTime = 0;
	for (const e of events) if (e.time > lastTime) lastTime = e.time;
	// Blocking sleeps extend the picture past their start (an executor job's end is an event).
	for (const e of events) {
		if (e.kind === 'blocking-sleep')
			lastTime = Math.max(lastTime, e.time + (num(e['duration']) ?? 0));
	}
	const span = Math.max(wallTime, lastTime);
	const axis: TimelineModel['axis'] = span > 0 ? 'time' : 'steps';
	// Step axis: every step (and callback, job) is one position.
	let seq = 0;
	const positions = new Map<TraceEvent, number>();
	const internal = new Set<number>();
	for (const e of events) {
		if (e.kind === 'task-created' && isInternalTask(e)) internal.add(num(e['id']) ?? -1);
		if (
			(e.kind === 'step-start' && !internal.has(num(e['id']) ?? -1)) ||
			e.kind === 'callback' ||
			e.kind === 'executor-job'
		)
			seq++;
		positions.set(e, seq);
	}
	const pos: Positioner = {
		x: axis === 'time' ? (e) => e.time : (e) => positions.get(e) ?? 0,
	};
	let hiddenSteps = 0;
	if (axis === 'steps' && seq > MAX_STEPS) hiddenSteps = seq - MAX_STEPS;
	const visible = (e: TraceEvent): boolean =>
		axis === 'time' || (positions.get(e) ?? 0) <= MAX_STEPS;

	const rows: TimelineRow[] = [];
	const output =
		axis === 'time'
			? outputRowFromChunks(chunks, s)
			: outputRowFromEvents(events, (e) => (visible(e) ? pos.x(e) : undefined), s);
	const byTask = new Map<number, TimelineRow>();
	const byJob = new Map<number, TimelineRow>();
	const names = new Map<number, string>();
	const waiting = new Map<number, { e: TraceEvent; at: number }>();
	const stepStart = new Map<number, number>();
	let callbacks: TimelineRow | null = null;
	let main: TimelineRow | null = null;
	let taskRows = 0;
	let hiddenRows = 0;
	let tasks = 0;
	// Inside a task step (a time.sleep there is part of its running bar).
	let inStep = false;
	let stepSleep = 0;
	const runLabel = (): string | undefined =>
		stepSleep > 0 ? `time.sleep ${formatShort(stepSleep)} ${s.s}` : undefined;

	const taskRow = (e: TraceEvent): TimelineRow | undefined => byTask.get(num(e['id']) ?? -1);

	for (const e of events) {
		if (!visible(e)) continue;
		const at = pos.x(e);
		switch (e.kind) {
			case 'task-created': {
				if (isInternalTask(e)) break;
				tasks++;
				const id = num(e['id']) ?? -1;
				const name = str(e['task']);
				const coro = str(e['coro']);
				names.set(id, isAutoName(name) ? coro || name : name);
				if (taskRows >= MAX_ROWS) {
					hiddenRows++;
					break;
				}
				taskRows++;
				const row = isAutoName(name)
					? emptyRow('task', coro || name, name)
					: emptyRow('task', name, coro && coro !== name ? coro : undefined);
				row.from = at;
				byTask.set(id, row);
				rows.push(row);
				break;
			}
			case 'step-start': {
				const row = taskRow(e);
				const id = num(e['id']) ?? -1;
				const w = waiting.get(id);
				if (row && w) {
					const group = GROUP_OF[str(w.e['wait'])];
					if (group) {
						pushCapped(row, row.waits, {
							start: w.at,
							end: at,
							group,
							label: waitLabel(w.e, s, w.e.time, names),
						});
					}
				}
				waiting.delete(id);
				stepStart.set(id, at);
				inStep = true;
				stepSleep = 0;
				break;
			}
			case 'step-end': {
				const id = num(e['id']) ?? -1;
				const row = taskRow(e);
				if (row) {
					pushCapped(row, row.runs, { start: stepStart.get(id) ?? at, end: at, label: runLabel() });
				}
				waiting.set(id, { e, at });
				inStep = false;
				break;
			}
			case 'task-done':
			case 'task-cancelled': {
				const id = num(e['id']) ?? -1;
				const row = taskRow(e);
				if (row) {
					pushCapped(row, row.runs, { start: stepStart.get(id) ?? at, end: at, label: runLabel() });
					const exception = str(e['exception']);
					row.finish =
						e.kind === 'task-cancelled'
							? { at, kind: 'cancelled' }
							: exception
								? { at, kind: 'error', detail: exception }
								: { at, kind: 'done' };
					row.to = at;
				}
				waiting.delete(id);
				inStep = false;
				break;
			}
			case 'executor-job': {
				const job = num(e['job']) ?? -1;
				if (taskRows >= MAX_ROWS) {
					hiddenRows++;
					break;
				}
				taskRows++;
				const row = emptyRow('job', `${s.thread}: ${str(e['callback'])}`);
				row.from = at;
				byJob.set(job, row);
				rows.push(row);
				break;
			}
			case 'executor-done': {
				const row = byJob.get(num(e['job']) ?? -1);
				if (row) {
					// The job ran in its worker from its start to this event (sleeping or not).
					const end = at;
					pushCapped(row, row.runs, { start: row.from ?? at, end });
					row.to = end;
					row.finish = e['exception']
						? { at: end, kind: 'error', detail: str(e['exception']) }
						: { at: end, kind: 'done' };
				}
				break;
			}
			case 'blocking-sleep': {
				// Drawn as part of the running bar of the task (step-end comes later); outside of
				// any, on the main program's row. Another thread's sleep (an executor job's) is
				// part of that job's bar.
				if (e['inThread'] === true) break;
				const d = num(e['duration']) ?? 0;
				if (inStep) stepSleep += d;
				if (inStep || axis !== 'time') break;
				if (!main) {
					main = emptyRow('main', s.main);
					rows.unshift(main);
				}
				pushCapped(main, main.runs, {
					start: at,
					end: at + d,
					label: `time.sleep ${formatShort(d)} ${s.s}`,
				});
				break;
			}
			case 'callback': {
				if (!callbacks) callbacks = emptyRow('callbacks', s.callbacks);
				if (callbacks.marks.length < MAX_ITEMS_PER_ROW) {
					callbacks.marks.push({ at, label: `${str(e['callback'])}()` });
				} else callbacks.dropped++;
				break;
			}
		}
	}
	// Waits still open at the end: the task was pending when the program ended.
	const end = axis === 'time' ? span : Math.min(seq, MAX_STEPS) + 1;
	for (const [id, w] of waiting) {
		const row = byTask.get(id);
		const group = GROUP_OF[str(w.e['wait'])];
		if (!row || !group) continue;
		pushCapped(row, row.waits, {
			start: w.at,
			end,
			group,
			label: waitLabel(w.e, s, w.e.time, names),
			open: true,
		});
	}
	if (callbacks) rows.push(callbacks);
	return {
		axis,
		end,
		wallTime,
		rows: [output, ...rows],
		arrows: [],
		hiddenRows,
		hiddenSteps,
		traceCut,
		tasks,
		generators: 0,
	};
}

function handoffLabel(e: TraceEvent): string {
	const what = e.kind.slice(e.kind.indexOf('-') + 1);
	const value = str(e['value']);
	const exception = str(e['exception']);
	switch (what) {
		case 'resume': {
			const via = str(e['via']);
			if (via === 'throw') return `throw(${exception})`;
			if (via === 'send') return `send(${value})`;
			return 'next()';
		}
		case 'yield':
			return `yield ${value}`;
		case 'return':
			return `return ${value}`;
		default:
			return `raise ${exception}`;
	}
}

function buildHandoffModel(
	chunks: readonly OutputChunk[],
	events: readonly TraceEvent[],
	wallTime: number,
	s: Strings,
	traceCut: number
): TimelineModel {
	const caller = emptyRow('caller', s.caller);
	const rows: TimelineRow[] = [caller];
	const rowIndex = new Map<number, number>(); // generator id -> index in rows (after output)
	const names = new Map<string, number>();
	const stack: number[] = [];
	const arrows: TimelineArrow[] = [];
	let hiddenRows = 0;
	let generators = 0;
	let n = 0;
	let total = 0;
	const posOf = new Map<TraceEvent, number>();
	let activeStart = 0;
	let activeRow = 0; // index in rows: 0 = caller
	const endActive = (at: number): void => {
		const row = rows[activeRow];
		if (row && at > activeStart) pushCapped(row, row.runs, { start: activeStart, end: at });
		activeStart = at;
	};
	const rowOf = (id: number): number => rowIndex.get(id) ?? -1;
	for (const e of events) {
		if (!/^(gen|coro|agen)-(resume|yield|return|raise)$/.test(e.kind)) {
			if (total <= MAX_STEPS) posOf.set(e, n + 0.5);
			continue;
		}
		total++;
		const id = num(e['id']) ?? -1;
		if (!rowIndex.has(id)) {
			generators++;
			if (rows.length - 1 >= MAX_ROWS) {
				hiddenRows++;
				rowIndex.set(id, -1);
			} else {
				const name = str(e['name']);
				const k = (names.get(name) ?? 0) + 1;
				names.set(name, k);
				const kind = e.kind.slice(0, e.kind.indexOf('-'));
				rows.push(
					emptyRow(
						'generator',
						name,
						`${kind === 'gen' ? 'generator' : kind === 'coro' ? 'coroutine' : 'async generator'} #${k}`
					)
				);
				rowIndex.set(id, rows.length - 1);
			}
		}
		if (n >= MAX_STEPS) continue;
		n++;
		posOf.set(e, n);
		const from = activeRow;
		if (e.kind.endsWith('-resume')) stack.push(id);
		else if (stack[stack.length - 1] === id) stack.pop();
		else {
			const i = stack.lastIndexOf(id);
			if (i >= 0) stack.splice(i);
		}
		const top = stack.length ? rowOf(stack[stack.length - 1]) : 0;
		endActive(n);
		activeRow = top < 0 ? -1 : top;
		const target = rowOf(id);
		if (e.kind.endsWith('-return') || e.kind.endsWith('-raise')) {
			const row = rows[target];
			if (row) {
				row.finish = e.kind.endsWith('-return')
					? { at: n, kind: 'done', detail: handoffLabel(e) }
					: { at: n, kind: 'error', detail: str(e['exception']) };
			}
		}
		if (from >= 0 && activeRow >= 0 && from !== activeRow) {
			arrows.push({ at: n, from, to: activeRow, label: handoffLabel(e) });
		}
	}
	const end = n + 1;
	endActive(end);
	const output = outputRowFromEvents(events, (e) => posOf.get(e), s);
	void chunks;
	return {
		axis: 'handoff',
		end,
		wallTime,
		// Output first; arrow row indexes shift by one.
		rows: [output, ...rows],
		arrows: arrows.map((a) => ({ ...a, from: a.from + 1, to: a.to + 1 })),
		hiddenRows,
		hiddenSteps: Math.max(0, total - n),
		traceCut,
		tasks: 0,
		generators,
	};
}

// ---------------------------------------------------------------------------------------------
// Axis

/** Ticks for [0, end]: 1/2/5 × 10^k apart, at most about `max` of them. */
export function axisTicks(end: number, max = 8): number[] {
	if (!(end > 0)) return [0];
	const raw = end / max;
	const p = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 5, 10].map((m) => m * p).find((v) => v >= raw) ?? 10 * p;
	const ticks: number[] = [];
	for (let i = 0; i * step <= end + step * 1e-9; i++) ticks.push(Math.round(i * step * 1e9) / 1e9);
	return ticks;
}

// ---------------------------------------------------------------------------------------------
// SVG

const W = 720;
const LABEL_W = 150;
const X0 = LABEL_W + 6;
const X1 = W - 16;
const ROW_H = 24;
const BAR_H = 12;
const TOP = 6;

/** Rough text width in px at 10–11 px (CJK characters count double). */
function textWidth(text: string, size = 10): number {
	let w = 0;
	for (const ch of text) w += (ch.codePointAt(0) ?? 0) > 0x2e80 ? size : size * 0.6;
	return w;
}

function fit(text: string, width: number, size = 11): string {
	if (textWidth(text, size) <= width) return text;
	let out = '';
	for (const ch of text) {
		if (textWidth(out + ch + '…', size) > width) break;
		out += ch;
	}
	return out + '…';
}

const f1 = (v: number): string => String(Math.round(v * 10) / 10);

function title(text: string): VNode {
	return h('title', {}, text);
}

function timeText(model: TimelineModel, s: Strings, at: number): string {
	if (model.axis === 'time') return `${formatShort(at)} ${s.s}`;
	return `#${formatShort(at)}`;
}

/** Finish marker: filled circle (done), cross (cancelled), diamond (error). */
function finishMarker(kind: FinishKind, x: number, y: number, label: string): VNode {
	const r = 4.5;
	if (kind === 'done') {
		return h(
			'circle',
			{ class: 'pp-tl-end', 'data-end': kind, cx: f1(x), cy: f1(y), r: String(r) },
			title(label)
		);
	}
	if (kind === 'cancelled') {
		const d = `M${f1(x - r)} ${f1(y - r)}L${f1(x + r)} ${f1(y + r)}M${f1(x - r)} ${f1(y + r)}L${f1(x + r)} ${f1(y - r)}`;
		return h('path', { class: 'pp-tl-end', 'data-end': kind, d }, title(label));
	}
	const d = `M${f1(x)} ${f1(y - r - 1)}L${f1(x + r + 1)} ${f1(y)}L${f1(x)} ${f1(y + r + 1)}L${f1(x - r - 1)} ${f1(y)}Z`;
	return h('path', { class: 'pp-tl-end', 'data-end': kind, d }, title(label));
}

/** The picture as an SVG VNode. */
export function renderTimelineSvg(model: TimelineModel, locale: Locale): VNode {
	const s = STRINGS[locale];
	const end = model.end > 0 ? model.end : 1;
	const sx = (t: number): number => X0 + (Math.min(Math.max(t, 0), end) / end) * (X1 - X0);
	const rowY = (i: number): number => TOP + i * ROW_H;
	const children: VNode[] = [title(timelineSummary(model, locale))];
	const groupsUsed = new Set<WaitGroup>();
	let stepUsed = false;
	let blockedUsed = false;
	const endsUsed = new Set<FinishKind>();

	// Grid lines of the axis ticks (behind everything).
	const ticks =
		model.axis === 'time'
			? axisTicks(model.end)
			: axisTicks(Math.max(1, model.end - 1), 10).filter(
					(v) => Number.isInteger(v) && v >= 1 && v <= model.end - 1
				);
	const rowsBottom = rowY(model.rows.length);
	children.push(
		h(
			'g',
			{ class: 'pp-tl-grid', 'aria-hidden': 'true' },
			...ticks.map((t) =>
				h('line', { x1: f1(sx(t)), x2: f1(sx(t)), y1: String(TOP), y2: f1(rowsBottom) })
			)
		)
	);

	model.rows.forEach((row, i) => {
		const y = rowY(i);
		const mid = y + ROW_H / 2;
		const parts: VNode[] = [];
		// Label (ellipsised to the label column).
		const main = fit(row.label, LABEL_W - 8);
		const rest = LABEL_W - 8 - textWidth(main, 11) - 4;
		parts.push(
			h(
				'text',
				{ class: 'pp-tl-label', x: '4', y: f1(mid + 4) },
				main,
				row.sub && rest > 24
					? h('tspan', { class: 'pp-tl-sub', dx: '4' }, fit(row.sub, rest, 10))
					: null
			)
		);
		parts.push(
			h('line', { class: 'pp-tl-track', x1: String(X0), x2: String(X1), y1: f1(mid), y2: f1(mid) })
		);
		if (row.from !== undefined) {
			parts.push(
				h('line', {
					class: 'pp-tl-life',
					x1: f1(sx(row.from)),
					x2: f1(sx(row.to ?? end)),
					y1: f1(mid),
					y2: f1(mid),
				})
			);
		}
		for (const w of row.waits) {
			groupsUsed.add(w.group);
			const x = sx(w.start);
			const width = Math.max(sx(w.end) - x, 1);
			const tip = `${row.label}: ${w.label}, ${timeText(model, s, w.start)} – ${w.open ? s.pending : timeText(model, s, w.end)}`;
			parts.push(
				h(
					'rect',
					{
						class: 'pp-tl-wait',
						'data-wait': w.group,
						'data-open': w.open ? 'true' : undefined,
						x: f1(x),
						y: f1(mid - BAR_H / 2),
						width: f1(width),
						height: String(BAR_H),
						rx: '2',
					},
					title(tip)
				)
			);
			if (width >= 28) {
				parts.push(
					h(
						'text',
						{ class: 'pp-tl-barlabel', x: f1(x + 3), y: f1(mid + 3.5) },
						fit(w.label, width - 6, 10)
					)
				);
			}
		}
		for (const r of row.runs) {
			const x = sx(r.start);
			const width = sx(r.end) - x;
			const tip = r.label ?? (row.kind === 'main' || row.kind === 'task' ? s.blocking : s.running);
			if (width >= 2) {
				if (row.kind === 'main' || row.kind === 'task' || row.kind === 'job') blockedUsed = true;
				parts.push(
					h(
						'rect',
						{
							class: 'pp-tl-run',
							'data-row': row.kind,
							x: f1(x),
							y: f1(mid - BAR_H / 2),
							width: f1(width),
							height: String(BAR_H),
						},
						title(
							`${row.label}: ${tip}, ${timeText(model, s, r.start)} – ${timeText(model, s, r.end)}`
						)
					)
				);
				if (r.label && width >= 28) {
					parts.push(
						h(
							'text',
							{ class: 'pp-tl-runlabel', x: f1(x + 3), y: f1(mid + 3.5) },
							fit(r.label, width - 6, 10)
						)
					);
				}
			} else {
				stepUsed = true;
				parts.push(
					h(
						'line',
						{
							class: 'pp-tl-step',
							x1: f1(x),
							x2: f1(x),
							y1: f1(mid - BAR_H / 2 - 2),
							y2: f1(mid + BAR_H / 2 + 2),
						},
						title(`${row.label}: ${s.running}, ${timeText(model, s, r.start)}`)
					)
				);
			}
		}
		for (const m of row.marks) {
			const x = sx(m.at);
			parts.push(
				h(
					'line',
					{
						class: row.kind === 'output' ? 'pp-tl-out' : 'pp-tl-cb',
						'data-stream': m.stream,
						x1: f1(x),
						x2: f1(x),
						y1: f1(mid - 6),
						y2: f1(mid + 6),
					},
					title(`${timeText(model, s, m.at)}: ${m.label}`)
				)
			);
		}
		if (row.finish) {
			endsUsed.add(row.finish.kind);
			const fx = sx(row.finish.at);
			const word =
				row.finish.kind === 'done'
					? s.done
					: row.finish.kind === 'cancelled'
						? s.cancelled
						: s.error;
			const detail = row.finish.detail ? ` ${row.finish.detail}` : '';
			parts.push(
				finishMarker(
					row.finish.kind,
					fx,
					mid,
					`${row.label}: ${word}${detail}, ${timeText(model, s, row.finish.at)}`
				)
			);
			if (row.finish.kind === 'error' && row.finish.detail && row.kind !== 'generator') {
				const tw = textWidth(row.finish.detail, 10);
				const tx = fx + 8 + tw <= X1 + 12 ? fx + 8 : fx - 8 - tw;
				if (tx > X0)
					parts.push(
						h('text', { class: 'pp-tl-note', x: f1(tx), y: f1(mid - 5) }, row.finish.detail)
					);
			}
		}
		if (row.dropped > 0) {
			parts.push(
				h(
					'text',
					{ class: 'pp-tl-note', x: String(X1), y: f1(y + 8), 'text-anchor': 'end' },
					s.dropped(row.dropped)
				)
			);
		}
		children.push(h('g', { class: 'pp-tl-row', 'data-row': row.kind }, ...parts));
	});

	// Hand-off arrows.
	if (model.arrows.length) {
		const colW = (X1 - X0) / end;
		children.push(
			h(
				'g',
				{ class: 'pp-tl-arrows' },
				...model.arrows.map((a) => {
					const x = sx(a.at);
					const y1 = rowY(a.from) + ROW_H / 2;
					const y2 = rowY(a.to) + ROW_H / 2;
					const dir = y2 > y1 ? 1 : -1;
					const tipY = y2 - dir * (BAR_H / 2);
					const head = `M${f1(x - 3)} ${f1(tipY - dir * 5)}L${f1(x)} ${f1(tipY)}L${f1(x + 3)} ${f1(tipY - dir * 5)}`;
					const room = Math.min(colW - 5, W - 2 - (x + 3));
					const showLabel = room >= 24;
					return h(
						'g',
						{ class: 'pp-tl-arrow', 'data-dir': dir > 0 ? 'down' : 'up' },
						title(`#${a.at}: ${a.label}`),
						h('line', { x1: f1(x), x2: f1(x), y1: f1(y1 + dir * (BAR_H / 2)), y2: f1(tipY) }),
						h('path', { d: head }),
						showLabel
							? h(
									'text',
									{
										class: 'pp-tl-arrowlabel',
										x: f1(x + 3),
										y: f1(dir > 0 ? tipY - 9 : tipY + 14),
									},
									fit(a.label, room, 9)
								)
							: null
					);
				})
			)
		);
	}

	// Axis.
	let y = rowsBottom + 2;
	const axisParts: VNode[] = [
		h('line', { class: 'pp-tl-axisline', x1: String(X0), x2: String(X1), y1: f1(y), y2: f1(y) }),
	];
	for (const t of ticks) {
		const x = sx(t);
		axisParts.push(h('line', { x1: f1(x), x2: f1(x), y1: f1(y), y2: f1(y + 4) }));
		axisParts.push(
			h(
				'text',
				{ x: f1(x), y: f1(y + 15), 'text-anchor': 'middle' },
				model.axis === 'time' ? formatShort(t) : String(t)
			)
		);
	}
	y += 28;
	axisParts.push(
		h(
			'text',
			{ class: 'pp-tl-caption', x: String(X1), y: f1(y), 'text-anchor': 'end' },
			model.axis === 'time' ? s.axisTime : model.axis === 'steps' ? s.axisSteps : s.axisHandoff
		)
	);
	children.push(h('g', { class: 'pp-tl-axis' }, ...axisParts));

	// Legend: the wait kinds and endings used (shapes and patterns, not colour alone).
	const legend: VNode[] = [];
	let lx = 4;
	y += 18;
	if (stepUsed) {
		legend.push(
			h('line', {
				class: 'pp-tl-step',
				x1: f1(lx + 3),
				x2: f1(lx + 3),
				y1: f1(y - 10),
				y2: f1(y + 1),
			}),
			h('text', { x: f1(lx + 10), y: f1(y) }, s.step)
		);
		lx += 10 + textWidth(s.step, 10) + 14;
	}
	if (blockedUsed) {
		legend.push(
			h('rect', {
				class: 'pp-tl-run',
				'data-row': 'task',
				x: f1(lx),
				y: f1(y - 9),
				width: '16',
				height: '10',
			}),
			h('text', { x: f1(lx + 20), y: f1(y) }, s.blockedLegend)
		);
		lx += 20 + textWidth(s.blockedLegend, 10) + 14;
	}
	for (const g of [
		'sleep',
		'ready',
		'task',
		'sync',
		'queue',
		'io',
		'executor',
		'other',
	] as WaitGroup[]) {
		if (!groupsUsed.has(g)) continue;
		const label = s.groups[g];
		legend.push(
			h('rect', {
				class: 'pp-tl-wait',
				'data-wait': g,
				x: f1(lx),
				y: f1(y - 9),
				width: '16',
				height: '10',
				rx: '2',
			}),
			h('text', { x: f1(lx + 20), y: f1(y) }, label)
		);
		lx += 20 + textWidth(label, 10) + 14;
	}
	for (const k of ['done', 'cancelled', 'error'] as FinishKind[]) {
		if (!endsUsed.has(k)) continue;
		const label = k === 'done' ? s.done : k === 'cancelled' ? s.cancelled : s.error;
		legend.push(
			finishMarker(k, lx + 5, y - 4, label),
			h('text', { x: f1(lx + 14), y: f1(y) }, label)
		);
		lx += 14 + textWidth(label, 10) + 14;
	}
	const notes: string[] = [];
	if (model.hiddenRows) notes.push(s.moreRows(model.hiddenRows));
	if (model.hiddenSteps) notes.push(s.moreSteps(model.hiddenSteps));
	if (model.traceCut) notes.push(s.cut(model.traceCut));
	if (legend.length === 0 && notes.length === 0) y -= 18;
	else children.push(h('g', { class: 'pp-tl-legend' }, ...legend));
	if (notes.length) {
		const text = notes.join(' · ');
		if (lx + textWidth(text, 10) > W - 8) y += 16;
		children.push(
			h('text', { class: 'pp-tl-note', x: String(W - 8), y: f1(y), 'text-anchor': 'end' }, text)
		);
	}
	const height = Math.ceil(y + 8);
	return h(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			class: 'pp-tl-svg',
			viewBox: `0 0 ${W} ${height}`,
			width: String(W),
			height: String(height),
			role: 'img',
			'aria-label': timelineSummary(model, locale),
			'data-axis': model.axis,
		},
		...children
	);
}

/** One sentence for the picture's accessible name. */
export function timelineSummary(model: TimelineModel, locale: Locale): string {
	const s = STRINGS[locale];
	if (model.axis === 'handoff')
		return s.summaryGens(Math.round(model.end - 1) + model.hiddenSteps, model.generators);
	if (model.tasks > 0) return s.summaryTasks(model.tasks, formatSeconds(model.wallTime));
	return s.summaryOutput(formatSeconds(model.wallTime));
}

/** The text version: one line per row, listing its waits, steps and ending. */
export function timelineText(model: TimelineModel, locale: Locale): string[] {
	const s = STRINGS[locale];
	const at = (v: number): string => timeText(model, s, v);
	const lines: string[] = [];
	for (const row of model.rows) {
		const name = row.sub ? `${row.label} (${row.sub})` : row.label;
		const parts: string[] = [];
		if (row.kind === 'output') {
			const marks = row.marks.slice(0, 12).map((m) => `${at(m.at)} ${m.label}`);
			if (row.marks.length > 12 || row.dropped)
				marks.push(s.dropped(row.marks.length - 12 + row.dropped));
			lines.push(`${name}: ${marks.join('; ')}`);
			continue;
		}
		if (row.from !== undefined) parts.push(`${s.created} ${at(row.from)}`);
		const items: { at: number; text: string }[] = [];
		for (const w of row.waits)
			items.push({
				at: w.start,
				text: `${w.label} ${at(w.start)}–${w.open ? s.pending : at(w.end)}`,
			});
		if (row.kind === 'main' || row.kind === 'job') {
			for (const r of row.runs)
				items.push({
					at: r.start,
					text: `${row.kind === 'main' ? s.blocking : s.running} ${at(r.start)}–${at(r.end)}`,
				});
		}
		for (const m of row.marks) items.push({ at: m.at, text: `${m.label} ${at(m.at)}` });
		items.sort((a, b) => a.at - b.at);
		parts.push(...items.slice(0, 20).map((i) => i.text));
		if (items.length > 20 || row.dropped)
			parts.push(s.dropped(items.length - Math.min(20, items.length) + row.dropped));
		if (row.finish) {
			const word =
				row.finish.kind === 'done'
					? s.done
					: row.finish.kind === 'cancelled'
						? s.cancelled
						: s.error;
			parts.push(`${word}${row.finish.detail ? ' ' + row.finish.detail : ''} ${at(row.finish.at)}`);
		}
		lines.push(`${name}: ${parts.join('; ')}`);
	}
	if (model.axis === 'handoff') {
		for (const a of model.arrows.slice(0, 40)) {
			lines.push(
				`#${a.at} ${model.rows[a.from]?.label ?? '?'} → ${model.rows[a.to]?.label ?? '?'}: ${a.label}`
			);
		}
	}
	if (model.hiddenRows) lines.push(s.moreRows(model.hiddenRows));
	if (model.hiddenSteps) lines.push(s.moreSteps(model.hiddenSteps));
	if (model.traceCut) lines.push(s.cut(model.traceCut));
	return lines;
}

/** The contents of [data-timeline]: the SVG and its text version. */
export function renderTimeline(model: TimelineModel, locale: Locale): VNode[] {
	const s = STRINGS[locale];
	return [
		h('div', { class: 'pp-tl-scroll' }, renderTimelineSvg(model, locale)),
		h(
			'details',
			{ class: 'pp-tl-text' },
			h('summary', {}, s.asText),
			h('ul', {}, ...timelineText(model, locale).map((line) => h('li', {}, line)))
		),
	];
}
