// @ts-check
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import remarkPyBlocks from './src/site/remarkPyBlocks.ts';
import monacoCssOnDemand from './src/site/viteMonacoCss.ts';
import monacoPrebundle from './src/site/viteMonacoPrebundle.ts';
import mdxOneLineDetails from './src/site/viteMdxDetails.ts';
import { chapterItems } from './src/site/sidebar.ts';

// No 'unsafe-eval': the page never evaluates JS strings. (The runtime compiles hot Python
// functions with `new Function`, src/runtime/vm/jit.ts, but it runs in a worker loaded from
// 'self', which a document's meta-tag policy does not cover; where code generation is refused
// it interprets everything.) 'wasm-unsafe-eval' is for Pagefind's search index (WebAssembly),
// 'unsafe-inline' for the small inline scripts/styles Starlight and Monaco emit.
const CSP = [
	"default-src 'self'",
	"script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data: blob:",
	"font-src 'self' data:",
	"worker-src 'self' blob:",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
].join('; ');

export default defineConfig({
	// The address the book is published at: the sitemap, and the PDF's cover and "run this code
	// online" links use it. Set PYCO_SITE_URL when building for a real deployment.
	site: process.env.PYCO_SITE_URL ?? 'https://example.org',
	// The e2e tests build into their own directory, so a concurrent `npm run build` (or a
	// reader's `npm start`) never swaps dist/ under a running test.
	outDir: process.env.PYCO_OUT_DIR ?? './dist',
	// Astro's own cache (content data store); PYCO_ASTRO_CACHE_DIR lets a measurement start cold.
	cacheDir: process.env.PYCO_ASTRO_CACHE_DIR ?? './node_modules/.astro',
	markdown: {
		remarkPlugins: [remarkPyBlocks],
	},
	integrations: [
		starlight({
			title: {
				'zh-CN': '《Python 的协程：可运行的交互式教程》',
				en: 'Python Coroutines, Live',
			},
			description: 'An interactive book on Python coroutines where every example runs in the page.',
			defaultLocale: 'root',
			locales: {
				root: { label: '简体中文', lang: 'zh-CN' },
				en: { label: 'English', lang: 'en' },
			},
			sidebar: [
				{
					label: '章节',
					translations: { en: 'Chapters' },
					items: chapterItems('./content/docs/chapters'),
				},
				{
					label: '练习场',
					translations: { en: 'Playground' },
					link: '/playground/',
				},
			],
			head: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP } }],
			customCss: ['./src/styles/playground.css'],
			components: {
				MarkdownContent: './src/components/MarkdownContent.astro',
				// Pagefind's UI is imported when the search is first opened, not on every page load.
				Search: './src/components/Search.astro',
				// The "On this page" lists, without Starlight's whole-page measuring on load.
				TableOfContents: './src/components/TableOfContents.astro',
				MobileTableOfContents: './src/components/MobileTableOfContents.astro',
			},
		}),
		mdx(),
	],
	vite: {
		plugins: [monacoPrebundle(), monacoCssOnDemand(), mdxOneLineDetails()],
		// The runtime worker is a ~1 MB chunk (Monaco, ~3 MB, is built by viteMonacoPrebundle.ts).
		build: { chunkSizeWarningLimit: 5000 },
		worker: { format: 'es' },
		optimizeDeps: { exclude: ['monaco-editor'] },
	},
});
