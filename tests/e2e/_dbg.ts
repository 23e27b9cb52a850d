import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const theme of ['light', 'dark'] as const) {
const page = await browser.newPage({ colorScheme: theme, viewport: { width: 1280, height: 900 } });
page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
await page.goto('http://127.0.0.1:4399/chapters/02-generators/');
const blocks = page.locator('py-playground');
console.log('blocks', await blocks.count());
for (const i of [0, 4, 7]) {
  await blocks.nth(i).screenshot({ path: `test-results/blk-${theme}-${i}.png` });
}
}
await browser.close();
