export const ROOT: string;
export const VCLOCK: string;
/** The CPython X.Y executable: $PYCO_PYTHON_X_Y, else the newest $(pyenv root)/versions/X.Y.*. */
export function pythonFor(version: string): string;
/** Run `file` under vclock.py with `python`; resolves to its JSON record. */
export function runOracle(
	python: string,
	file: string,
	plain?: boolean
): Promise<{ stdout: string; stderr: string; exitCode: number }>;
/** Run fn over items with at most `jobs` at a time. */
export function pool<T>(
	items: T[],
	jobs: number,
	fn: (item: T, index: number) => Promise<void>
): Promise<void>;
