/*
 * unicodedata.ts
 * The unicodedata module on the JS engine's Unicode support: normalize/is_normalized
 * (String.prototype.normalize), category (Unicode property escapes), decimal/digit/numeric for
 * decimal digits, and name/lookup from a table of common ranges (unicodeNames.ts, generated
 * from CPython) plus the algorithmic names (CJK unified ideographs, Hangul syllables).
 * Characters outside the table: name() raises ValueError('no such name') like an unnamed one.
 */

import { PyValue, PyFloat, None, pyBool } from '../objects/object';
import { typeError, valueError, keyError } from '../objects/exceptions';
import { PyModule } from '../objects/function';
import { typeName } from '../objects/protocol';
import { rt } from '../objects/runtimeState';
import { registerModule, defFunction } from './registry';
import { UNICODE_NAME_RANGES } from './unicodeNames';

const CATEGORIES = [
	'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po',
	'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co',
];
const CATEGORY_RES = CATEGORIES.map((c) => [c, new RegExp(`^\\p{${c}}$`, 'u')] as const);

const VERSIONS: Record<number, string> = { 7: '11.0.0', 8: '12.1.0', 9: '13.0.0', 10: '13.0.0', 11: '14.0.0', 12: '15.0.0', 13: '15.1.0' };

function charArg(v: PyValue | undefined, fname: string): string {
	if (typeof v !== 'string') throw typeError(`${fname}() argument must be a unicode character, not ${v === undefined ? 'nothing' : typeName(v)}`);
	if ([...v].length !== 1) throw typeError(`${fname}() argument must be a unicode character, not str`);
	return v;
}

function category(ch: string): string {
	for (const [c, re] of CATEGORY_RES) if (re.test(ch)) return c;
	return 'Cn';
}

let nameMap: Map<number, string> | null = null;
let nameIndex: Map<string, number> | null = null;
function names(): Map<number, string> {
	if (nameMap === null) {
		nameMap = new Map();
		for (const [start, joined] of UNICODE_NAME_RANGES) {
			const list = joined.split('|');
			for (let i = 0; i < list.length; i++) if (list[i]) nameMap.set(start + i, list[i]);
		}
	}
	return nameMap;
}

const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

function nameOf(cp: number): string | null {
	const n = names().get(cp);
	if (n !== undefined) return n;
	if (cp >= 0xac00 && cp <= 0xd7a3) {
		const s = cp - 0xac00;
		return `HANGUL SYLLABLE ${JAMO_L[Math.floor(s / 588)]}${JAMO_V[Math.floor((s % 588) / 28)]}${JAMO_T[s % 28]}`;
	}
	if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x2a6df)) {
		return `CJK UNIFIED IDEOGRAPH-${cp.toString(16).toUpperCase()}`;
	}
	return null;
}

function digitValue(ch: string): number | null {
	if (!/^\p{Nd}$/u.test(ch)) return null;
	// Decimal digits come in contiguous runs of ten starting at a zero.
	let cp = ch.codePointAt(0)!;
	let v = 0;
	while (v < 9 && /^\p{Nd}$/u.test(String.fromCodePoint(cp - 1)) && (cp - 1) % 16 !== 15) {
		cp--;
		v++;
	}
	return v;
}

registerModule('unicodedata', (m: PyModule) => {
	m.dict.setStr('unidata_version', VERSIONS[rt.minor] ?? '15.1.0');
	defFunction(m, 'normalize', (args) => {
		const [form, s] = args;
		if (typeof form !== 'string') throw typeError(`normalize() argument 1 must be str, not ${typeName(form)}`);
		if (typeof s !== 'string') throw typeError(`normalize() argument 2 must be str, not ${typeName(s)}`);
		if (!['NFC', 'NFD', 'NFKC', 'NFKD'].includes(form)) throw valueError('invalid normalization form');
		return s.normalize(form);
	});
	if (rt.minor >= 8) {
		defFunction(m, 'is_normalized', (args) => {
			const [form, s] = args;
			if (typeof form !== 'string' || !['NFC', 'NFD', 'NFKC', 'NFKD'].includes(form)) throw valueError('invalid normalization form');
			return pyBool((s as string).normalize(form) === s);
		});
	}
	defFunction(m, 'category', (args) => category(charArg(args[0], 'category')));
	defFunction(m, 'name', (args) => {
		const ch = charArg(args[0], 'name');
		const n = nameOf(ch.codePointAt(0)!);
		if (n !== null) return n;
		if (args.length > 1) return args[1];
		throw valueError('no such name');
	});
	defFunction(m, 'lookup', (args) => {
		const name = args[0];
		if (typeof name !== 'string') throw typeError(`lookup() argument must be str, not ${typeName(name)}`);
		if (nameIndex === null) {
			nameIndex = new Map();
			for (const [cp, n] of names()) nameIndex.set(n, cp);
		}
		const upper = name.toUpperCase();
		const cp = nameIndex.get(upper);
		if (cp !== undefined) return String.fromCodePoint(cp);
		const cjk = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(upper);
		if (cjk) return String.fromCodePoint(parseInt(cjk[1], 16));
		throw keyError(`undefined character name '${name}'`);
	});
	for (const fname of ['decimal', 'digit', 'numeric'] as const) {
		defFunction(m, fname, (args) => {
			const ch = charArg(args[0], fname);
			const v = digitValue(ch);
			if (v !== null) return fname === 'numeric' ? new PyFloat(v) : v;
			if (args.length > 1) return args[1];
			throw valueError(`not a ${fname === 'numeric' ? 'numeric character' : fname === 'digit' ? 'digit' : 'decimal'}`);
		});
	}
	defFunction(m, 'combining', (args) => (/^\p{M}$/u.test(charArg(args[0], 'combining')) ? 230 : 0));
	defFunction(m, 'mirrored', (args) => (/^[()<>[\]{}«»]$/u.test(charArg(args[0], 'mirrored')) ? 1 : 0));
	defFunction(m, 'east_asian_width', (args) => {
		const ch = charArg(args[0], 'east_asian_width');
		const cp = ch.codePointAt(0)!;
		if (/^[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]$/u.test(ch) || (cp >= 0x1f300 && cp <= 0x1f64f) || (cp >= 0x20000 && cp <= 0x3fffd)) return 'W';
		if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 'N';
		if (cp < 0x7f) return 'Na';
		return cp >= 0xff61 && cp <= 0xffdc ? 'H' : 'N';
	});
	defFunction(m, 'bidirectional', (args) => {
		const ch = charArg(args[0], 'bidirectional');
		if (/^[0-9]$/.test(ch)) return 'EN';
		if (/^\s$/u.test(ch)) return ch === ' ' ? 'WS' : 'B';
		if (/^[\u0590-\u08ff]$/u.test(ch)) return 'R';
		return /^\p{L}$/u.test(ch) ? 'L' : 'ON';
	});
	defFunction(m, 'decomposition', (args) => {
		const ch = charArg(args[0], 'decomposition');
		const d = ch.normalize('NFD');
		if (d === ch) return '';
		return [...d].map((c) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join(' ');
	});
	void None;
});
