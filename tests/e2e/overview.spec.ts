import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

async function logIn(page: Page, username: string) {
  await page.goto('/dang-nhap');
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(username);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill('motcua2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
}

test('the chairperson follows a department’s late figure to exactly those dossiers', async ({ page }) => {
  await logIn(page, 'chutich');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổng quan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();

  const departments = page.getByRole('table', { name: 'Trễ hạn và tới hạn theo phòng chuyên môn' });
  const lateLink = departments.getByRole('link', { name: /hồ sơ quá hạn của/ }).first();
  await expect(lateLink).toBeVisible();
  const late = Number(await lateLink.textContent());
  expect(late).toBeGreaterThan(0);
  await lateLink.click();

  await expect(page).toHaveURL(/\/ho-so\?due=late&departmentId=[0-9a-f-]{36}$/);
  // The list's own count of what it shows is the number the overview showed.
  await expect(page.getByText(`${late} hồ sơ`, { exact: true })).toBeVisible();
  await expect(page.getByText(new RegExp(`trên ${late} hồ sơ$`))).toBeVisible();
});

test('a desk officer exports the tracking register to Excel with the rows on screen', async ({ page }) => {
  await logIn(page, 'motcua1');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Sổ theo dõi hồ sơ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sổ theo dõi hồ sơ' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'SỔ THEO DÕI HỒ SƠ' })).toBeVisible();

  // The period on screen (this month by default) is the one exported.
  const period = (await page.getByText(/^Từ ngày \d{2}\/\d{2}\/\d{4} đến ngày \d{2}\/\d{2}\/\d{4}$/).textContent()) ?? '';
  const [, fromDay, fromMonth, fromYear, toDay, toMonth, toYear] = /(\d{2})\/(\d{2})\/(\d{4}) đến ngày (\d{2})\/(\d{2})\/(\d{4})/.exec(period)!;
  const from = `${fromYear}-${fromMonth}-${fromDay}`;
  const to = `${toYear}-${toMonth}-${toDay}`;
  const api = await page.request.get(`/api/reports/register?from=${from}&to=${to}`);
  expect(api.status()).toBe(200);
  const expected = (await api.json()) as { code: string; applicantName: string }[];
  expect(expected.length).toBeGreaterThan(0);

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Xuất Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`so-theo-doi-ho-so_${from}_${to}.xlsx`);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getCell(4, 1).value).toBe('SỔ THEO DÕI HỒ SƠ');
  expect(sheet.getRow(7).values).toEqual([
    undefined, // exceljs rows are 1-based
    'STT',
    'Mã hồ sơ',
    'Tên thủ tục hành chính',
    'Tên cá nhân, tổ chức',
    'Địa chỉ, số điện thoại',
    'Cơ quan chủ trì giải quyết',
    'Ngày, tháng, năm nhận hồ sơ',
    'Ngày, tháng, năm hẹn trả kết quả',
    'Ngày, tháng, năm trả kết quả',
    'Hình thức trả kết quả',
    'Ký nhận',
  ]);
  const exported = [];
  for (let row = 8; row <= sheet.rowCount; row++) {
    exported.push({ code: sheet.getRow(row).getCell(2).value, applicantName: sheet.getRow(row).getCell(4).value });
  }
  expect(exported).toEqual(expected.map(({ code, applicantName }) => ({ code, applicantName })));
  // And the screen shows the same count.
  await expect(page.getByText(`${expected.length} hồ sơ`, { exact: true })).toBeVisible();
});
