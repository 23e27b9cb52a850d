/*
 * fenceMeta.ts
 * Parses the meta string of a ```python fence: `version=3.7 norun expect-error title="…" timeline`.
 */

import { DEFAULT_PYTHON_VERSION, PYTHON_VERSIONS, type PythonVersion } from '../runtime/api';
import type { TimelineSetting } from './timeline';

export interface FenceOptions {
	/** Python semantics the block runs with. */
	version: PythonVersion;
	/** Static only: never run, at build time or in the page. */
	norun: boolean;
	/** The block is meant to fail; a failure does not break the build. */
	expectError: boolean;
	/** Title shown above the block, or '' for none. */
	title: string;
	/**
	 * The timeline picture under the output: `on` (`timeline`), `off` (`timeline=off`), or
	 * `auto` (no option: shown for asyncio programs that ran more than one task).
	 */
	timeline: TimelineSetting;
	/** `exercise=ID`: the block is an exercise for the reader ('' when not). */
	exercise: string;
	/** `solution=ID`: the block is the reference solution of exercise ID ('' when not). */
	solution: string;
}

/** Thrown for an unknown option or a bad value, so the build can name the block. */
export class FenceMetaError extends Error {
	override name = 'FenceMetaError';
}

const TOKEN =
	/\s*([A-Za-z][\w-]*)(?:=(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s"'][^\s]*)))?/y;

/** Split a meta string into `[key, value | undefined]` pairs; quoted values may contain spaces. */
export function tokenizeMeta(meta: string): [string, string | undefined][] {
	const out: [string, string | undefined][] = [];
	const text = meta.trim();
	TOKEN.lastIndex = 0;
	while (TOKEN.lastIndex < text.length) {
		const start = TOKEN.lastIndex;
		const m = TOKEN.exec(text);
		if (!m) throw new FenceMetaError(`cannot parse fence options near "${text.slice(start)}"`);
		const key = m[1] ?? '';
		const raw = m[2] ?? m[3];
		const value = raw !== undefined ? raw.replace(/\\(.)/g, '$1') : m[4];
		out.push([key, value]);
	}
	return out;
}

/** Parse the fence meta into options with defaults; throws FenceMetaError on anything unknown. */
export function parseFenceMeta(meta: string | null | undefined): FenceOptions {
	const options: FenceOptions = {
		version: DEFAULT_PYTHON_VERSION,
		norun: false,
		expectError: false,
		title: '',
		timeline: 'auto',
		exercise: '',
		solution: '',
	};
	for (const [key, value] of tokenizeMeta(meta ?? '')) {
		switch (key) {
			case 'version': {
				if (!PYTHON_VERSIONS.includes(value as PythonVersion)) {
					throw new FenceMetaError(
						`version must be one of ${PYTHON_VERSIONS.join(', ')}, got "${value ?? ''}"`
					);
				}
				options.version = value as PythonVersion;
				break;
			}
			case 'title':
			case 'exercise':
			case 'solution':
				if (value === undefined) throw new FenceMetaError(`${key} needs a value: ${key}="…"`);
				options[key] = value;
				break;
			case 'timeline':
				if (value === undefined || value === 'on') options.timeline = 'on';
				else if (value === 'off' || value === 'auto') options.timeline = value;
				else throw new FenceMetaError(`timeline takes no value, or =off / =auto, got "${value}"`);
				break;
			case 'norun':
			case 'expect-error':
				if (value !== undefined) throw new FenceMetaError(`${key} takes no value`);
				if (key === 'norun') options.norun = true;
				else options.expectError = true;
				break;
			default:
				throw new FenceMetaError(
					`unknown fence option "${key}" (known: version=, norun, expect-error, title=, timeline, timeline=off, exercise=, solution=)`
				);
		}
	}
	return options;
}
