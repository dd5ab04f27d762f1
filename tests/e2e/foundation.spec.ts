import { expect, test } from './fixtures.ts';
import { dossierCodePattern } from '../../src/domain/dossier-code.ts';

test('a desk officer logs in, opens a dossier from the list and reads its history', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/dang-nhap/);
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('motcua1');
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill('motcua2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();

  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('link').first()).toBeVisible();
  // A finished dossier has the longest history: open one from the "returned" filter.
  await page.goto('/ho-so?status=returned');
  const firstCode = table.getByRole('link').first();
  const code = (await firstCode.textContent())?.trim() ?? '';
  expect(code).toMatch(dossierCodePattern);
  await firstCode.click();

  await expect(page.getByRole('heading', { name: code })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Lịch sử xử lý' })).toBeVisible();
  const history = page.getByRole('list', { name: 'Lịch sử xử lý' });
  await expect(history.getByText('Trả kết quả', { exact: true }).first()).toBeVisible();
  await expect(history.getByText('Chuyển phòng chuyên môn', { exact: true }).first()).toBeVisible();
});

test('a wrong password shows a Vietnamese message and no session', async ({ page }) => {
  await page.goto('/dang-nhap');
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('motcua1');
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill('sai');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeVisible();
  const me = await page.request.get('/api/auth/me');
  expect(me.status()).toBe(401);
});
