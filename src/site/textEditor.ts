/*
 * textEditor.ts
 * The lightweight editor for touch devices (Monaco does not support them): a textarea styled
 * like the static code, growing with its content.
 */

import type { EditorFactory, EditorHandle } from './element';
import { t } from './format';

export const createTextEditor: EditorFactory = (host, options) => {
	const area = document.createElement('textarea');
	area.className = 'pp-textarea';
	area.value = options.code;
	area.spellcheck = false;
	area.setAttribute('autocapitalize', 'off');
	area.setAttribute('autocomplete', 'off');
	area.setAttribute('autocorrect', 'off');
	area.setAttribute('aria-label', t(options.locale, 'editorLabel'));
	const height = options.staticView?.offsetHeight ?? 0;
	if (height > 0) area.style.height = `${height}px`;
	const grow = () => {
		area.style.height = 'auto';
		area.style.height = `${area.scrollHeight}px`;
	};
	area.addEventListener('input', () => {
		grow();
		options.onChange(area.value);
	});
	if (options.staticView) options.staticView.replaceWith(area);
	else host.append(area);
	grow();
	const handle: EditorHandle = {
		getValue: () => area.value,
		setValue(code) {
			area.value = code;
			grow();
			options.onChange(code);
		},
		setError(line, _column, message) {
			area.setAttribute('aria-invalid', 'true');
			area.title = `${line}: ${message}`;
		},
		clearError() {
			area.removeAttribute('aria-invalid');
			area.removeAttribute('title');
		},
		focus: () => area.focus(),
		dispose: () => area.remove(),
	};
	return Promise.resolve(handle);
};
