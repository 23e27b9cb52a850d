/*
 * content.config.ts
 * The book's pages live in the top-level content/docs/ (zh-CN at the root, English in en/).
 */

import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
	docs: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
		schema: docsSchema(),
	}),
};
