import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { filesOf, readManifest, routeFiles } from '../size/route-weight.ts';

// `npm run size` weighs each screen from the build manifest. This checks it weighs the
// right files: the ones Chromium really downloads to show the login page and then the list.

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

  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('motcua1');
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill('motcua2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('table', { name: /Danh sách hồ sơ/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // On top of the list's files: what the login form imports for its check (zod's schemas,
  // mostly also the list's): the login page's dynamic imports.
  const loginPage = manifest['src/features/auth/components/login-page.tsx'];
  const loginCheck = filesOf(manifest, (loginPage?.dynamicImports ?? []).filter((key) => key !== 'index.html'));
  expect(sorted(loaded)).toEqual(sorted(new Set([...routeFiles(manifest, 'queue'), ...loginCheck])));
});
