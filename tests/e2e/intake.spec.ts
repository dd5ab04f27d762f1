import type { Page } from '@playwright/test';
import { dossierCodePattern } from '../../src/domain/dossier-code.ts';
import { expect, test } from './fixtures.ts';

const procedureName = 'Cấp Giấy xác nhận tình trạng hôn nhân';

/** Logs in as the first desk officer with the keyboard: the username field has focus. */
async function logInWithKeyboard(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('textbox', { name: 'Tên đăng nhập' })).toBeFocused();
  await page.keyboard.type('motcua1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('motcua2026');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ho-so/);
}

/** F2 from anywhere opens the intake form with focus in the procedure picker. */
async function openIntakeWithF2(page: Page) {
  await page.keyboard.press('F2');
  await expect(page).toHaveURL(/\/tiep-nhan$/);
  const picker = page.getByRole('combobox', { name: /Thủ tục/ });
  await expect(picker).toBeFocused();
  await page.keyboard.type('xac nhan tinh trang');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveValue(procedureName);
}

test('a desk officer receives a walk-in with the keyboard only, through to the printed receipt', async ({ page }) => {
  // A login and four screens: about 20 s alone, more on a busy two-core machine.
  test.setTimeout(120_000);
  // Count the print dialogs instead of opening one.
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await logInWithKeyboard(page);
  await openIntakeWithF2(page);

  const panel = page.getByRole('complementary', { name: 'Ngày hẹn trả' });
  const liveDate = panel.getByTestId('live-appointment');
  await expect(liveDate).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
  await expect(panel.getByText('3 ngày làm việc')).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: /^Họ và tên/ })).toBeFocused();
  await page.keyboard.type('Vũ Thị Thanh Hằng');
  await page.keyboard.press('Tab');
  await page.keyboard.type('010190012345');
  // The date of birth (a date field: the browser tabs through its day, month and year), then the sex.
  const gender = page.getByRole('combobox', { name: 'Giới tính' });
  for (let step = 0; step < 5 && !(await gender.evaluate((element) => element === document.activeElement)); step++) {
    await page.keyboard.press('Tab');
  }
  await expect(gender).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Điện thoại di động' })).toBeFocused();
  await page.keyboard.type('0912345670');
  await page.keyboard.press('Tab'); // e-mail: none
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: /^Địa chỉ/ })).toBeFocused();
  await page.keyboard.type('Thôn Tân Lập, xã Hoàng An');
  await page.keyboard.press('Tab'); // the "someone else submits" switch stays off
  await page.keyboard.press('Tab');
  const declaration = page.getByRole('checkbox', { name: 'Đã nhận: Tờ khai cấp Giấy xác nhận tình trạng hôn nhân' });
  await expect(declaration).toBeFocused();
  await page.keyboard.press('Space');
  await expect(declaration).toBeChecked();
  await expect(page.getByRole('button', { name: 'Tiếp nhận và in biên nhận' })).toBeVisible();
  const appointmentDate = (await liveDate.textContent()) ?? '';

  // Back to the last text field; Enter submits the form.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('textbox', { name: /^Địa chỉ/ })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/in\/ho-so\/[0-9a-f-]{36}\/bien-nhan$/);
  const receipt = page.getByRole('article', { name: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ' });
  await expect(receipt.getByText(dossierCodePattern)).toBeVisible();
  await expect(receipt.getByTestId('receipt-appointment')).toHaveText(new RegExp(`^\\d{2} giờ \\d{2} phút, ngày ${appointmentDate.replaceAll('/', '\\/')}$`));
  await expect(receipt.getByRole('img', { name: /^Mã QR của mã hồ sơ / })).toBeVisible();
  await expect(receipt.getByText('Vũ Thị Thanh Hằng').first()).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);

  // Focus is on "In": Enter prints. On paper the toolbar is gone.
  await expect(page.getByRole('button', { name: 'In' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('toolbar')).toBeHidden();
  await expect(receipt).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The next walk-in: F2 again, a fresh form on the procedure of the last one.
  await page.keyboard.press('F2');
  await expect(page).toHaveURL(/\/tiep-nhan$/);
  await expect(page.getByRole('combobox', { name: /Thủ tục/ })).toHaveValue(procedureName);
  await expect(page.getByRole('textbox', { name: /^Họ và tên/ })).toHaveValue('');
});

test('an incomplete walk-in gets a guidance slip (form 02), an unacceptable one a refusal (form 03)', async ({ page }) => {
  await logInWithKeyboard(page);
  await openIntakeWithF2(page);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Phạm Quang Huy');
  // The declaration is not ticked: the main action is now the guidance slip.
  await expect(page.getByRole('button', { name: 'Lập phiếu hướng dẫn bổ sung (mẫu 02)' })).toBeVisible();
  await page.keyboard.press('Control+Enter');
  const dialog = page.getByRole('dialog', { name: /Phiếu yêu cầu bổ sung/ });
  await expect(dialog.getByRole('textbox', { name: 'Giấy tờ thứ 1', exact: true })).toHaveValue('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân');
  await expect(dialog.getByRole('textbox', { name: 'Ghi chú cho giấy tờ thứ 1' })).toBeFocused();
  await page.keyboard.type('Ghi rõ mục đích sử dụng');
  await page.keyboard.press('Control+Enter');

  await expect(page).toHaveURL(/\/in\/phieu\/[0-9a-f-]{36}$/);
  const guidance = page.getByRole('article', { name: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ' });
  await expect(guidance.getByText(/^Số: \d+\/\d{4}\/HD$/)).toBeVisible();
  await expect(guidance.getByRole('cell', { name: 'Ghi rõ mục đích sử dụng' })).toBeVisible();
  await expect(guidance.getByText(/liên hệ với Nguyễn Thị Thu Hà, số điện thoại 0912345678/)).toBeVisible();

  await openIntakeWithF2(page);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Phạm Quang Huy');
  await page.getByRole('button', { name: 'Từ chối tiếp nhận (mẫu 03)' }).click();
  const refusalDialog = page.getByRole('dialog', { name: /Phiếu từ chối tiếp nhận/ });
  await refusalDialog.getByRole('textbox', { name: /Lý do từ chối/ }).fill('Yêu cầu không thuộc thẩm quyền giải quyết của xã.');
  await refusalDialog.getByRole('button', { name: 'Lập và in phiếu từ chối' }).click();

  const refusal = page.getByRole('article', { name: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ' });
  await expect(refusal.getByText(/^Số: \d+\/\d{4}\/TC$/)).toBeVisible();
  await expect(refusal.getByText('Yêu cầu không thuộc thẩm quyền giải quyết của xã.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Quay lại tiếp nhận' })).toBeVisible();
});

test('the control slip (form 06) of a returned dossier lists its handoffs on A4', async ({ page }) => {
  await logInWithKeyboard(page);
  await page.goto('/ho-so?status=returned');
  const first = page.getByRole('table').getByRole('link').first();
  const code = ((await first.textContent()) ?? '').trim();
  const href = (await first.getAttribute('href')) ?? '';
  const dossierId = href.split('/').at(-1) ?? '';
  await page.goto(`/in/ho-so/${dossierId}/phieu-kiem-soat`);

  const slip = page.getByRole('article', { name: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ' });
  await expect(slip.getByText(code, { exact: true })).toBeVisible();
  const rows = slip.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toContainText('Tổ chức, cá nhân:');
  await expect(rows.nth(1)).toContainText('Tiếp nhận hồ sơ');
  await expect(rows.last()).toContainText('Trả kết quả');
  expect(await rows.count()).toBeGreaterThanOrEqual(6);
  await expect(page.getByRole('link', { name: 'Quay lại hồ sơ' })).toHaveAttribute('href', `/ho-so/${dossierId}`);
});
