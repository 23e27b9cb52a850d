/*
 * theme.ts
 * The Shiki themes used by both the static code (build time) and the Monaco editor (page).
 */

export const CODE_THEMES = { light: 'vitesse-light', dark: 'vitesse-dark' } as const;
