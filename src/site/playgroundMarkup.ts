/*
 * playgroundMarkup.ts
 * The markup of a <py-playground> block, described once as VNodes. The remark plugin turns it
 * into static HTML at build time; the custom element reuses the output/timeline parts in the
 * page, so a block looks the same before and after it is run in the browser.
 */

import {
	DEFAULT_PYTHON_VERSION,
	PYTHON_VERSIONS,
	type OutputChunk,
	type PythonVersion,
	type TraceEvent,
} from '../runtime/api';
import {
	chunksToLines,
	formatLineTime,
	formatRunTime,
	formatWallTime,
	t,
	type Locale,
	type OutputLine,
} from './format';
import {
	buildTimelineModel,
	renderTimeline,
	showsTimeline,
	type TimelineSetting,
} from './timeline';
import type { ExpectedOutput } from './exerciseCheck';
import { h, type VNode } from './vnode';

/** What the build (or the page) knows about a finished run. */
export interface RunSummary {
	chunks: OutputChunk[];
	wallTime: number;
	realTime: number;
	exitCode: number;
	truncated: boolean;
	trace?: TraceEvent[] | undefined;
}

/** The output lines of a run, one span each, stdout and stderr told apart by data-stream. */
export function renderOutputLines(lines: readonly OutputLine[]): VNode[] {
	return lines.map((line) =>
		h(
			'span',
			{ class: 'pp-line', 'data-stream': line.stream, 'data-t': formatLineTime(line.time) },
			line.text
		)
	);
}

/** A notice line inside the output (not program output: no data-stream). */
export function renderNotice(text: string, kind: 'info' | 'warn' = 'info'): VNode {
	return h('span', { class: 'pp-notice', 'data-kind': kind }, text + '\n');
}

export interface PlaygroundInput {
	locale: Locale;
	/** Index of the block in its page (0-based): part of the storage key. */
	index: number;
	code: string;
	version: PythonVersion;
	title?: string;
	norun?: boolean;
	expectError?: boolean;
	/** The fence's timeline setting (default auto: asyncio programs with more than one task). */
	timeline?: TimelineSetting;
	/** Exercise id when the block is an exercise for the reader. */
	exercise?: string;
	/** Exercise id when the block is the reference solution of an exercise. */
	solution?: string;
	/**
	 * For an exercise: its reference solution's recorded output, embedded as data-expected so the
	 * page can check the reader's runs (exerciseCheck.ts).
	 */
	expected?: ExpectedOutput | undefined;
	/** The static code view (Shiki-highlighted at build time). */
	codeView: VNode;
	/** The recorded run, when the block was run at build time. */
	run?: RunSummary | undefined;
	/** Extra attributes for the root element (e.g. data-full for the playground page). */
	extraAttrs?: Record<string, string | true>;
}

function button(action: string, label: string, extra: VNode['attrs'] = {}): VNode {
	return h('button', { type: 'button', class: 'pp-btn', 'data-action': action, ...extra }, label);
}

