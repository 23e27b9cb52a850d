/*
 * corpus.d.mts
 * Types of corpus.mjs for the TypeScript side of the conformance harness.
 */
export interface ConformanceCase {
	id: string;
	area: string;
	name: string;
	file: string;
	source: string;
	versions: string[];
	/** Which oracle produced its expected files (see the directive's oracle=). */
	oracle: 'vclock' | 'plain';
}
export interface ExpectedOutput {
	stdout: string;
	stderr: string;
	exitCode: number;
}
export const CONFORMANCE_DIR: string;
export const CASES_DIR: string;
export const EXPECTED_DIR: string;
export const KNOWN_FAILURES_FILE: string;
export const ALL_VERSIONS: string[];
export const DEFAULT_VERSIONS: string[];
export const VIRTUAL_EPOCH_MS: number;
export const CPU_TIMES_RE: RegExp;
export const CPU_TIMES_NORMALISED: string;
export function parseDirective(source: string): { versions: string[]; oracle: 'vclock' | 'plain' };
export function listCases(): ConformanceCase[];
export function expectedPath(id: string, version: string): string;
export function readExpected(id: string, version: string): ExpectedOutput | undefined;
export function normaliseOutput(text: string): string;
export function readKnownFailures(file?: string): Set<string>;
export function writeKnownFailures(entries: Iterable<string>, file?: string): void;
