import { expect, test } from './fixtures.ts';

test('a scanned dossier code opens that dossier at once', async ({ page }) => {
  await page.goto('/dang-nhap');
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('motcua2');
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill('motcua2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();

  // Any seeded dossier: take the code of a returned one from the API, as a scanner would read it off a receipt.
  const list = await (await page.request.get('/api/dossiers?status=returned&pageSize=1')).json();
  const code: string = list.items[0].code;

  // A barcode/QR scanner types like a keyboard and ends with Enter.
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Tìm hồ sơ' }).or(page.getByRole('textbox', { name: 'Tìm hồ sơ' }))).toBeFocused();
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(new RegExp(`/ho-so/${list.items[0].id}$`));
  await expect(page.getByRole('heading', { name: code })).toBeVisible();
});
