/**
 * Serve `dir` on 127.0.0.1:`port` (0 = any free port); resolves to its base URL and a close function.
 * `compress`: brotli/gzip for text responses, each file compressed once (off by default).
 */
export function serveDirectory(
	dir: string,
	port?: number,
	options?: { compress?: boolean }
): Promise<{ url: string; close: () => Promise<void> }>;
