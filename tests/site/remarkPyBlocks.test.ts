import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import type { BuildRun } from '../../src/site/buildRunner';
import { tree } from './mdastTree';
import remarkPyBlocks, { localeOfPath } from '../../src/site/remarkPyBlocks';


const ok: BuildRun = {
	summary: {
		chunks: [{ stream: 'stdout', text: '1\n', time: 0 }],
		wallTime: 5,
		realTime: 3,
		exitCode: 0,
		truncated: false,
	},
	stderr: '',
};

const failing: BuildRun = {
	summary: {
		chunks: [
			{ stream: 'stderr', text: 'Traceback...\nZeroDivisionError: division by zero\n', time: 0 },
		],
		wallTime: 0,
		realTime: 1,
		exitCode: 1,
		truncated: false,
	},
	error: {
		type: 'ZeroDivisionError',
		message: 'division by zero',
		line: 1,
		column: 7,
		traceback: '',
	},
	stderr: 'ZeroDivisionError: division by zero\n',
};

async function transform(
	root: Root,
	run: () => BuildRun | null,
	path = '/x/content/docs/en/a.mdx'
) {
	const file = new VFile({ path });
	await remarkPyBlocks({ run: () => Promise.resolve(run()) })(root, file);
	return root;
}

function hastText(node: unknown): string {
	const n = node as { type: string; value?: string; children?: unknown[] };
	if (n.type === 'text') return n.value ?? '';
	return (n.children ?? []).map(hastText).join('');
}

describe('remarkPyBlocks', () => {
	test('a python fence becomes a <py-playground> with code, output and times', async () => {
		const root = await transform(tree({ meta: 'title="Hi"' }), () => ok);
		const node = root.children[0];
		expect(node.data).toMatchObject({ hName: 'py-playground' });
		const props = (node.data as { hProperties: Record<string, unknown> }).hProperties;
		expect(props).toMatchObject({
			'data-state': 'done',
			'data-index': '0',
			'data-code': 'print(1)',
		});
		const text = hastText({
			type: 'root',
			children: (node.data as { hChildren: unknown[] }).hChildren,
		});
		expect(text).toContain('print(1)');
		expect(text).toContain('Wall time 5.00 s (simulated)');
		expect(text).toContain('ran in 3 ms');
		expect(text).toContain('Hi');
	});

	test('blocks are numbered per page; other languages are left alone', async () => {
		const root = await transform(tree({}, { lang: 'js' }, {}), () => ok);
		const indexes = root.children.map(
			(c) =>
				(c.data as { hProperties?: Record<string, string> } | undefined)?.hProperties?.[
					'data-index'
				]
		);
		expect(indexes).toEqual(['0', undefined, '1']);
	});

	test('a failing block fails the build with the file and line', async () => {
		await expect(
			transform(tree({}, {}), () => ok).then(() => transform(tree({}, {}), () => failing))
		).rejects.toThrow(/a\.mdx:10 failed[\s\S]*ZeroDivisionError/);
	});

	test('expect-error: failure is fine and the line is marked; success is an error', async () => {
		const root = await transform(tree({ meta: 'expect-error' }), () => failing);
		expect(JSON.stringify(root)).toContain('pp-error-line');
		await expect(transform(tree({ meta: 'expect-error' }), () => ok)).rejects.toThrow(
			/ran cleanly/
		);
	});

	test('bad fence options fail the build', async () => {
		await expect(transform(tree({ meta: 'runn' }), () => ok)).rejects.toThrow(
			/unknown fence option/
		);
	});

	test('no runtime: rendered without output; norun never runs', async () => {
		const root = await transform(tree({}), () => null, '/x/content/docs/chapters/a.mdx');
		const props = (root.children[0].data as { hProperties: Record<string, unknown> }).hProperties;
		expect(props['data-state']).toBe('idle');
		expect(props['data-locale']).toBe('zh-CN');
		let ran = false;
		await transform(tree({ meta: 'norun' }), () => {
			ran = true;
			return ok;
		});
		expect(ran).toBe(false);
	});

	test('locale from the content path', () => {
		expect(localeOfPath('/p/content/docs/en/chapters/a.mdx')).toBe('en');
		expect(localeOfPath('/p/content/docs/chapters/a.mdx')).toBe('zh-CN');
		expect(localeOfPath(undefined)).toBe('zh-CN');
	});
});
