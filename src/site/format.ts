/*
 * format.ts
 * Text shown around a block's output: times, line splitting with virtual timestamps, UI strings.
 * Shared by the build-time renderer and the custom element, so both print the same words.
 */

import type { OutputChunk } from '../runtime/api';

export type Locale = 'zh-CN' | 'en';

/** Map an html `lang` (or a content path's locale dir) to one of our two locales. */
export function toLocale(lang: string | null | undefined): Locale {
	return lang && lang.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/** Simulated seconds with two decimals below 100 s and one above: "5.00 s", "120.5 s". */
export function formatSeconds(seconds: number): string {
	if (!Number.isFinite(seconds) || seconds < 0) return '?';
	return seconds < 100 ? seconds.toFixed(2) : seconds.toFixed(1);
}

/** Real milliseconds: "<1 ms", "3 ms", "1.25 s". */
export function formatMillis(ms: number, locale: Locale): string {
	const unitMs = locale === 'en' ? 'ms' : '毫秒';
	const unitS = locale === 'en' ? 's' : '秒';
	if (!Number.isFinite(ms) || ms < 0) return '?';
	if (ms < 1) return `<1 ${unitMs}`;
	if (ms < 1000) return `${Math.round(ms)} ${unitMs}`;
	return `${(ms / 1000).toFixed(2)} ${unitS}`;
}

/** "Wall time 5.00 s (simulated)" / "模拟耗时 5.00 秒". */
export function formatWallTime(seconds: number, locale: Locale): string {
	return locale === 'en'
		? `Wall time ${formatSeconds(seconds)} s (simulated)`
		: `模拟耗时 ${formatSeconds(seconds)} 秒`;
}

/** "ran in 3 ms" / "实际运行 3 毫秒". */
export function formatRunTime(ms: number, locale: Locale): string {
	return locale === 'en'
		? `ran in ${formatMillis(ms, locale)}`
		: `实际运行 ${formatMillis(ms, locale)}`;
}

/** One displayed output line: its text (with the newline), its stream and when it started. */
export interface OutputLine {
	stream: OutputChunk['stream'];
	text: string;
	time: number;
}

/**
 * Split chunks into lines. A line takes the virtual time of the chunk that started it; a stream
 * change starts a new line segment so stdout and stderr stay apart.
 */
export function chunksToLines(chunks: readonly OutputChunk[]): OutputLine[] {
	const lines: OutputLine[] = [];
	let open: OutputLine | null = null;
	for (const chunk of chunks) {
		let rest = chunk.text;
		while (rest.length > 0) {
			if (!open || open.stream !== chunk.stream) {
				open = { stream: chunk.stream, text: '', time: chunk.time };
				lines.push(open);
			}
			const nl = rest.indexOf('\n');
			if (nl === -1) {
				open.text += rest;
				rest = '';
			} else {
				open.text += rest.slice(0, nl + 1);
				rest = rest.slice(nl + 1);
				open = null;
			}
		}
	}
	return lines;
}

/** "t=1.50s" label for the per-line time gutter. */
export function formatLineTime(seconds: number): string {
	return `${formatSeconds(seconds)}s`;
}

const MESSAGES = {
	en: {
		run: 'Run',
		stop: 'Stop',
		reset: 'Reset',
		undoReset: 'Undo reset',
		share: 'Share',
		copy: 'Copy',
		copied: 'Copied',
		linkCopied: 'Link copied',
		replay: 'Replay in real time',
		times: 'Show times',
		modified: 'modified',
		version: 'Python version',
		running: 'Running…',
		stopped: 'Stopped.',
		noOutput: '(no output)',
		truncated: 'Output truncated: the program printed more than the page keeps.',
		notRun: 'Not run yet: press Run (Ctrl+Enter).',
		runtimeMissing: 'The Python runtime is not available in this build.',
		crashed: 'The runtime crashed: ',
		exitCode: 'exit code',
		editorLabel: 'Python code, editable',
		outputLabel: 'Output',
		timelineLabel: 'Timeline (simulated time)',
		blockLabel: 'Live Python example',
		exercise: 'Exercise',
		solution: 'Solution',
		checkPass: 'Your output matches the reference solution',
		checkFail: 'Your output differs from the reference solution',
		checkStdoutLine: 'First difference: output line {line}:',
		checkStderrLine:
			'First difference in the warnings and errors (stderr; traceback frames are not compared):',
		checkExitDiffers:
			'The reference solution ends with exit code {expected}; your run ended with {got}.',
		checkExpected: 'Expected',
		checkGot: 'Got',
		checkNoLine: '(nothing: the output ends here)',
		checkVersion:
			'The reference solution was run as Python {expected}; this run used Python {got}.',
	},
	'zh-CN': {
		run: '运行',
		stop: '停止',
		reset: '还原',
		undoReset: '撤销还原',
		share: '分享',
		copy: '复制',
		copied: '已复制',
		linkCopied: '链接已复制',
		replay: '按真实时间回放',
		times: '显示时间',
		modified: '已修改',
		version: 'Python 版本',
		running: '运行中…',
		stopped: '已停止。',
		noOutput: '（无输出）',
		truncated: '输出已截断：程序打印的内容超过了页面的上限。',
		notRun: '尚未运行：点击“运行”（Ctrl+Enter）。',
		runtimeMissing: '本次构建中没有可用的 Python 运行时。',
		crashed: '运行时崩溃：',
		exitCode: '退出码',
		editorLabel: 'Python 代码，可编辑',
		outputLabel: '输出',
		timelineLabel: '时间线（模拟时间）',
		blockLabel: '可运行的 Python 示例',
		exercise: '练习',
		solution: '参考答案',
		checkPass: '你的输出与参考答案一致',
		checkFail: '你的输出与参考答案不同',
		checkStdoutLine: '第一处不同：输出第 {line} 行：',
		checkStderrLine: '第一处不同在警告和错误信息里（stderr；不比较回溯中的调用位置）：',
		checkExitDiffers: '参考答案的退出码是 {expected}；你的运行以退出码 {got} 结束。',
		checkExpected: '应为',
		checkGot: '实际',
		checkNoLine: '（无：输出到此结束）',
		checkVersion: '参考答案以 Python {expected} 运行；这次运行用的是 Python {got}。',
	},
} as const;

export type MessageKey = keyof (typeof MESSAGES)['en'];

/** A UI string in the given locale. */
export function t(locale: Locale, key: MessageKey): string {
	return MESSAGES[locale][key];
}