/** The whole <py-playground> element. */
export function renderPlayground(input: PlaygroundInput): VNode {
	const { locale, run } = input;
	const lines = run ? chunksToLines(run.chunks) : [];
	const state = run ? (run.exitCode === 0 ? 'done' : 'error') : 'idle';
	const showTimeline = run !== undefined && showsTimeline(input.timeline ?? 'auto', run.trace);
	const versionSelect = h(
		'select',
		{ class: 'pp-version', 'data-version-select': true, 'aria-label': t(locale, 'version') },
		...PYTHON_VERSIONS.map((v) =>
			h('option', { value: v, selected: v === input.version ? true : undefined }, `Python ${v}`)
		)
	);
	const toolbar = h(
		'div',
		{ class: 'pp-bar', 'data-pagefind-ignore': true },
		input.exercise
			? h('span', { class: 'pp-kind', 'data-kind': 'exercise' }, t(locale, 'exercise'))
			: null,
		input.solution
			? h('span', { class: 'pp-kind', 'data-kind': 'solution' }, t(locale, 'solution'))
			: null,
		input.title ? h('span', { class: 'pp-title' }, input.title) : null,
		h('span', { class: 'pp-modified', 'data-modified': true, hidden: true }, t(locale, 'modified')),
		h('span', { class: 'pp-spacer' }),
		input.norun ? null : versionSelect,
		input.norun ? null : button('run', t(locale, 'run'), { 'aria-keyshortcuts': 'Control+Enter' }),
		input.norun ? null : button('stop', t(locale, 'stop'), { hidden: true }),
		button('reset', t(locale, 'reset'), { hidden: true }),
		button('undo-reset', t(locale, 'undoReset'), { hidden: true }),
		button('share', t(locale, 'share')),
		button('copy', t(locale, 'copy'))
	);
	let outputChildren: VNode[];
	if (!run) outputChildren = input.norun ? [] : [renderNotice(t(locale, 'notRun'))];
	else if (lines.length === 0) outputChildren = [renderNotice(t(locale, 'noOutput'))];
	else outputChildren = renderOutputLines(lines);
	if (run?.truncated) outputChildren.push(renderNotice(t(locale, 'truncated'), 'warn'));
	const result = input.norun
		? null
		: h(
				'div',
				{ class: 'pp-result' },
				h(
					'div',
					{ class: 'pp-status', 'data-pagefind-ignore': true },
					h('span', { 'data-wall-time': true }, run ? formatWallTime(run.wallTime, locale) : ''),
					h('span', { class: 'pp-sep', 'aria-hidden': 'true' }, run ? ' · ' : ''),
					h('span', { 'data-run-time': true }, run ? formatRunTime(run.realTime, locale) : ''),
					h(
						'span',
						{ 'data-exit': true },
						run && run.exitCode !== 0 ? `${t(locale, 'exitCode')} ${run.exitCode}` : ''
					),
					h('span', { class: 'pp-spacer' }),
					button('replay', t(locale, 'replay'), { disabled: run ? undefined : true }),
					button('times', t(locale, 'times'), { 'aria-pressed': 'false' })
				),
				h(
					'pre',
					{
						class: 'pp-output',
						'data-output': true,
						'aria-live': 'polite',
						'aria-label': t(locale, 'outputLabel'),
						tabindex: '0',
					},
					...outputChildren
				),
				// The exercise check's verdict, filled in the page after a run (empty until then).
				input.expected
					? h('div', {
							class: 'pp-check',
							'data-check-result': true,
							role: 'status',
							'aria-live': 'polite',
							'data-pagefind-ignore': true,
						})
					: null,
				h(
					'div',
					{
						class: 'pp-timeline',
						'data-timeline': true,
						role: 'group',
						'aria-label': t(locale, 'timelineLabel'),
						hidden: showTimeline ? undefined : true,
					},
					...(showTimeline && run
						? renderTimeline(
								buildTimelineModel(run.chunks, run.trace, run.wallTime, locale),
								locale
							)
						: [])
				)
			);
	return h(
		'py-playground',
		{
			// not-content: keep Starlight's prose spacing rules out of the widget.
			class: 'not-content',
			// #py-3 is the third block of a page: the print edition links each block to it.
			id: `py-${input.index + 1}`,
			'data-state': state,
			'data-index': String(input.index),
			'data-version': input.version,
			'data-default-version': input.version === DEFAULT_PYTHON_VERSION ? undefined : input.version,
			'data-code': input.code,
			'data-norun': input.norun ? true : undefined,
			'data-expect-error': input.expectError ? true : undefined,
			'data-timeline-enabled': input.timeline === 'on' ? true : undefined,
			'data-timeline-off': input.timeline === 'off' ? true : undefined,
			'data-exercise': input.exercise || undefined,
			'data-solution': input.solution || undefined,
			'data-expected': input.expected ? JSON.stringify(input.expected) : undefined,
			'data-locale': locale,
			role: 'group',
			'aria-label': input.title || t(locale, 'blockLabel'),
			...input.extraAttrs,
		},
		toolbar,
		h('div', { class: 'pp-code', 'data-editor': true }, input.codeView),
		result
	);
}
