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
			// Gitignored scratch space for experiments.
			'.scratch/',
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
			// The runtime raises Python exceptions as PyException, a PyObject rather than an Error:
			// capturing a JS stack for every raise would be expensive, and Python code catches them
			// as values. A few private control-flow markers unwind the same way. Only these are
			// allowed; throwing any other non-Error value is still an error.
			'@typescript-eslint/only-throw-error': [
				'error',
				{
					allow: [
						{ from: 'file', name: 'PyException', path: 'src/runtime/objects/exceptions.ts' },
						{ from: 'file', name: 'BudgetExceeded', path: 'src/runtime/vm/interpreter.ts' },
						{ from: 'file', name: 'JitUnwind', path: 'src/runtime/vm/jit.ts' },
						{ from: 'file', name: 'StopScan', path: 'src/runtime/modules/json.ts' },
						{ from: 'file', name: 'DepthExceeded', path: 'src/runtime/parser/parser.ts' },
					],
				},
			],
		},
	},
	{
		// The lexer compares char codes, and the compiler and VM compare words read from Int32Array
		// bytecode and typed tables, against `const enum` members (Char, Op, ...). The numbers are
		// enum values by construction; casting each of hundreds of comparisons would add noise and
		// no safety. Elsewhere the rule stays on.
		files: ['src/runtime/lexer/**/*.ts', 'src/runtime/compiler/**/*.ts', 'src/runtime/vm/**/*.ts'],
		rules: { '@typescript-eslint/no-unsafe-enum-comparison': 'off' },
	},
	{
		// asyncio's coroutines are written as generators (GenCoro runs them); a coroutine whose
		// body finishes without ever suspending (an uncontended lock's __aenter__, a sleep(0)
		// fast path) is a generator function with no yield, on purpose.
		files: ['src/runtime/modules/asyncio/**/*.ts'],
		rules: { 'require-yield': 'off' },
	},
	{
		// Pyright-style namespaces group the node, token and range factories with their types
		// (ModuleNode.create(...), TextRange.create(...)), the parser's chosen style (docs/runtime.md).
		// Node kinds without fields of their own are empty interfaces over one base, as in pyright.
		files: ['src/runtime/parser/**/*.ts', 'src/runtime/lexer/**/*.ts', 'src/runtime/common/textRange.ts'],
		rules: {
			'@typescript-eslint/no-namespace': 'off',
			'@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
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
