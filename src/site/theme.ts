/*
 * theme.ts
 * The Shiki themes used by both the static code (build time) and the Monaco editor (page).
 *
 * Light: GitHub Light with one colour darkened — its orange for parameters (#e36209) has a
 * contrast of 3.5:1 on white, below WCAG AA (4.5:1); #b35000 has 5.2:1. Dark: GitHub Dark
 * Default, whose colours all pass on its background.
 */

import githubDarkDefault from '@shikijs/themes/github-dark-default';
import githubLight from '@shikijs/themes/github-light';
import type { ThemeRegistration } from 'shiki';

export const CODE_THEMES = { light: 'pyco-light', dark: 'github-dark-default' } as const;

/** GitHub Light with accessible contrast, named 'pyco-light'. */
export function lightTheme(): ThemeRegistration {
	const json = JSON.stringify(githubLight).replace(/#e36209/gi, '#b35000');
	return { ...(JSON.parse(json) as ThemeRegistration), name: CODE_THEMES.light };
}

/** The dark theme as is. */
export function darkTheme(): ThemeRegistration {
	return githubDarkDefault;
}
