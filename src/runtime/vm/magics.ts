/*
 * magics.ts
 * IPython's %time / %%time, which tutorials (and the seed documents) paste into scripts:
 * a line `%time STATEMENT` runs the statement and then prints IPython's two-line report, with
 * the wall time taken from the run's (virtual) clock. The rewrite keeps every line in place so
 * line numbers in tracebacks are unchanged.
 */

import { None, PyValue } from '../objects/object';
import { PyBuiltin } from '../objects/function';
import { rt } from '../objects/runtimeState';
import { doubleToString } from '../lib/floatFormat';
import { monotonic } from './clock';

const TIME_LINE = /^([ \t]*)%time[ \t]+(\S.*)$/;
const CELL_TIME = /^[ \t]*%%time[ \t]*$/;

/** Rewrites %time lines into calls of the hidden timing builtins; returns null when there are none. */
export function rewriteMagics(source: string): string | null {
	const lines = source.split('\n');
	let changed = false;
	let cell = false;
	// %%time must open the cell; comment and blank lines may precede it.
	let first = 0;
	while (first < lines.length && /^[ \t]*(#.*)?$/.test(lines[first])) first++;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (i === first && CELL_TIME.test(line)) {
			lines[i] = '__pyco_time_start__()';
			cell = true;
			changed = true;
			continue;
		}
		const m = TIME_LINE.exec(line);
		if (m) {
			lines[i] = `${m[1]}__pyco_time_start__(); ${m[2]}; __pyco_time_stop__()`;
			changed = true;
		}
	}
	if (!changed) return null;
	if (cell) lines.push('__pyco_time_stop__()');
	return lines.join('\n');
}

/** IPython's _format_time: 3 significant digits with s/ms/µs/ns, or "1min 5s" from a minute. */
export function formatIPythonTime(timespan: number): string {
	if (timespan >= 60) {
		const parts: [string, number][] = [
			['d', 86400],
			['h', 3600],
			['min', 60],
			['s', 1],
		];
		const out: string[] = [];
		let leftover = timespan;
		for (const [suffix, length] of parts) {
			const value = Math.trunc(leftover / length);
			if (value > 0) {
				leftover = leftover % length;
				out.push(`${value}${suffix}`);
			}
			if (leftover < 1) break;
		}
		return out.join(' ');
	}
	const units = ['s', 'ms', '\u00b5s', 'ns'];
	const scaling = [1, 1e3, 1e6, 1e9];
	// Python: min(-int(floor(log10(t)) // 3), 3), with floor division.
	const order = timespan > 0 ? Math.min(-Math.floor(Math.floor(Math.log10(timespan)) / 3), 3) : 3;
	const o = Math.max(0, order);
	return `${doubleToString(timespan * scaling[o], 'g', 3)} ${units[o]}`;
}

const starts: { virtual: number; real: number }[] = [];

function realNow(): number {
	return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** The hidden builtins the rewrite calls. */
export function magicBuiltins(): [string, PyValue][] {
	return [
		[
			'__pyco_time_start__',
			new PyBuiltin('__pyco_time_start__', () => {
				starts.push({ virtual: monotonic(), real: realNow() });
				return None;
			}),
		],
		[
			'__pyco_time_stop__',
			new PyBuiltin('__pyco_time_stop__', () => {
				const s = starts.pop();
				if (!s) return None;
				const cpu = (realNow() - s.real) / 1000;
				const wall = monotonic() - s.virtual;
				rt.write(
					'stdout',
					`CPU times: user ${formatIPythonTime(cpu)}, sys: 0 ns, total: ${formatIPythonTime(cpu)}\nWall time: ${formatIPythonTime(wall)}\n`
				);
				return None;
			}),
		],
	];
}
