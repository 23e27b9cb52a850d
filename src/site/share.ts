/*
 * share.ts
 * Share links: the code, deflate-raw compressed and base64url encoded, in the URL fragment of
 * the full-page playground. No server is involved, and the fragment never reaches one.
 */

import { DEFAULT_PYTHON_VERSION, PYTHON_VERSIONS, type PythonVersion } from '../runtime/api';

/** Bytes to base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padded or not) to bytes; throws on characters outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array {
	if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw new Error('not base64url');
	const b64 = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
	const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
	const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(out).arrayBuffer());
}

/** Compress code into the `code=` value of a share link. */
export async function encodeCode(code: string): Promise<string> {
	const bytes = new TextEncoder().encode(code);
	return toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')));
}

/** Inverse of encodeCode; throws on a damaged link. */
export async function decodeCode(value: string): Promise<string> {
	const bytes = await pipe(fromBase64Url(value), new DecompressionStream('deflate-raw'));
	return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export interface SharedProgram {
	code: string;
	version: PythonVersion;
	/**
	 * The block's `timeline` / `timeline=off` option, carried as `tl=on` / `tl=off`. Without it
	 * the playground follows the blocks' rule: a timeline for asyncio programs with more than
	 * one task.
	 */
	timeline?: 'on' | 'off';
}

/** The playground page of a locale: `/playground/` for zh-CN (root), `/en/playground/`. */
export function playgroundPath(lang: string): string {
	return lang.toLowerCase().startsWith('en') ? '/en/playground/' : '/playground/';
}

/**
 * Build the fragment `#code=…&v=3.12&tl=on` (the version is left out when it is the default,
 * the timeline when it is automatic).
 */
export async function shareFragment(program: SharedProgram): Promise<string> {
	const params = new URLSearchParams();
	params.set('code', await encodeCode(program.code));
	if (program.version !== DEFAULT_PYTHON_VERSION) params.set('v', program.version);
	if (program.timeline) params.set('tl', program.timeline);
	return '#' + params.toString();
}

/** Read a fragment made by shareFragment; null when it holds no program or is damaged. */
export async function readShareFragment(hash: string): Promise<SharedProgram | null> {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const value = params.get('code');
	if (!value) return null;
	try {
		const code = await decodeCode(value);
		const v = params.get('v') as PythonVersion | null;
		const version = v && PYTHON_VERSIONS.includes(v) ? v : DEFAULT_PYTHON_VERSION;
		const tl = params.get('tl');
		return tl === 'on' || tl === 'off' ? { code, version, timeline: tl } : { code, version };
	} catch {
		return null;
	}
}
