import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// The keyboard tools every screen shares, on the real server and clock: a scanner anywhere,
// Ctrl+Enter and focus return in dialogs, the unsaved-changes guard, the command palette,
// the shortcut list and J/K through a queue.

const password = 'motcua2026';

async function signIn(page: Page, username: string) {
  const response = await page.request.post('/api/auth/login', { data: { username, password } });
  expect(response.ok(), `login ${username}`).toBe(true);
}

async function firstOf(page: Page, query: string) {
  const response = await page.request.get(`/api/dossiers?${query}&pageSize=2`);
  const { items } = (await response.json()) as { items: { id: string; code: string }[] };
  expect(items.length, query).toBeGreaterThan(0);
  return items;
}

/**
 * A barcode scanner: the whole code 5 ms a key, then Enter. The keys carry their own time
 * stamps (as a device's do), so a busy test machine, slow to deliver them, does not turn
 * the scan into typing.
 */
async function scan(page: Page, code: string) {
  const device = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  let keys = 0;
  const press = async (key: string, extra: Record<string, unknown> = {}) => {
    const timestamp = start + (keys += 1) * 0.005;
    await device.send('Input.dispatchKeyEvent', { type: 'keyDown', key, timestamp, ...extra });
    await device.send('Input.dispatchKeyEvent', { type: 'keyUp', key, timestamp, ...extra });
  };
  for (const character of code) await press(character, { text: character, unmodifiedText: character });
  await press('Enter', { code: 'Enter', windowsVirtualKeyCode: 13, text: '\r', unmodifiedText: '\r' });
  await device.detach();
}

