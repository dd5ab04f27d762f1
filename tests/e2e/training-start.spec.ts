import { expect, test } from './fixtures.ts';
import { trainingPort } from './ports.ts';

const training = `http://127.0.0.1:${trainingPort}`;

test('training mode loads the shipped database, says so, and reopens it with the session after a reload', async ({ page }) => {
  test.setTimeout(180_000);
  const steps = page.getByRole('list', { name: 'Các bước khởi động' });
  await page.goto(`${training}/dang-nhap`);
  // A new browser: the build's demo database is downloaded and loaded, not created.
  await expect(steps.getByText('Nạp cơ sở dữ liệu mẫu vào trình duyệt')).toBeVisible({ timeout: 60_000 });
  await expect(steps.getByText('Tạo dữ liệu mẫu', { exact: false })).toHaveCount(0);
  await expect(page.getByText(/^Dữ liệu mẫu lập ngày \d{2}\/\d{2}\/\d{4}\.$/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('motcua1', { timeout: 120_000 });
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill('motcua2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('table', { name: /Danh sách hồ sơ/ })).toBeVisible({ timeout: 30_000 });

  // A reload opens the database this browser now has, and the officer is still logged in.
  await page.reload();
  await expect(steps.getByText('Mở cơ sở dữ liệu đào tạo')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('table', { name: /Danh sách hồ sơ/ })).toBeVisible({ timeout: 60_000 });
  await expect(page).toHaveURL(/\/ho-so$/);
});
