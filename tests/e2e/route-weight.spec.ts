import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { deferredFiles, filesOf, readManifest, routeFiles } from '../size/route-weight.ts';

// `npm run size` weighs each screen from the build manifest. This checks it weighs the
// right files: the ones Chromium really downloads to show the login page and then the list,
// and that the list's first paint does not wait for what it loads after it (its menus).

const manifest = readManifest('dist/client');

/** The built JS and CSS files the page has downloaded so far (paths as in the manifest). */
function recordAssets(page: Page): Set<string> {
  const loaded = new Set<string>();
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith('/assets/') && /\.(js|css)$/.test(pathname)) loaded.add(pathname.slice(1));
  });
  return loaded;
}

const sorted = (files: Iterable<string>) => [...files].sort();

test('the size script counts the files the login page and the dossier list download', async ({ page }) => {
  const loaded = recordAssets(page);
  await page.goto('/dang-nhap');
  await expect(page.getByRole('textbox', { name: 'Tên đăng nhập' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(sorted(loaded)).toEqual(sorted(routeFiles(manifest, 'login')));

  // What the list loads after its first paint is held back: the list must show without it.
  const later = deferredFiles(manifest, 'queue');
  expect(later.size).toBeGreaterThan(0);
  const held: Route[] = [];
  const deferred = (url: URL) => later.has(url.pathname.slice(1));
  await page.route(deferred, (route) => {
    held.push(route);
  });

  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('motcua1');
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill('motcua2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  const table = page.getByRole('table', { name: /Danh sách hồ sơ/ });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  // The toolbar and the user menu are there, drawn by their stand-ins.
  await expect(page.getByRole('combobox', { name: 'Trạng thái' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bộ lọc đã lưu' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Tài khoản/ })).toBeVisible();
  // On top of the list's files: what the login form imports for its check (Zod and the
  // login schema): the login page's dynamic imports.
  const loginPage = manifest['src/features/auth/components/login-page.tsx'];
  const loginCheck = filesOf(manifest, (loginPage?.dynamicImports ?? []).filter((key) => key !== 'index.html'));
  const painted = sorted(new Set([...routeFiles(manifest, 'queue'), ...loginCheck]));
  await expect.poll(() => sorted(loaded)).toEqual(painted);
  expect(held.length).toBeGreaterThan(0);

  // Then they arrive, and the menu a stand-in was clicked for opens by itself.
  await page.getByRole('button', { name: /^Tài khoản/ }).click();
  for (const route of held) await route.continue();
  await page.unroute(deferred);
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Đăng xuất', exact: true })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(sorted(loaded)).toEqual(sorted(new Set([...painted, ...later])));
});
