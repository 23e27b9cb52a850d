import { expect, test } from 'vitest';
import { fixDetailsLines } from '../../src/site/viteMdxDetails';

test('one-line <details><summary> becomes JSX-only, line count unchanged', () => {
	const source =
		'a\n<details><summary>参考答案</summary>\n\n```python\n<details><summary>x</summary>\n```\n</details>\n';
	const fixed = fixDetailsLines(source);
	expect(fixed.split('\n')).toHaveLength(source.split('\n').length);
	expect(fixed).toContain('<details><summary>{"参考答案"}</summary>');
	// Inside a code fence nothing changes.
	expect(fixed).toContain('```python\n<details><summary>x</summary>\n```');
});