test('a scanned receipt opens its dossier from anywhere but a text field', async ({ page }) => {
  await signIn(page, 'motcua1');
  const [returned] = await firstOf(page, 'status=returned');
  const [other] = await firstOf(page, 'status=received');

  // From the list, with focus on the first row's link: the scan wins over that link.
  await page.goto('/ho-so');
  const rows = page.getByRole('table').getByRole('link');
  await expect(rows.first()).toBeVisible();
  await rows.first().focus();
  await scan(page, returned!.code);
  await expect(page).toHaveURL(new RegExp(`/ho-so/${returned!.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: returned!.code })).toBeVisible();

  // From a dossier page with nothing focused.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await scan(page, other!.code);
  await expect(page.getByRole('heading', { level: 1, name: other!.code })).toBeVisible();

  // Typed by hand (slowly), the same keys do nothing.
  await page.keyboard.type(returned!.code, { delay: 120 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: other!.code })).toBeVisible();

  // A citizen ID card scanned on the list, focus on a row: that person's page. The card's
  // "/" (an address) and letters reach no shortcut on the way.
  await page.goto('/ho-so');
  await expect(rows.first()).toBeVisible();
  await rows.first().focus();
  await scan(page, '019190004276|019190004|Đinh Thị Ngọc Ánh|23061990|Nữ|Số 12/3 thôn Tân Lập, xã Hoàng An|15082021');
  await expect(page).toHaveURL(/\/cong-dan\/019190004276$/);
  await expect(page.getByRole('searchbox', { name: 'Tìm hồ sơ' })).not.toBeFocused();

  // In a text field the scan is typed into the field.
  await page.goto('/tiep-nhan');
  const name = page.getByRole('textbox', { name: /^Họ và tên/ }).first();
  await name.click();
  await page.keyboard.type(returned!.code, { delay: 4 });
  await expect(name).toHaveValue(returned!.code);
  await expect(page).toHaveURL(/\/tiep-nhan$/);
});

test('Ctrl+Enter submits a dialog, one Esc closes one, and focus goes back to what opened it', async ({ page }) => {
  await signIn(page, 'hotich');
  const [mine] = await firstOf(page, 'queue=mine&status=processing');
  await page.goto(`/ho-so/${mine!.id}`);
  await expect(page.getByRole('heading', { level: 1, name: mine!.code })).toBeVisible();

  // Opened from the "more" menu, closed with one Esc: focus is back on the menu's button.
  const more = page.getByRole('button', { name: 'Thao tác khác' });
  await more.click();
  await page.getByRole('menuitem', { name: 'Yêu cầu bổ sung' }).click();
  const dialog = page.getByRole('dialog', { name: 'Yêu cầu bổ sung' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(more).toBeFocused();

  // The primary step: its first field (a picker) has focus, one Esc still closes.
  const primary = page.getByRole('button', { name: 'Trình ký', exact: true });
  await primary.click();
  const submit = page.getByRole('dialog', { name: 'Trình ký' });
  await expect(submit).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(submit).toBeHidden();
  await expect(primary).toBeFocused();

  // Ctrl+Enter from the text area sends the step.
  await primary.click();
  await submit.getByRole('textbox', { name: /^Số, ký hiệu văn bản/ }).fill('12/GXN-UBND');
  const summary = submit.getByRole('textbox', { name: /^Nội dung kết quả/ });
  await summary.fill('Xác nhận tình trạng hôn nhân của công dân.');
  await summary.press('Control+Enter');
  await expect(submit).toBeHidden();
  await expect(page.getByRole('region', { name: mine!.code }).getByText('Chờ phê duyệt', { exact: true })).toBeVisible();
});

test('the unsaved-changes guard asks before typed text is lost, in a dialog and on the intake form', async ({ page }) => {
  await signIn(page, 'motcua1');
  const [received] = await firstOf(page, 'status=received');
  await page.goto(`/ho-so/${received!.id}`);
  await page.getByRole('button', { name: 'Thao tác khác' }).click();
  await page.getByRole('menuitem', { name: 'Rút hồ sơ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rút hồ sơ' });
  const reason = dialog.getByRole('textbox', { name: /^Lý do rút hồ sơ/ });
  await reason.fill('Công dân xin rút để bổ sung giấy tờ');
  await page.keyboard.press('Escape');
  await expect(dialog.getByText('Bỏ nội dung đã nhập?')).toBeVisible();
  await dialog.getByRole('button', { name: 'Tiếp tục nhập' }).click();
  await expect(reason).toHaveValue('Công dân xin rút để bổ sung giấy tờ');
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Bỏ nội dung đã nhập' }).click();
  await expect(dialog).toBeHidden();

  // The intake form: a navigation link asks, staying keeps what was typed.
  await page.goto('/tiep-nhan');
  const name = page.getByRole('textbox', { name: /^Họ và tên/ }).first();
  await name.fill('Vũ Thị Thanh Hằng');
  const navigation = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await navigation.getByRole('link', { name: 'Hồ sơ', exact: true }).click();
  const question = page.getByRole('dialog', { name: 'Rời trang khi chưa lưu?' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Tiếp tục nhập' }).click();
  await expect(page).toHaveURL(/\/tiep-nhan$/);
  await expect(name).toHaveValue('Vũ Thị Thanh Hằng');
  await navigation.getByRole('link', { name: 'Hồ sơ', exact: true }).click();
  await question.getByRole('button', { name: 'Rời trang' }).click();
  await expect(page).toHaveURL(/\/ho-so$/);
});

test('the command palette goes to a queue and opens a dossier by name; ? lists the shortcuts', async ({ page }) => {
  await signIn(page, 'motcua1');
  const [dossier] = await firstOf(page, 'status=supplement_requested');
  await page.goto('/ho-so');
  await expect(page.getByRole('table')).toBeVisible();

  await page.keyboard.press('Shift+?');
  const help = page.getByRole('dialog', { name: 'Phím tắt' });
  await expect(help).toBeVisible();
  await expect(help.getByText('Gửi hộp thoại (thực hiện thao tác)')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('Control+K');
  const palette = page.getByRole('textbox', { name: 'Bảng lệnh' });
  await expect(palette).toBeFocused();
  await palette.fill('cho bo sung');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/queue=awaiting_supplement/);
  await expect(palette).toBeHidden();

  await page.keyboard.press('Control+K');
  await palette.fill(dossier!.code);
  await expect(page.getByRole('button', { name: new RegExp(`Mở hồ sơ ${dossier!.code.replaceAll('.', '\\.')}`) })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: dossier!.code })).toBeVisible();
  await expect(palette).toBeHidden();

  // On the dossier page the palette offers its steps.
  await page.keyboard.press('Control+K');
  await palette.fill('nhan bo sung');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Nhận hồ sơ bổ sung' })).toBeVisible();
});

test('J and K move through a queue, Enter opens a dossier, J opens the next one', async ({ page }) => {
  await signIn(page, 'motcua1');
  await page.goto('/ho-so?queue=to_return');
  const links = page.getByRole('table').getByRole('link');
  await expect(links.nth(2)).toBeVisible();
  const [first, second, third] = (await links.allTextContents()).map((text) => text.trim());

  await page.keyboard.press('j');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: second })).toBeVisible();

  await page.keyboard.press('j');
  await expect(page.getByRole('heading', { level: 1, name: third })).toBeVisible();
  await page.keyboard.press('k');
  await expect(page.getByRole('heading', { level: 1, name: second })).toBeVisible();
  await page.keyboard.press('k');
  await expect(page.getByRole('heading', { level: 1, name: first })).toBeVisible();
});

test('the fee payment dialog: Esc asks once something is typed, Ctrl+Enter records, focus comes back to the fees card', async ({ page }) => {
  await signIn(page, 'motcua1');
  const [unpaid] = await firstOf(page, 'fee=unpaid&status=received');
  await page.goto(`/ho-so/${unpaid!.id}`);
  const fees = page.getByRole('region', { name: 'Phí, lệ phí' });
  const record = fees.getByRole('button', { name: 'Ghi nhận nộp phí' });
  await record.click();
  const dialog = page.getByRole('dialog', { name: 'Thu phí, lệ phí' });
  const receipt = dialog.getByRole('textbox', { name: /^Số biên lai/ });
  await expect(receipt).toBeFocused();
  await receipt.fill('0099887');
  await page.keyboard.press('Escape');
  await expect(dialog.getByText('Bỏ nội dung đã nhập?')).toBeVisible();
  await dialog.getByRole('button', { name: 'Tiếp tục nhập' }).click();
  await expect(receipt).toHaveValue('0099887');
  await receipt.press('Control+Enter');
  await expect(dialog.getByRole('link', { name: 'In biên lai thu phí, lệ phí' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(fees).toContainText('Biên lai số 0099887');
  // Paid in full, the button is gone: focus lands on the new receipt's print button.
  await expect(fees.getByRole('link', { name: /0099887/ })).toBeFocused();
});
