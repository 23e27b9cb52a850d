// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'.astro/',
			'node_modules/',
			'coverage/',
			'test-results/',
			'playwright-report/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: {
				// Root config files are outside tsconfig's include but still typed TypeScript.
				projectService: { allowDefaultProject: ['vitest.config.ts', 'playwright.config.ts'] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
		rules: {
			// `_name` marks a value we must bind but do not use (destructuring away a field).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
		},
	},
	{
		// Plain JS config files are not part of the TypeScript project.
		files: ['**/*.mjs', '**/*.js'],
		...tseslint.configs.disableTypeChecked,
		// They run in Node (configs, tools, the e2e static server).
		languageOptions: {
			...tseslint.configs.disableTypeChecked.languageOptions,
			globals: globals.node,
		},
	},
	prettier
);
