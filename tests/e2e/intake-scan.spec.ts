import type { Page } from '@playwright/test';
import { dossierCodePattern } from '../../src/domain/dossier-code.ts';
import { expect, test } from './fixtures.ts';

const procedureName = 'Cấp Giấy xác nhận tình trạng hôn nhân';
const declaration = 'Đã nhận: Tờ khai cấp Giấy xác nhận tình trạng hôn nhân';

/** A made-up holder's card QR, as a desk scanner types it: ID | old ID | name | birth | sex | residence | issued. */
function card(idNumber: string, name: string, birth: string, sex: 'Nam' | 'Nữ', address: string) {
  return `${idNumber}||${name}|${birth}|${sex}|${address}|15082022`;
}

async function logIn(page: Page) {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('motcua1');
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill('motcua2026');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ho-so/);
}

/** F2, then the procedure typed into the picker: before the scan, so not counted. */
async function startWalkIn(page: Page) {
  await page.keyboard.press('F2');
  await expect(page).toHaveURL(/\/tiep-nhan$/);
  const picker = page.getByRole('combobox', { name: /Thủ tục/ });
  await expect(picker).toBeFocused();
  await page.keyboard.type('xac nhan tinh trang');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveValue(procedureName);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: /^Họ và tên/ })).toBeFocused();
}

/** The scanner: the card's characters as fast as the browser takes them, then Enter. */
async function scan(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test('a walk-in with a scanned citizen ID card reaches the printed receipt (form 01) in at most 25 keystrokes', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await logIn(page);
  await startWalkIn(page);
  await scan(page, card('019190004276', 'Đinh Thị Ngọc Ánh', '23061990', 'Nữ', 'Thôn Tân Lập, xã Hoàng An, tỉnh Lào Cai'));

  // Everything the card says is in the form, and the officer is told what was filled.
  await expect(page.getByRole('alert', { name: 'Đã điền chủ hồ sơ từ thẻ căn cước' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Họ và tên/ })).toHaveValue('Đinh Thị Ngọc Ánh');
  await expect(page.getByRole('textbox', { name: 'Số định danh cá nhân' })).toHaveValue('019190004276');
  await expect(page.getByLabel('Ngày sinh', { exact: true })).toHaveValue('1990-06-23');
  await expect(page.getByRole('combobox', { name: 'Giới tính' })).toHaveValue('female');
  await expect(page.getByRole('textbox', { name: /^Địa chỉ/ })).toHaveValue('Thôn Tân Lập, xã Hoàng An, tỉnh Lào Cai');
  await expect(page.getByRole('textbox', { name: 'Điện thoại di động' })).toBeFocused();

  // From here every key the officer presses is counted.
  let keystrokes = 0;
  const press = async (key: string) => {
    keystrokes += 1;
    await page.keyboard.press(key);
  };
  for (const digit of '0912345670') await press(digit);
  await press('Tab'); // e-mail: none
  await press('Tab'); // the address, from the card
  await press('Tab'); // the "someone else submits" switch stays off
  await press('Tab');
  await expect(page.getByRole('checkbox', { name: declaration })).toBeFocused();
  await press('Space');
  await press('Control+Enter');

  await expect(page).toHaveURL(/\/in\/ho-so\/[0-9a-f-]{36}\/bien-nhan$/);
  const receipt = page.getByRole('article', { name: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ' });
  await expect(receipt.getByText(dossierCodePattern)).toBeVisible();
  await expect(receipt.getByText('Đinh Thị Ngọc Ánh').first()).toBeVisible();
  await expect(receipt.getByText('019190004276')).toBeVisible();
  await expect(page.getByRole('button', { name: 'In' })).toBeFocused();
  await press('Enter');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  expect(keystrokes).toBeLessThanOrEqual(25);
  test.info().annotations.push({ type: 'keystrokes after the scan', description: String(keystrokes) });

  // One key starts the next walk-in, on the same procedure.
  await expect(page.getByRole('link', { name: 'Tiếp nhận hồ sơ mới' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tiep-nhan$/);
  await expect(page.getByRole('combobox', { name: /Thủ tục/ })).toHaveValue(procedureName);
  await expect(page.getByRole('textbox', { name: /^Họ và tên/ })).toHaveValue('');
});

test('an open dossier of the same person and procedure is shown before saving, and going on is recorded in the history', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page);
  const person = card('037185001943', 'Lường Văn Khánh', '09111985', 'Nam', 'Thôn Cốc Sâm, xã Hoàng An, tỉnh Lào Cai');

  // The first visit: received as usual.
  await startWalkIn(page);
  await scan(page, person);
  await page.getByRole('checkbox', { name: declaration }).check();
  await page.keyboard.press('Control+Enter');
  await expect(page).toHaveURL(/\/bien-nhan$/);
  const firstCode = (await page.getByRole('article').getByText(dossierCodePattern).first().textContent())?.trim() ?? '';
  expect(firstCode).toMatch(dossierCodePattern);

  // He comes back the next hour for the same procedure.
  await startWalkIn(page);
  await scan(page, person);
  const warning = page.getByRole('alert', { name: 'Người này đang có 1 hồ sơ cùng thủ tục chưa giải quyết xong' });
  await expect(warning).toBeVisible();
  // Beside the form, with a link to the open dossier (a new tab: the form keeps what was typed).
  await expect(warning.getByRole('link', { name: `Mở hồ sơ ${firstCode} trong tab mới` })).toHaveAttribute('target', '_blank');
  await page.getByRole('checkbox', { name: declaration }).check();

  // Saving without a decision is refused and points at it.
  await page.keyboard.press('Control+Enter');
  const proceed = warning.getByRole('checkbox', { name: 'Tôi đã xem, vẫn tiếp nhận hồ sơ mới' });
  await expect(proceed).toBeFocused();
  await expect(warning.getByText('Hãy xem hồ sơ đang giải quyết, rồi đánh dấu nếu vẫn tiếp nhận hồ sơ mới.')).toBeVisible();
  await expect(page).toHaveURL(/\/tiep-nhan$/);

  // The officer goes on: received, and the choice is in the new dossier's history.
  await page.keyboard.press('Space');
  await page.keyboard.press('Control+Enter');
  await expect(page).toHaveURL(/\/bien-nhan$/);
  await page.getByRole('link', { name: 'Quay lại hồ sơ' }).click();
  const history = page.getByRole('region', { name: 'Lịch sử xử lý' }).first();
  await expect(history.getByText('Cán bộ đã xem hồ sơ đang giải quyết cùng thủ tục của người này và vẫn tiếp nhận hồ sơ mới:')).toBeVisible();
  await expect(history.getByRole('link', { name: firstCode })).toBeVisible();

  // The person's page, from the dossier: both dossiers, open ones first.
  await page.getByRole('link', { name: 'Mọi hồ sơ của người này' }).first().click();
  await expect(page).toHaveURL(/\/cong-dan\/037185001943$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Lường Văn Khánh' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('link', { name: dossierCodePattern })).toHaveCount(2);
});
