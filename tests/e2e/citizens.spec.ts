import type { APIRequestContext, Browser, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

// What citizens see and do: the receipt's QR code opens the public lookup, a rating on the
// counter tablet reaches the overview, a fee is recorded and its receipt printed, and the
// portal's online payment is idempotent. Real server, real clock.

const password = 'motcua2026';
const portalKey = 'demo-portal-key';
/** Screenshots for a person to look at, outside the repository. */
const shots = process.env.CITIZENS_SHOTS ?? '/tmp/shots-citizens';
mkdirSync(shots, { recursive: true });

async function signedIn(browser: Browser, username: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const response = await page.request.post('/api/auth/login', { data: { username, password } });
  expect(response.ok(), `login ${username}`).toBe(true);
  return page;
}

interface Dossier {
  id: string;
  code: string;
  version: number;
}

/**
 * A walk-in received through the API as the desk's form sends it (the fee of the procedure's
 * lines). One person per open dossier of a procedure: a second would be a duplicate (409).
 */
async function receive(request: APIRequestContext, procedureCode: string, phone: string, idNumber = '001190012345'): Promise<Dossier> {
  const procedures: { id: string; code: string; feeAmount: number; documents: { id: string; defaultForm: string }[] }[] = await (await request.get('/api/procedures')).json();
  const procedure = procedures.find((p) => p.code === procedureCode)!;
  const response = await request.post('/api/dossiers', {
    data: {
      procedureId: procedure.id,
      channel: 'walk_in',
      applicant: { name: 'Trịnh Thị Thu', phone, idNumber, address: 'Thôn Yên Lạc, xã Hoàng An' },
      documents: procedure.documents.map((d) => ({ procedureDocumentId: d.id, received: true, form: d.defaultForm, count: 1 })),
      returnMethod: 'desk',
      feeAmount: procedure.feeAmount,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

async function step(request: APIRequestContext, dossier: Dossier, action: string, body: Record<string, unknown> = {}): Promise<Dossier> {
  const response = await request.post(`/api/dossiers/${dossier.id}/actions/${action}`, { data: { version: dossier.version, ...body } });
  expect(response.status(), `${action}: ${await response.text()}`).toBe(200);
  return response.json();
}

/** The QR code's text, read back from the SVG the receipt shows (qrcode's one path of module runs). */
function readQr(dataUrl: string): string {
  const svg = decodeURIComponent(dataUrl.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const path = /stroke="#000000" d="([^"]+)"/.exec(svg)![1]!;
  const dark = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])([\d.]+)(?: ([\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b)];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else for (let i = 0; i < Number(a); i++) dark[Math.floor(y)]![x++] = true;
  }
  // Four pixels a module and a white quiet zone, as a camera would see the paper.
  const scale = 4;
  const quiet = 4;
  const width = (size + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      if (!dark[row]![column]) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const offset = (((row + quiet) * scale + dy) * width + (column + quiet) * scale + dx) * 4;
          pixels.fill(0, offset, offset + 3);
        }
      }
    }
  }
  const code = jsQR(pixels, width, width);
  expect(code, 'the QR code reads').not.toBeNull();
  return code!.data;
}

