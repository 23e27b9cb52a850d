/*
 * element.ts
 * <py-playground>: the live Python block. The build renders its static HTML (code + recorded
 * output); this class wires it up in the page. It stays light until the reader interacts:
 * the editor (Monaco, or a textarea on touch devices) and the runtime worker are imported on
 * first focus/click/Run.
 *
 * Contract used by the e2e tests: `code` property; data-state="idle|running|done|error";
 * buttons [data-action=run|stop|reset|undo-reset|share|copy|replay|times]; [data-output],
 * [data-wall-time], [data-run-time], [data-timeline].
 */

import {
	DEFAULT_PYTHON_VERSION,
	PYTHON_VERSIONS,
	type OutputChunk,
	type PythonVersion,
	type TraceEvent,
} from '../runtime/api';
import {
	formatLineTime,
	formatRunTime,
	formatWallTime,
	t,
	toLocale,
	type Locale,
	type MessageKey,
} from './format';
import { clearExerciseCheck, showExerciseCheck } from './exerciseCheck';
import { renderNotice } from './playgroundMarkup';
import {
	buildTimelineModel,
	renderTimeline,
	showsTimeline,
	wantsTrace,
	type TimelineSetting,
} from './timeline';
import {
	PAGE_MAX_OUTPUT_CHARS,
	STOP_GRACE_MS,
	type DoneMessage,
	type WorkerLike,
	type WorkerReply,
} from './protocol';
import { playgroundPath, readShareFragment, shareFragment, type SharedProgram } from './share';
import { loadEdit, saveEdit, storageKey, type KeyValueStore } from './storage';
import { toDom } from './vnode';

/** What the element needs from an editor (Monaco or the touch textarea). */
export interface EditorHandle {
	getValue(): string;
	setValue(code: string): void;
	setError(line: number, column: number, message: string): void;
	clearError(): void;
	focus(): void;
	dispose(): void;
}

export interface EditorOptions {
	code: string;
	locale: Locale;
	/** The static <pre> being replaced (measured so the swap does not move the page). */
	staticView: HTMLElement | null;
	onChange(code: string): void;
	onRun(): void;
}

export type EditorFactory = (host: HTMLElement, options: EditorOptions) => Promise<EditorHandle>;

/** How long the "Undo reset" button stays. */
const UNDO_MS = 8000;
/**
 * Instruction budget in the page; Stop is the real guard, this only ends runaway loops, after
 * some 10 s of a compiled loop (about 250 M instructions a second; the interpreter alone runs
 * about 40 M).
 */
const PAGE_MAX_INSTRUCTIONS = 3_000_000_000;

type State = 'idle' | 'running' | 'done' | 'error';

function safeStorage(): KeyValueStore | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

export class PyPlayground extends HTMLElement {
	/** Creates the runtime worker. Unit tests replace this with a double; the product never does. */
	static createWorker: () => WorkerLike = () =>
		new Worker(new URL('./runtime.worker.ts', import.meta.url), {
			type: 'module',
			name: 'pyco-runtime',
		});

	/** Loads the editor: a textarea on touch devices, Monaco elsewhere. */
	static loadEditor: (touch: boolean) => Promise<EditorFactory> = async (touch) =>
		touch
			? (await import('./textEditor')).createTextEditor
			: (await import('./monacoEditor')).createMonacoEditor;

	#ready = false;
	#locale: Locale = 'zh-CN';
	#original = '';
	#code = '';
	#key: string | null = null;
	#staticPre: HTMLElement | null = null;
	#editor: EditorHandle | null = null;
	#editorLoading: Promise<void> | null = null;
	#worker: WorkerLike | null = null;
	#runId = 0;
	#runStart = 0;
	#firstOutput = -1;
	#chunks: OutputChunk[] = [];
	#outputChars = 0;
	#capped = false;
	#openLine: HTMLElement | null = null;
	#openStream: string | null = null;
	#lastRun: { chunks: OutputChunk[]; wallTime: number; trace?: TraceEvent[] | undefined } | null =
		null;
	#replayTimers: ReturnType<typeof setTimeout>[] = [];
	#undoCode: string | null = null;
	#undoTimer: ReturnType<typeof setTimeout> | undefined;

