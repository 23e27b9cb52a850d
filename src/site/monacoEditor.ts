/*
 * monacoEditor.ts
 * Monaco, loaded only when a reader starts editing. Highlighting comes from Shiki through
 * @shikijs/monaco with the same themes as the static code (JavaScript regex engine: no WASM),
 * and follows Starlight's light/dark switch.
 */

// Monaco itself (the editor core plus the contributions we use): see monacoBundle.ts.
import * as monaco from './monacoBundle';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import { shikiToMonaco } from '@shikijs/monaco';
import { createHighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import type { EditorFactory, EditorHandle } from './element';
import { t } from './format';
import { CODE_THEMES, darkTheme, lightTheme } from './theme';

const LINE_HEIGHT = 21;
const PADDING = 12;

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
	getWorker: () => new EditorWorker(),
};

let setup: Promise<void> | undefined;

function setupOnce(): Promise<void> {
	setup ??= (async () => {
		const highlighter = await createHighlighterCore({
			themes: [lightTheme(), darkTheme()],
			langs: [import('@shikijs/langs/python')],
			engine: createJavaScriptRegexEngine(),
		});
		monaco.languages.register({ id: 'python' });
		monaco.languages.setLanguageConfiguration('python', {
			comments: { lineComment: '#' },
			brackets: [
				['(', ')'],
				['[', ']'],
				['{', '}'],
			],
			onEnterRules: [
				{
					beforeText: /:\s*(#.*)?$/,
					action: { indentAction: monaco.languages.IndentAction.Indent },
				},
			],
		});
		shikiToMonaco(highlighter, monaco);
		const follow = () => monaco.editor.setTheme(currentTheme());
		new MutationObserver(follow).observe(document.documentElement, {
			attributes: true,
			attributeFilter: ['data-theme'],
		});
	})();
	return setup;
}

function currentTheme(): string {
	return document.documentElement.dataset['theme'] === 'dark'
		? CODE_THEMES.dark
		: CODE_THEMES.light;
}

export const createMonacoEditor: EditorFactory = async (host, options) => {
	await setupOnce();
	const container = document.createElement('div');
	container.className = 'pp-monaco';
	const startHeight = options.staticView?.offsetHeight ?? 0;
	container.style.height = `${Math.max(startHeight, LINE_HEIGHT + 2 * PADDING)}px`;
	if (options.staticView) options.staticView.replaceWith(container);
	else host.append(container);
	const editor = monaco.editor.create(container, {
		value: options.code,
		language: 'python',
		theme: currentTheme(),
		ariaLabel: t(options.locale, 'editorLabel'),
		automaticLayout: true,
		minimap: { enabled: false },
		lineNumbers: 'off',
		glyphMargin: false,
		folding: false,
		lineDecorationsWidth: 16,
		lineNumbersMinChars: 0,
		overviewRulerLanes: 0,
		hideCursorInOverviewRuler: true,
		scrollBeyondLastLine: false,
		scrollbar: { alwaysConsumeMouseWheel: false, vertical: 'hidden', horizontalScrollbarSize: 8 },
		renderLineHighlight: 'none',
		fontSize: 14,
		lineHeight: LINE_HEIGHT,
		fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
		padding: { top: PADDING, bottom: PADDING },
		tabSize: 4,
		insertSpaces: true,
		detectIndentation: false,
		wordWrap: 'off',
		fixedOverflowWidgets: true,
		stickyScroll: { enabled: false },
	});
	const fit = () => {
		container.style.height = `${editor.getContentHeight()}px`;
	};
	editor.onDidContentSizeChange(fit);
	fit();
	editor.onDidChangeModelContent(() => options.onChange(editor.getValue()));
	editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => options.onRun());
	editor.addCommand(monaco.KeyMod.Shift | monaco.KeyCode.Enter, () => options.onRun());
	const model = editor.getModel();
	const handle: EditorHandle = {
		getValue: () => editor.getValue(),
		setValue(code) {
			editor.setValue(code);
		},
		setError(line, column, message) {
			if (!model) return;
			const safeLine = Math.min(Math.max(1, line), model.getLineCount());
			monaco.editor.setModelMarkers(model, 'pyco', [
				{
					severity: monaco.MarkerSeverity.Error,
					message,
					startLineNumber: safeLine,
					startColumn: column > 0 ? column : model.getLineFirstNonWhitespaceColumn(safeLine) || 1,
					endLineNumber: safeLine,
					endColumn: model.getLineMaxColumn(safeLine),
				},
			]);
		},
		clearError() {
			if (model) monaco.editor.setModelMarkers(model, 'pyco', []);
		},
		focus: () => editor.focus(),
		dispose: () => editor.dispose(),
	};
	return handle;
};
