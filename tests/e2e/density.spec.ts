import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// How much an officer sees at once: a queue fills a desktop screen with rows, the dossier
// page clips nothing, and the header's search box stays usable on a tablet.

const password = 'motcua2026';

async function signIn(page: Page, username: string) {
  const response = await page.request.post('/api/auth/login', { data: { username, password } });
  expect(response.ok(), `login ${username}`).toBe(true);
}

/** Elements among `cells` whose content is wider or taller than their box (cut off, or spilling out). */
async function overflowing(cells: Locator): Promise<string[]> {
  return cells.evaluateAll((elements) =>
    elements
      .filter((element) => element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
      .map((element) => element.textContent?.trim() ?? ''),
  );
}

/** The page does not scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

test('a queue shows at least 15 one-line rows on a 1440×900 screen', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, 'motcua1');
  await page.goto('/ho-so?queue=all');
  const rows = page.getByRole('table', { name: /Danh sách hồ sơ/ }).getByRole('row');
  await expect(rows.nth(20)).toBeAttached();
  const heights = await rows.evaluateAll((elements) => elements.slice(1).map((row) => row.getBoundingClientRect()));
  const visible = heights.filter((box) => box.bottom <= 900).length;
  expect(visible).toBeGreaterThanOrEqual(15);
  // One line each: every row as high as the first.
  expect(new Set(heights.map((box) => Math.round(box.height))).size).toBe(1);
  await expectNoSidewaysScroll(page);
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 820, height: 1180 },
]) {
  test(`the dossier page clips nothing at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signIn(page, 'motcua1');
    const response = await page.request.get('/api/dossiers?status=supplement_requested&pageSize=1');
    const [dossier] = ((await response.json()) as { items: { id: string; code: string }[] }).items;
    expect(dossier).toBeDefined();
    await page.goto(`/ho-so/${dossier!.id}`);
    await expect(page.getByRole('heading', { level: 1, name: dossier!.code })).toBeVisible();
    const documents = page.getByRole('table', { name: /^Thành phần hồ sơ/ });
    await expect(documents.getByRole('row').nth(1)).toBeVisible();
    expect(await overflowing(documents.getByRole('cell'))).toEqual([]);
    expect(await overflowing(documents.getByRole('columnheader'))).toEqual([]);
    await expectNoSidewaysScroll(page);
  });
}

test('the header search box is usable on a tablet in portrait', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  await signIn(page, 'motcua1');
  await page.goto('/ho-so');
  const search = page.getByRole('searchbox', { name: 'Tìm hồ sơ' });
  await expect(search).toBeVisible();
  const box = await search.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(300);
  await expectNoSidewaysScroll(page);
});
