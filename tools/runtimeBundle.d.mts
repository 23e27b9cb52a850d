/*
 * runtimeBundle.d.mts
 * Types of runtimeBundle.mjs for the TypeScript tests.
 */
export interface BundleChunk {
	path: string;
	raw: number;
	gzip: number;
	entry: boolean;
	initial: boolean;
	imports: string[];
	inputs: { name: string; bytes: number }[];
}
export interface BundleSizes {
	entryFile: string;
	initial: { raw: number; gzip: number; chunks: number };
	total: { raw: number; gzip: number; chunks: number };
	chunks: BundleChunk[];
}
export const root: string;
export const ENTRY_NAME: string;
export const INITIAL_GZIP_BUDGET: number;
export function buildRuntimeBundle(options?: {
	outdir?: string;
	write?: boolean;
}): Promise<BundleSizes>;
export function kb(n: number): string;
