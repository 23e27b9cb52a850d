/*
 * progress.ts
 * The export's progress bar: one line redrawn in a terminal, plain lines in a log.
 */

/** `[#######.............] 35%`: a bar of `width` cells for done/total. */
export function progressBar(done: number, total: number, width = 24): string {
	const ratio = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
	const filled = Math.round(ratio * width);
	return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}%`;
}

/** A progress display over a known number of steps, with the elapsed time ticking while a step runs. */
export class Progress {
	#done = 0;
	#label = '';
	#started = Date.now();
	#timer: ReturnType<typeof setInterval> | undefined;
	readonly #tty: boolean;

	constructor(
		readonly total: number,
		readonly stream: NodeJS.WriteStream = process.stderr
	) {
		this.#tty = !!stream.isTTY;
		if (this.#tty) this.#timer = setInterval(() => this.#draw(), 250);
	}

	/** Start a step: its label shows until the next one starts. */
	step(label: string): void {
		this.#label = label;
		if (this.#tty) this.#draw();
		else this.stream.write(`${progressBar(this.#done, this.total)} ${label}\n`);
	}

	/** The current step is done. */
	tick(): void {
		this.#done++;
		if (this.#tty) this.#draw();
	}

	/** Stop redrawing and leave a final line. */
	finish(message: string): void {
		if (this.#timer) clearInterval(this.#timer);
		this.#done = this.total;
		if (this.#tty)
			this.stream.write(`\r\x1b[2K${progressBar(this.#done, this.total)} ${message}\n`);
		else this.stream.write(`${progressBar(this.#done, this.total)} ${message}\n`);
	}

	/** Stop redrawing (after an error), leaving the line as it is. */
	abort(): void {
		if (this.#timer) clearInterval(this.#timer);
		if (this.#tty) this.stream.write('\n');
	}

	#draw(): void {
		const seconds = ((Date.now() - this.#started) / 1000).toFixed(1);
		const columns = this.stream.columns ?? 100;
		const line = `${progressBar(this.#done, this.total)} ${this.#label} (${seconds} s)`;
		this.stream.write(`\r\x1b[2K${line.slice(0, columns - 1)}`);
	}
}
