/// <reference types="astro/client" />

// edcore.main.js = the editor API plus all editor contributions, without Monaco's own
// languages (Shiki highlights Python). It ships no typings of its own.
declare module 'monaco-editor/esm/vs/editor/edcore.main.js' {
	export * from 'monaco-editor/esm/vs/editor/editor.api.js';
}