test('the QR code on the receipt opens the public lookup, which shows the status once the last 4 digits are typed', async ({ browser, baseURL }) => {
  const desk = await signedIn(browser, 'motcua1');
  const dossier = await receive(desk.request, '1.004873', '0968123457');
  await desk.goto(`/in/ho-so/${dossier.id}/bien-nhan`);
  const qr = desk.getByRole('img', { name: `Mã QR của mã hồ sơ ${dossier.code}` });
  await expect(qr).toBeVisible();
  const url = readQr((await qr.getAttribute('src'))!);
  expect(url).toBe(`${baseURL}/tra-cuu?ma=${encodeURIComponent(dossier.code)}`);

  // The applicant's phone: no session, a narrow screen.
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  await phone.goto(url);
  await expect(phone.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeVisible();
  await expect(phone.getByText(dossier.code)).toBeVisible();
  const digits = phone.getByRole('textbox', { name: '4 chữ số cuối' });
  await expect(digits).toBeFocused();
  await phone.screenshot({ path: `${shots}/lookup-390-form.png`, fullPage: true });
  await digits.fill('0000');
  await phone.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(phone.getByRole('alert')).toContainText('Không tìm thấy hồ sơ');
  await digits.fill('3457');
  await phone.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(phone.getByRole('heading', { name: 'Đã tiếp nhận, đang chuyển xử lý' })).toBeVisible();
  await expect(phone.getByText('Cấp Giấy xác nhận tình trạng hôn nhân')).toBeVisible();
  await expect(phone.getByRole('heading', { name: 'Quá trình giải quyết' })).toBeVisible();
  // Nothing personal on the page: neither the phone nor the ID number nor the officer.
  const text = await phone.locator('body').innerText();
  expect(text).not.toContain('0968123457');
  expect(text).not.toContain('001190012345');
  expect(text).not.toContain('Nguyễn Thị Thu Hà');
  const scrollWidth = await phone.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, 'no sideways scrolling at 390 px').toBeLessThanOrEqual(390);
  await phone.screenshot({ path: `${shots}/lookup-390-result.png`, fullPage: true });

  const wide = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await wide.goto(url);
  await wide.getByRole('textbox', { name: '4 chữ số cuối' }).fill('2345');
  await wide.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(wide.getByRole('heading', { name: 'Đã tiếp nhận, đang chuyển xử lý' })).toBeVisible();
  await wide.screenshot({ path: `${shots}/lookup-1440-result.png`, fullPage: true });
});

test('a rating given on the counter tablet appears in the overview', async ({ browser }) => {
  test.setTimeout(120_000);
  const desk = await signedIn(browser, 'motcua1');
  const head = await signedIn(browser, 'truongvp');
  const handler = await signedIn(browser, 'hotich');
  const chair = await signedIn(browser, 'chutich');
  const handlerId = ((await (await handler.request.get('/api/auth/me')).json()) as { id: string }).id;
  let dossier = await receive(desk.request, '1.004873', '0968123458', '001190012346');
  dossier = await step(desk.request, dossier, 'hand_over');
  dossier = await step(head.request, dossier, 'assign', { handlerId });
  dossier = await step(handler.request, dossier, 'submit_result', { kind: 'granted', number: '9/XNTTHN', summary: 'Cấp giấy xác nhận' });
  dossier = await step(chair.request, dossier, 'approve');

  // The tablet waits in the desk officer's session; the result is handed over at the desk.
  const tablet = await signedIn(browser, 'motcua1', { width: 820, height: 1180 });
  await tablet.goto('/quay/danh-gia');
  await expect(tablet.getByRole('heading', { name: 'Mời ông/bà đánh giá sau khi nhận kết quả' })).toBeVisible();
  await tablet.screenshot({ path: `${shots}/counter-820-waiting.png` });
  dossier = await step(desk.request, dossier, 'return_result', { method: 'desk', recipient: 'Trịnh Thị Thu' });
  await expect(tablet.getByText(dossier.code)).toBeVisible({ timeout: 15_000 });
  // The applicant taps the face; the scale is a radio group underneath.
  await tablet.getByText('Không hài lòng', { exact: true }).click();
  await expect(tablet.getByRole('radio', { name: 'Không hài lòng', exact: true })).toBeChecked();
  const comment = `Phải chờ lâu ở quầy (${dossier.code})`;
  await tablet.getByRole('textbox', { name: 'Góp ý (không bắt buộc)' }).fill(comment);
  await tablet.screenshot({ path: `${shots}/counter-820-rating.png` });
  await tablet.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(tablet.getByRole('heading', { name: 'Cảm ơn ông/bà!' })).toBeVisible();
  await tablet.screenshot({ path: `${shots}/counter-820-thanks.png` });
  // It resets itself for the next citizen.
  await expect(tablet.getByRole('heading', { name: 'Mời ông/bà đánh giá sau khi nhận kết quả' })).toBeVisible({ timeout: 15_000 });

  await chair.goto('/tong-quan');
  // A busy machine takes a while to compute a month of figures.
  await expect(chair.getByRole('heading', { name: 'Chỉ số trong kỳ' })).toBeVisible({ timeout: 30_000 });
  const ratings = chair.getByRole('region', { name: 'Đánh giá của công dân' });
  await expect(ratings.getByText(`“${comment}”`)).toBeVisible();
  await expect(chair.getByRole('region', { name: 'Mức độ hài lòng' })).toBeVisible();
  await chair.screenshot({ path: `${shots}/overview-1440-satisfaction.png`, fullPage: true });
  await ratings.getByRole('link', { name: dossier.code }).click();
  await expect(chair.getByRole('heading', { level: 1, name: dossier.code })).toBeVisible();
  await expect(chair.getByRole('region', { name: 'Đánh giá của công dân' })).toContainText('2/5');
});

