import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { publicHolidays } from '../../src/domain/public-holidays.ts';
import { HOUR_MS, WorkingCalendar, defaultWorkingTimeSettings } from '../../src/domain/working-time.ts';
import { formatDate, formatTime } from '../../src/domain/vietnam-time.ts';

async function signIn(page: Page, username: string, password: string) {
  await page.goto('/dang-nhap');
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(username);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Chooses an option of a select inside `scope` (the options open in a portal on the page). */
async function pick(page: Page, scope: Page | Locator, label: RegExp, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('the administrator adds a procedure and an officer; the officer signs in, changes the password and receives a dossier under it; the audit log has each step', async ({ page, browser }) => {
  // Three sign-ins (one with a password change), two forms and a receipt on a busy machine.
  test.setTimeout(180_000);
  const code = '9.999001';
  const procedureName = 'Xác nhận thông tin thử nghiệm quản trị';

  // 1. The administrator adds a procedure: restart after a supplement, half a working day.
  await signIn(page, 'admin', 'motcua2026');
  await expect(page).toHaveURL(/\/ho-so/);
  const navigation = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await navigation.getByRole('link', { name: 'Thủ tục hành chính' }).click();
  await page.getByRole('link', { name: 'Thêm thủ tục' }).click();
  await page.getByRole('textbox', { name: /^Mã thủ tục/ }).fill(code);
  await page.getByRole('textbox', { name: /^Tên thủ tục/ }).fill(procedureName);
  await pick(page, page, /^Lĩnh vực/, 'Hộ tịch');
  await pick(page, page, /^Đơn vị giải quyết/, 'Văn phòng HĐND và UBND xã');
  await page.getByRole('textbox', { name: /^Thời hạn/ }).fill('0,5');
  await page.getByRole('radio', { name: /^Tính lại/ }).check();
  await page.getByRole('textbox', { name: /^Giấy tờ thứ 1/ }).fill('Tờ khai đề nghị xác nhận');
  await page.getByRole('button', { name: 'Thêm thủ tục' }).click();
  await expect(page).toHaveURL(new RegExp(`/quan-tri/thu-tuc/${code.replace('.', '\\.')}$`));
  const versions = page.getByRole('table').first();
  await expect(versions.getByRole('row').nth(1)).toContainText('0,5 ngày làm việc');
  await expect(versions.getByRole('row').nth(1)).toContainText('Đang áp dụng');

  // 2. The administrator creates a desk officer's account; its one-time password is shown once.
  await navigation.getByRole('link', { name: 'Người dùng' }).click();
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
  await dialog.getByRole('textbox', { name: /^Tên đăng nhập/ }).fill('tiepnhan3');
  await dialog.getByRole('textbox', { name: /^Họ và tên/ }).fill('Đào Thị Thư');
  await pick(page, dialog, /^Vai trò/, 'Cán bộ một cửa');
  await pick(page, dialog, /^Đơn vị/, 'Trung tâm Phục vụ hành chính công xã Hoàng An');
  await dialog.getByRole('button', { name: 'Thêm người dùng' }).click();
  const passwordDialog = page.getByRole('dialog', { name: 'Mật khẩu dùng một lần' });
  const oneTimePassword = await passwordDialog.getByRole('textbox', { name: 'Mật khẩu dùng một lần' }).inputValue();
  expect(oneTimePassword).toMatch(/^[a-zA-Z2-9]{12}$/);
  await passwordDialog.getByRole('button', { name: 'Đóng', exact: true }).click();
  await expect(page.getByRole('row', { name: /Đào Thị Thư/ })).toContainText('Phải đổi mật khẩu');

  // 3. The officer signs in with it and must choose a password first.
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, 'tiepnhan3', oneTimePassword);
  await expect(officer).toHaveURL(/\/doi-mat-khau/);
  await officer.getByLabel(/^Mật khẩu hiện tại/).fill(oneTimePassword);
  await officer.getByLabel(/^Mật khẩu mới/).fill('Tiep-nhan-ho-so-2026');
  await officer.getByLabel(/^Nhập lại mật khẩu mới/).fill('Tiep-nhan-ho-so-2026');
  await officer.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(officer).toHaveURL(/\/ho-so/);

  // 4. The officer receives a walk-in under the new procedure.
  await officer.getByRole('link', { name: /^Tiếp nhận hồ sơ/ }).click();
  const picker = officer.getByRole('combobox', { name: /Thủ tục/ });
  await picker.click();
  await officer.keyboard.type('xac nhan thong tin thu nghiem');
  await officer.keyboard.press('Enter');
  await expect(picker).toHaveValue(procedureName);
  await expect(officer.getByRole('complementary', { name: 'Ngày hẹn trả' }).getByText('0,5 ngày làm việc')).toBeVisible();
  await officer.getByRole('textbox', { name: /^Họ và tên/ }).fill('Mai Văn Khánh');
  await officer.getByRole('textbox', { name: /^Địa chỉ/ }).fill('Thôn Bảo An, xã Hoàng An');
  await officer.getByRole('checkbox', { name: 'Đã nhận: Tờ khai đề nghị xác nhận' }).check();
  await officer.getByRole('button', { name: 'Tiếp nhận và in biên nhận' }).click();
  await expect(officer).toHaveURL(/\/in\/ho-so\/[0-9a-f-]{36}\/bien-nhan$/);
  const dossierId = /\/in\/ho-so\/([0-9a-f-]{36})\//.exec(officer.url())![1]!;
  const dossier = (await (await officer.request.get(`/api/dossiers/${dossierId}`)).json()) as {
    code: string;
    receivedAt: string;
    appointmentAt: string;
    duration: { unit: string; amount: number };
  };
  expect(dossier.duration).toEqual({ unit: 'working_days', amount: 0.5 });
  // The right appointment, from the rules themselves: 4 working hours after the receipt.
  const calendar = new WorkingCalendar(defaultWorkingTimeSettings, publicHolidays);
  const receivedAt = new Date(dossier.receivedAt);
  const appointmentAt = calendar.appointment(receivedAt, { unit: 'working_days', amount: 0.5 });
  expect(dossier.appointmentAt).toBe(appointmentAt.toISOString());
  expect(calendar.workingMsBetween(receivedAt, appointmentAt)).toBe(4 * HOUR_MS);
  const [hours, minutes] = formatTime(appointmentAt).split(':');
  await expect(officer.getByTestId('receipt-appointment')).toHaveText(`${hours} giờ ${minutes} phút, ngày ${formatDate(appointmentAt)}`);
  await officerContext.close();

  // 5. The audit log shows each step.
  await navigation.getByRole('link', { name: 'Nhật ký hệ thống' }).click();
  await expect(page.getByRole('heading', { name: 'Nhật ký hệ thống' })).toBeVisible();
  const log = page.getByRole('table');
  await expect(log.getByRole('row').filter({ hasText: code })).toContainText('Thêm thủ tục');
  await expect(log.getByRole('row').filter({ hasText: 'tiepnhan3 (Đào Thị Thư)' })).toContainText('Tạo tài khoản');
  await expect(log.getByRole('row').filter({ hasText: 'Đào Thị Thư' }).filter({ hasText: 'Đăng nhập' }).first()).toBeVisible();
  await expect(log.getByRole('row').filter({ hasText: dossier.code })).toContainText('Xem dữ liệu cá nhân');
  await expect(log.getByRole('row').filter({ hasText: dossier.code })).toContainText('Đào Thị Thư');
  // The procedure's entry opens to what it recorded.
  await log.getByRole('button', { name: new RegExp(`^Xem thay đổi: ${code.replace('.', '\\.')}`) }).click();
  await expect(log.getByRole('row', { name: /^supplementClock/ })).toContainText('restart');
});