	/** The current code (what Run would run). */
	get code(): string {
		return this.#editor ? this.#editor.getValue() : this.#code;
	}

	set code(value: string) {
		this.#setCode(value);
	}

	/** The original code of the block, as written in the book. */
	get originalCode(): string {
		return this.#original;
	}

	connectedCallback(): void {
		if (this.#ready) return;
		this.#ready = true;
		this.#locale = toLocale(this.dataset['locale'] ?? document.documentElement.lang);
		this.#original = this.dataset['code'] ?? '';
		this.#code = this.#original;
		this.#staticPre = this.querySelector<HTMLElement>('[data-editor] pre');
		if (!this.hasAttribute('data-state')) this.dataset['state'] = 'idle';

		this.addEventListener('click', this.#onClick);
		this.addEventListener('keydown', this.#onKeydown);
		const editorHost = this.querySelector<HTMLElement>('[data-editor]');
		editorHost?.addEventListener('focusin', () => void this.activateEditor(), { once: true });
		editorHost?.addEventListener('pointerdown', () => void this.activateEditor(), { once: true });
		this.#versionSelect()?.addEventListener('change', () => {
			this.dataset['version'] = this.#version();
			this.#markStale();
			if (this.hasAttribute('data-full')) this.#scheduleUrlUpdate();
		});

		if (this.hasAttribute('data-full')) {
			void this.#loadFromFragment();
			window.addEventListener('hashchange', () => void this.#loadFromFragment());
			return;
		}
		const index = Number(this.dataset['index'] ?? '0');
		this.#key = storageKey(location.pathname, index, this.#original);
		const saved = loadEdit(safeStorage(), this.#key);
		if (saved !== null && saved !== this.#original) {
			this.#setCode(saved, false);
		}
	}

	disconnectedCallback(): void {
		this.#cancelReplay();
		this.#abandonStopping();
		this.#worker?.terminate();
		this.#worker = null;
	}

	/** Replace the static code with a real editor (idempotent). */
	activateEditor(): Promise<void> {
		this.#editorLoading ??= (async () => {
			this.#ensureWorker();
			const host = this.querySelector<HTMLElement>('[data-editor]');
			if (!host) return;
			const touch = window.matchMedia?.('(pointer: coarse)').matches ?? false;
			const factory = await PyPlayground.loadEditor(touch);
			const hadFocus = this.#staticPre !== null && this.#staticPre.contains(document.activeElement);
			const editor = await factory(host, {
				code: this.#code,
				locale: this.#locale,
				staticView: this.#staticPre,
				onChange: (code) => this.#onEdited(code),
				onRun: () => this.run(),
			});
			// Code set while the editor was being created (Reset, a restored edit) is not lost.
			if (editor.getValue() !== this.#code) editor.setValue(this.#code);
			this.#editor = editor;
			this.dataset['editor'] = touch ? 'textarea' : 'monaco';
			if (hadFocus) this.#editor.focus();
		})();
		return this.#editorLoading;
	}

	/** Run the current code in the worker. */
	run(): void {
		if (this.hasAttribute('data-norun') || this.dataset['state'] === 'running') return;
		this.#cancelReplay();
		// A stopped run that has not answered yet may be stuck: do not queue behind it.
		this.#abandonStopping();
		const worker = this.#ensureWorker();
		const id = ++this.#runId;
		this.#resetOutput();
		this.#appendNotice(t(this.#locale, 'running'));
		this.#setText('[data-wall-time]', '');
		this.#setText('[data-run-time]', '');
		this.#setText('[data-exit]', '');
		this.#setText('.pp-sep', '');
		this.#editor?.clearError();
		this.#clearStaticError();
		this.#setState('running');
		this.#output()?.removeAttribute('data-stale');
		clearExerciseCheck(this);
		this.#runStart = performance.now();
		this.#firstOutput = -1;
		worker.postMessage({
			type: 'run',
			id,
			code: this.code,
			python: this.#version(),
			maxOutputChars: PAGE_MAX_OUTPUT_CHARS,
			maxInstructions: PAGE_MAX_INSTRUCTIONS,
			trace: wantsTrace(this.#timelineSetting(), this.code),
		});
		void this.activateEditor();
	}

	/**
	 * Stop a run or a replay. The worker runs programs in slices and reads its messages between
	 * them, so it ends the run at once and answers with the stopped run's times; a run stuck in
	 * code that cannot pause gets no chance to answer: the worker is terminated after
	 * STOP_GRACE_MS (and at once if another run starts first) and a fresh one takes its place.
	 */
	stop(): void {
		if (this.#replayTimers.length > 0) {
			this.#cancelReplay();
			this.#setState('done');
			return;
		}
		if (this.dataset['state'] !== 'running') return;
		const id = this.#runId;
		this.#runId++;
		const worker = this.#worker;
		if (worker) {
			worker.postMessage({ type: 'stop', id });
			this.#stopping = {
				id,
				worker,
				timer: setTimeout(() => this.#abandonStopping(), STOP_GRACE_MS),
			};
		}
		this.#clearRunningNotice();
		this.#appendNotice(t(this.#locale, 'stopped'), 'warn');
		this.#setState('idle');
	}

	/** A run being stopped: its worker, until it answers (or the grace period ends). */
	#stopping: { id: number; worker: WorkerLike; timer: ReturnType<typeof setTimeout> } | null = null;

	/** The stopped run did not answer in time (or the worker is needed now): terminate it. */
	#abandonStopping(): void {
		const stopping = this.#stopping;
		if (!stopping) return;
		this.#stopping = null;
		clearTimeout(stopping.timer);
		stopping.worker.terminate();
		if (this.#worker === stopping.worker) this.#worker = null;
	}

	/** The stopped run answered: the worker is free again; show how long the run went. */
	#stoppedAnswer(message: WorkerReply): void {
		const stopping = this.#stopping;
		if (!stopping || !('id' in message) || message.id !== stopping.id) return;
		if (message.type === 'output') return;
		this.#stopping = null;
		clearTimeout(stopping.timer);
		if (message.type === 'done' && this.dataset['state'] === 'idle') {
			const { result } = message;
			this.#setText('[data-wall-time]', formatWallTime(result.wallTime, this.#locale));
			this.#setText('.pp-sep', ' · ');
			this.#setText('[data-run-time]', formatRunTime(result.realTime, this.#locale));
		}
	}

	/** Go back to the book's code; the previous code can be restored for a few seconds. */
	reset(): void {
		const current = this.code;
		if (current === this.#original) return;
		this.#undoCode = current;
		this.#setCode(this.#original);
		this.#toggle('[data-action=undo-reset]', true);
		clearTimeout(this.#undoTimer);
		this.#undoTimer = setTimeout(() => this.#toggle('[data-action=undo-reset]', false), UNDO_MS);
		this.querySelector<HTMLElement>('[data-action=undo-reset]')?.focus();
	}

	/** Undo the last reset. */
	undoReset(): void {
		if (this.#undoCode === null) return;
		this.#setCode(this.#undoCode);
		this.#undoCode = null;
		clearTimeout(this.#undoTimer);
		this.#toggle('[data-action=undo-reset]', false);
	}

	/** Build the share link, copy it when the clipboard allows, and show it. */
	async share(): Promise<string> {
		const fragment = await shareFragment(this.#sharedProgram());
		const url = new URL(playgroundPath(this.#locale) + fragment, location.href).href;
		const copied = await this.#copyText(url);
		let link = this.querySelector<HTMLAnchorElement>('[data-share-link]');
		if (!link) {
			link = document.createElement('a');
			link.className = 'pp-share-link';
			link.dataset['shareLink'] = '';
			link.target = '_blank';
			link.rel = 'noopener';
			this.querySelector('[data-action=share]')?.after(link);
		}
		link.href = url;
		link.textContent = (copied ? t(this.#locale, 'linkCopied') : t(this.#locale, 'share')) + ' ↗';
		return url;
	}

	/** Replay the last run's output at its virtual timestamps, in real time. */
	replay(): void {
		const last = this.#lastRun;
		if (!last || this.dataset['state'] === 'running') return;
		this.#cancelReplay();
		this.#resetOutput();
		this.#setState('running');
		for (const chunk of last.chunks) {
			this.#replayTimers.push(
				setTimeout(() => this.#appendChunks([chunk]), Math.max(0, chunk.time * 1000))
			);
		}
		this.#replayTimers.push(
			setTimeout(
				() => {
					this.#replayTimers = [];
					this.#setState('done');
				},
				last.wallTime * 1000 + 1
			)
		);
	}

	#onClick = (event: MouseEvent): void => {
		const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-action]');
		if (!button || !this.contains(button)) return;
		switch (button.dataset['action']) {
			case 'run':
				this.run();
				break;
			case 'stop':
				this.stop();
				break;
			case 'reset':
				this.reset();
				break;
			case 'undo-reset':
				this.undoReset();
				break;
			case 'share':
				void this.share();
				break;
			case 'copy':
				void this.#copyText(this.code).then((ok) => this.#flash(button, ok ? 'copied' : 'copy'));
				break;
			case 'replay':
				this.replay();
				break;
			case 'times': {
				const on = button.getAttribute('aria-pressed') !== 'true';
				button.setAttribute('aria-pressed', String(on));
				this.#output()?.toggleAttribute('data-show-times', on);
				break;
			}
		}
	};

	#onKeydown = (event: KeyboardEvent): void => {
		if (event.defaultPrevented) return;
		if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
			event.preventDefault();
			this.run();
		}
	};

	#ensureWorker(): WorkerLike {
		if (this.#worker) return this.#worker;
		const worker = PyPlayground.createWorker();
		worker.onmessage = (event) => this.#onWorkerMessage(event.data);
		worker.onerror = (event) => {
			event.preventDefault?.();
			if (this.dataset['state'] === 'running')
				this.#finishWithCrash(event.message || 'worker error');
			this.#worker?.terminate();
			this.#worker = null;
		};
		this.#worker = worker;
		return worker;
	}

	#onWorkerMessage(message: WorkerReply): void {
		if (message.type === 'ready') return;
		if (this.#stopping) this.#stoppedAnswer(message);
		if (message.id !== this.#runId || this.dataset['state'] !== 'running') return;
		switch (message.type) {
			case 'output':
				this.#appendChunks(message.chunks);
				break;
			case 'done':
				this.#finish(message);
				break;
			case 'crash':
				this.#finishWithCrash(message.message);
				break;
		}
	}

	#appendChunks(chunks: readonly OutputChunk[]): void {
		const out = this.#output();
		if (!out) return;
		if (this.#firstOutput < 0) {
			this.#firstOutput = performance.now() - this.#runStart;
			this.dataset['firstOutputMs'] = this.#firstOutput.toFixed(1);
		}
		this.#clearRunningNotice();
		for (const chunk of chunks) {
			this.#chunks.push(chunk);
			if (this.#capped) continue;
			let text = chunk.text;
			if (this.#outputChars + text.length > PAGE_MAX_OUTPUT_CHARS) {
				text = text.slice(0, PAGE_MAX_OUTPUT_CHARS - this.#outputChars);
				this.#capped = true;
			}
			this.#outputChars += text.length;
			while (text.length > 0) {
				if (!this.#openLine || this.#openStream !== chunk.stream) {
					const line = document.createElement('span');
					line.className = 'pp-line';
					line.dataset['stream'] = chunk.stream;
					line.dataset['t'] = formatLineTime(chunk.time);
					out.append(line);
					this.#openLine = line;
					this.#openStream = chunk.stream;
				}
				const nl = text.indexOf('\n');
				const piece = nl === -1 ? text : text.slice(0, nl + 1);
				this.#openLine.append(piece);
				text = text.slice(piece.length);
				if (nl !== -1) this.#openLine = null;
			}
			if (this.#capped) this.#appendNotice(t(this.#locale, 'truncated'), 'warn');
		}
	}

	#finish({ result }: DoneMessage): void {
		this.#clearRunningNotice();
		const locale = this.#locale;
		if (this.#chunks.length === 0) this.#appendNotice(t(locale, 'noOutput'));
		if (result.truncated && !this.#capped) this.#appendNotice(t(locale, 'truncated'), 'warn');
		this.#setText('[data-wall-time]', formatWallTime(result.wallTime, locale));
		this.#setText('.pp-sep', ' · ');
		this.#setText('[data-run-time]', formatRunTime(result.realTime, locale));
		this.#setText(
			'[data-exit]',
			result.exitCode !== 0 ? `${t(locale, 'exitCode')} ${result.exitCode}` : ''
		);
		if (result.error) {
			const { line, column, type, message } = result.error;
			if (this.#editor) this.#editor.setError(line, column, `${type}: ${message}`);
			else this.#markStaticError(line);
		}
		this.#lastRun = { chunks: this.#chunks, wallTime: result.wallTime, trace: result.trace };
		this.querySelector<HTMLButtonElement>('[data-action=replay]')?.removeAttribute('disabled');
		this.#renderTimeline();
		showExerciseCheck(this, result, this.#version(), this.#locale);
		this.#setState(result.exitCode === 0 ? 'done' : 'error');
	}

	#finishWithCrash(message: string): void {
		this.#clearRunningNotice();
		const text =
			message === 'runtime missing'
				? t(this.#locale, 'runtimeMissing')
				: t(this.#locale, 'crashed') + message;
		this.#appendNotice(text, 'warn');
		this.#setState('error');
	}

	/** `timeline` (on), `timeline=off`, or auto (asyncio programs with more than one task). */
	#timelineSetting(): TimelineSetting {
		if (this.hasAttribute('data-timeline-enabled')) return 'on';
		return this.hasAttribute('data-timeline-off') ? 'off' : 'auto';
	}

	/** What a share link (and the playground page's URL) carries. */
	#sharedProgram(): SharedProgram {
		const setting = this.#timelineSetting();
		return {
			code: this.code,
			version: this.#version(),
			...(setting === 'auto' ? {} : { timeline: setting }),
		};
	}

	/** Redraw the timeline from the last run (or hide it when this run does not get one). */
	#renderTimeline(): void {
		const box = this.querySelector<HTMLElement>('[data-timeline]');
		const run = this.#lastRun;
		if (!box || !run) return;
		if (!showsTimeline(this.#timelineSetting(), run.trace)) {
			box.replaceChildren();
			box.hidden = true;
			return;
		}
		const model = buildTimelineModel(run.chunks, run.trace, run.wallTime, this.#locale);
		box.replaceChildren(...renderTimeline(model, this.#locale).map((v) => toDom(v, document)));
		box.hidden = false;
	}

	#setCode(code: string, save = true): void {
		this.#code = code;
		if (this.#editor && this.#editor.getValue() !== code) this.#editor.setValue(code);
		else if (!this.#editor) this.#renderStaticCode(code);
		this.#afterCodeChange(code, save);
	}

	#onEdited(code: string): void {
		this.#code = code;
		this.#afterCodeChange(code, true);
	}

	#afterCodeChange(code: string, save: boolean): void {
		const modified = code !== this.#original;
		if (save && this.#key) saveEdit(safeStorage(), this.#key, code, this.#original);
		if (save && this.hasAttribute('data-full')) this.#scheduleUrlUpdate();
		this.toggleAttribute('data-modified', modified);
		this.#toggle('[data-modified]', modified);
		this.#toggle('[data-action=reset]', modified);
		if (modified && this.#undoCode !== null && code !== this.#original) {
			// An edit after a reset makes the undo meaningless.
			this.#undoCode = null;
			this.#toggle('[data-action=undo-reset]', false);
		}
		this.#markStale();
	}

	/** Show code without an editor: the build's highlighted HTML, or plain lines for edits. */
	#renderStaticCode(code: string): void {
		const host = this.querySelector<HTMLElement>('[data-editor]');
		if (!host || !this.#staticPre) return;
		const codeEl = this.#staticPre.querySelector('code') ?? this.#staticPre;
		if (code === this.#original && this.#pristineHtml !== null) {
			codeEl.innerHTML = this.#pristineHtml;
			return;
		}
		this.#pristineHtml ??= codeEl.innerHTML;
		const lines = code.split('\n').map((text) => {
			const span = document.createElement('span');
			span.className = 'line';
			span.textContent = text;
			return span;
		});
		codeEl.replaceChildren();
		lines.forEach((line, i) => {
			if (i > 0) codeEl.append('\n');
			codeEl.append(line);
		});
	}

	#pristineHtml: string | null = null;
	#urlTimer: ReturnType<typeof setTimeout> | undefined;

	/** On the playground page the URL is the storage: keep its fragment in step with edits. */
	#scheduleUrlUpdate(): void {
		clearTimeout(this.#urlTimer);
		this.#urlTimer = setTimeout(() => {
			void shareFragment(this.#sharedProgram()).then((fragment) =>
				history.replaceState(history.state, '', fragment)
			);
		}, 400);
	}

	#markStale(): void {
		const out = this.#output();
		if (!out || this.dataset['state'] === 'running') return;
		out.toggleAttribute('data-stale', true);
	}

	#markStaticError(line: number): void {
		this.#staticPre?.querySelectorAll('.line')[line - 1]?.classList.add('pp-error-line');
	}

	#clearStaticError(): void {
		this.#staticPre
			?.querySelectorAll('.pp-error-line')
			.forEach((el) => el.classList.remove('pp-error-line'));
	}

	async #loadFromFragment(): Promise<void> {
		const program = await readShareFragment(location.hash);
		if (!program) return;
		const select = this.#versionSelect();
		if (select) select.value = program.version;
		this.dataset['version'] = program.version;
		// The link's timeline option, or the blocks' rule (auto) when it has none.
		this.toggleAttribute('data-timeline-enabled', program.timeline === 'on');
		this.toggleAttribute('data-timeline-off', program.timeline === 'off');
		this.#original = program.code;
		this.#setCode(program.code, false);
		this.#resetOutput();
		this.#appendNotice(t(this.#locale, 'notRun'));
		// The page's example timeline is not this program's: Run draws its own, if it gets one.
		this.#lastRun = null;
		const timeline = this.querySelector<HTMLElement>('[data-timeline]');
		if (timeline) {
			timeline.replaceChildren();
			timeline.hidden = true;
		}
	}

	#version(): PythonVersion {
		const value = this.#versionSelect()?.value ?? this.dataset['version'];
		return PYTHON_VERSIONS.includes(value as PythonVersion)
			? (value as PythonVersion)
			: DEFAULT_PYTHON_VERSION;
	}

	#versionSelect(): HTMLSelectElement | null {
		return this.querySelector<HTMLSelectElement>('[data-version-select]');
	}

	#output(): HTMLElement | null {
		return this.querySelector<HTMLElement>('[data-output]');
	}

	#resetOutput(): void {
		this.#chunks = [];
		this.#outputChars = 0;
		this.#capped = false;
		this.#openLine = null;
		this.#openStream = null;
		this.#output()?.replaceChildren();
		this.#output()?.removeAttribute('data-stale');
	}

	#appendNotice(text: string, kind: 'info' | 'warn' = 'info'): void {
		this.#openLine = null;
		this.#output()?.append(toDom(renderNotice(text, kind), document));
	}

	#clearRunningNotice(): void {
		const running = t(this.#locale, 'running') + '\n';
		this.#output()
			?.querySelectorAll('.pp-notice')
			.forEach((el) => {
				if (el.textContent === running) el.remove();
			});
	}

	#cancelReplay(): void {
		this.#replayTimers.forEach((timer) => clearTimeout(timer));
		this.#replayTimers = [];
	}

	#setState(state: State): void {
		this.dataset['state'] = state;
		const running = state === 'running';
		this.#toggle('[data-action=stop]', running);
		const run = this.querySelector<HTMLButtonElement>('[data-action=run]');
		if (run) run.disabled = running;
		this.#output()?.setAttribute('aria-busy', String(running));
	}

	#setText(selector: string, text: string): void {
		const el = this.querySelector(selector);
		if (el) el.textContent = text;
	}

	#toggle(selector: string, show: boolean): void {
		const el = this.querySelector<HTMLElement>(selector);
		if (el) el.hidden = !show;
	}

	#flash(button: HTMLElement, key: MessageKey): void {
		const label = button.textContent;
		button.textContent = t(this.#locale, key);
		setTimeout(() => (button.textContent = label), 1500);
	}

	async #copyText(text: string): Promise<boolean> {
		try {
			await navigator.clipboard.writeText(text);
			return true;
		} catch {
			return false;
		}
	}
}

if (!customElements.get('py-playground')) customElements.define('py-playground', PyPlayground);