test('the desk records a fee payment and prints its receipt', async ({ browser }) => {
  const desk = await signedIn(browser, 'motcua1');
  const dossier = await receive(desk.request, '1.004859', '0968123459'); // 28.000 đ, due at receipt
  await desk.goto(`/ho-so/${dossier.id}`);
  const fees = desk.getByRole('region', { name: 'Phí, lệ phí' });
  await expect(fees).toContainText('Chưa nộp');
  await fees.getByRole('button', { name: 'Ghi nhận nộp phí' }).click();
  const dialog = desk.getByRole('dialog', { name: 'Thu phí, lệ phí' });
  await expect(dialog.getByRole('textbox', { name: 'Số tiền (đồng)' })).toHaveValue('28.000');
  await dialog.getByRole('textbox', { name: 'Số biên lai' }).fill('0012345');
  await dialog.getByRole('button', { name: 'Ghi nhận đã thu' }).click();
  const print = dialog.getByRole('link', { name: 'In biên lai thu phí, lệ phí' });
  await expect(print).toBeVisible();
  const [receipt] = await Promise.all([desk.context().waitForEvent('page'), print.click()]);
  const sheet = receipt.getByRole('article', { name: 'BIÊN LAI THU TIỀN PHÍ, LỆ PHÍ' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Số: 0012345');
  await expect(sheet.getByTestId('fee-receipt-amount')).toHaveText('28.000 đồng');
  await expect(sheet).toContainText('Hai mươi tám nghìn đồng');
  await expect(sheet).toContainText('Hình thức thanh toán: Tiền mặt');
  await expect(sheet).toContainText('Nguyễn Thị Thu Hà');
  await sheet.screenshot({ path: `${shots}/fee-receipt.png` });
  await receipt.screenshot({ path: `${shots}/fee-receipt-page.png`, fullPage: true });

  await desk.getByRole('button', { name: 'Đóng', exact: true }).click();
  await expect(fees).toContainText('Đã nộp đủ');
  await expect(fees).toContainText('Biên lai số 0012345');
  await desk.screenshot({ path: `${shots}/dossier-1440-fees.png`, fullPage: true });
});

test('an online payment the portal reports twice is recorded once, and the dossier shows it paid online', async ({ browser }) => {
  const desk = await signedIn(browser, 'motcua1');
  const dossier = await receive(desk.request, '2.000720', '0968123460'); // 100.000 đ
  const report = { transactionId: `E2E-${dossier.code}`, dossierCode: dossier.code, amount: 100_000, paidAt: new Date().toISOString() };
  const first = await desk.request.post('/api/portal/payments', { headers: { 'x-api-key': portalKey }, data: report });
  expect(first.status()).toBe(201);
  const again = await desk.request.post('/api/portal/payments', { headers: { 'x-api-key': portalKey }, data: report });
  expect(again.status()).toBe(200);
  const recorded = await first.json();
  expect(await again.json()).toEqual({ ...recorded, created: false });
  await desk.goto(`/ho-so/${dossier.id}`);
  const fees = desk.getByRole('region', { name: 'Phí, lệ phí' });
  await expect(fees).toContainText('Đã nộp đủ');
  await expect(fees).toContainText('Nộp trực tuyến');
  await expect(fees.getByText(`Giao dịch ${report.transactionId}`)).toHaveCount(1);
  await expect(fees.getByRole('button', { name: 'Ghi nhận nộp phí' })).toHaveCount(0);
});
