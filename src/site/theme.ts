/*
 * theme.ts
 * The Shiki themes used by both the static code (build time) and the Monaco editor (page).
 */

export const CODE_THEMES = { light: 'github-light', dark: 'github-dark-default' } as const;
