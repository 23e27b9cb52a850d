/** Serve `dir` on 127.0.0.1:`port` (0 = any free port); resolves to its base URL and a close function. */
export function serveDirectory(
	dir: string,
	port?: number
): Promise<{ url: string; close: () => Promise<void> }>;
