import type { Browser, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// One dossier through every hand, each person in their own browser (separate contexts, as
// at the desk), then the online intake outcomes from the desk's queue. Real server, real
// clock: assertions read what the page shows rather than computing dates.

const password = 'motcua2026';
const portalKey = 'demo-portal-key';

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.request.post('/api/auth/login', { data: { username, password } });
  expect(response.ok(), `login ${username}`).toBe(true);
  return page;
}

async function openDossier(page: Page, id: string, code: string) {
  await page.goto(`/ho-so/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: code })).toBeVisible();
}

/** Opens a step from the primary button or the "Thao tác khác" menu; returns its dialog. */
async function startStep(page: Page, label: string, fromMenu = false): Promise<Locator> {
  if (fromMenu) {
    await page.getByRole('button', { name: 'Thao tác khác' }).click();
    await page.getByRole('menuitem', { name: label }).click();
  } else {
    await page.getByRole('button', { name: label, exact: true }).click();
  }
  const dialog = page.getByRole('dialog', { name: label });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function expectClosed(page: Page) {
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

function summary(page: Page, code: string) {
  return page.getByRole('region', { name: code });
}

async function newPortalSubmission(page: Page, name: string) {
  const response = await page.request.post('/api/portal/submissions', {
    headers: { 'x-api-key': portalKey },
    data: {
      submissionId: `E2E-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
      procedureCode: '1.004873',
      applicant: { name, phone: '0912000111', address: 'Thôn Đồng Tâm, xã Hoàng An' },
      returnMethod: 'online',
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { dossierId: string; code: string };
}

test('a walk-in dossier goes desk → department → handler → supplement → chairperson (and back) → citizen', async ({ browser }) => {
  test.setTimeout(240_000);
  const desk = await signedIn(browser, 'motcua1');
  const head = await signedIn(browser, 'truongvp');
  const handler = await signedIn(browser, 'hotich');
  const chair = await signedIn(browser, 'chutich');

  // The desk receives a walk-in (through the API: the intake form is another screen's subject).
  const procedures = (await (await desk.request.get('/api/procedures')).json()) as {
    id: string;
    code: string;
    documents: { id: string; defaultForm: string }[];
  }[];
  const procedure = procedures.find((p) => p.code === '1.004873')!;
  const received = await desk.request.post('/api/dossiers', {
    data: {
      procedureId: procedure.id,
      channel: 'walk_in',
      applicant: { name: 'Phạm Thị Lan', idNumber: '010192004321', phone: '0977123456', address: 'Thôn Đồng Tâm' },
      documents: procedure.documents.map((d) => ({ procedureDocumentId: d.id, received: true, form: d.defaultForm, count: 1 })),
      returnMethod: 'desk',
    },
  });
  expect(received.status()).toBe(201);
  const { id, code } = (await received.json()) as { id: string; code: string };

  // Desk: hand over to the deciding department.
  await openDossier(desk, id, code);
  await expect(desk.getByRole('link', { name: 'In biên nhận (mẫu 01)' })).toHaveAttribute('href', `/in/ho-so/${id}/bien-nhan`);
  let dialog = await startStep(desk, 'Chuyển phòng chuyên môn');
  await expect(dialog.getByRole('combobox', { name: 'Phòng chuyên môn giải quyết' })).toHaveValue('Văn phòng HĐND và UBND xã');
  await dialog.getByRole('button', { name: 'Chuyển hồ sơ' }).click();
  await expectClosed(desk);
  await expect(summary(desk, code).getByText('Chờ phân công', { exact: true })).toBeVisible();

  // Department head: assign the handler.
  await openDossier(head, id, code);
  dialog = await startStep(head, 'Phân công xử lý');
  await dialog.getByRole('combobox', { name: 'Chuyên viên xử lý' }).click();
  await head.getByRole('option', { name: /Trần Thị Mai/ }).click();
  await dialog.getByRole('button', { name: 'Phân công', exact: true }).click();
  await expectClosed(head);
  await expect(summary(head, code).getByText('Trần Thị Mai', { exact: true })).toBeVisible();

  // Handler: ask for a supplement (form 02).
  await openDossier(handler, id, code);
  dialog = await startStep(handler, 'Yêu cầu bổ sung', true);
  await dialog.getByRole('textbox', { name: 'Tên giấy tờ 1' }).fill('Bản sao giấy chứng tử của chồng');
  await dialog.getByRole('textbox', { name: 'Lý do' }).fill('Thiếu giấy tờ chứng minh tình trạng hôn nhân');
  await dialog.getByRole('button', { name: 'Gửi yêu cầu bổ sung' }).click();
  await expect(dialog.getByRole('link', { name: 'In phiếu yêu cầu bổ sung (mẫu 02)' })).toHaveAttribute('href', new RegExp(`/in/ho-so/${id}/yeu-cau-bo-sung/`));
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(summary(handler, code).getByText('Chờ bổ sung', { exact: true })).toBeVisible();

  // Desk: the applicant brings the document; the appointment moves by the paused working time.
  // On the real clock the pause is any number of milliseconds (seconds and fractions of a
  // second when both steps fall in office hours, none at night), so compare the API's
  // instants: the screen shows minutes.
  await openDossier(desk, id, code);
  type Detail = { appointmentAt: string; events: { action: string; details: { pausedWorkingMs?: number } }[] };
  const beforeSupplement = (await (await desk.request.get(`/api/dossiers/${id}`)).json()) as Detail;
  dialog = await startStep(desk, 'Nhận hồ sơ bổ sung');
  await dialog.getByRole('button', { name: 'Xác nhận đã nhận bổ sung' }).click();
  await expect(dialog.getByText('Đã thực hiện: Nhận hồ sơ bổ sung')).toBeVisible();
  const afterSupplement = (await (await desk.request.get(`/api/dossiers/${id}`)).json()) as Detail;
  const paused = afterSupplement.events.at(-1)!.details.pausedWorkingMs;
  expect(paused, 'the paused working time is recorded, in ms').toBeGreaterThanOrEqual(0);
  const moved = Date.parse(afterSupplement.appointmentAt) - Date.parse(beforeSupplement.appointmentAt);
  // Outside office hours no working time passes between the two steps: then it must not move.
  if (paused! > 0) expect(moved).toBeGreaterThanOrEqual(paused!);
  else expect(moved).toBe(0);
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(desk.getByRole('list', { name: 'Lịch sử xử lý' }).getByRole('heading', { name: 'Nhận hồ sơ bổ sung' })).toBeVisible();

  // Handler: submit the draft result.
  await handler.reload();
  dialog = await startStep(handler, 'Trình ký');
  await dialog.getByRole('textbox', { name: 'Số, ký hiệu văn bản' }).fill('25/XNTTHN');
  await dialog.getByRole('textbox', { name: 'Nội dung kết quả' }).fill('Cấp giấy xác nhận tình trạng hôn nhân');
  await dialog.getByRole('button', { name: 'Trình ký' }).click();
  await expectClosed(handler);
  await expect(summary(handler, code).getByText('Chờ phê duyệt', { exact: true })).toBeVisible();

  // Chairperson: send it back with a note.
  await openDossier(chair, id, code);
  dialog = await startStep(chair, 'Trả lại chuyên viên', true);
  await expect(dialog.getByText('Cấp giấy xác nhận tình trạng hôn nhân')).toBeVisible();
  await dialog.getByRole('button', { name: 'Trả lại chuyên viên' }).click();
  await expect(dialog.getByText('Vui lòng ghi rõ nội dung cần chỉnh sửa')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Nội dung cần chỉnh sửa' }).fill('Ghi rõ nơi cư trú trước đây');
  await dialog.getByRole('button', { name: 'Trả lại chuyên viên' }).click();
  await expectClosed(chair);

  // Handler: revise and resubmit (the form starts from the earlier draft).
  await handler.reload();
  dialog = await startStep(handler, 'Trình ký');
  await expect(dialog.getByRole('textbox', { name: 'Số, ký hiệu văn bản' })).toHaveValue('25/XNTTHN');
  await dialog.getByRole('textbox', { name: 'Nội dung kết quả' }).fill('Cấp giấy xác nhận tình trạng hôn nhân (đã bổ sung nơi cư trú)');
  await dialog.getByRole('button', { name: 'Trình ký' }).click();
  await expectClosed(handler);

  // Chairperson: approve.
  await chair.reload();
  dialog = await startStep(chair, 'Phê duyệt');
  await dialog.getByRole('button', { name: 'Phê duyệt' }).click();
  await expectClosed(chair);
  await expect(summary(chair, code).getByText('Có kết quả, chờ trả', { exact: true })).toBeVisible();

  // Desk: return the result to the applicant.
  await desk.reload();
  dialog = await startStep(desk, 'Trả kết quả');
  await expect(dialog.getByRole('textbox', { name: 'Người nhận kết quả' })).toHaveValue('Phạm Thị Lan');
  await dialog.getByRole('button', { name: 'Xác nhận đã trả kết quả' }).click();
  await expectClosed(desk);
  await expect(summary(desk, code).getByText('Đã trả kết quả', { exact: true })).toBeVisible();

  // The history and the control slip show every step and every handoff.
  const steps = [
    'Tiếp nhận hồ sơ',
    'Chuyển phòng chuyên môn',
    'Phân công xử lý',
    'Yêu cầu bổ sung',
    'Nhận hồ sơ bổ sung',
    'Trình ký',
    'Trả lại chuyên viên',
    'Trình ký',
    'Phê duyệt',
    'Trả kết quả',
  ];
  const history = desk.getByRole('list', { name: 'Lịch sử xử lý' });
  await expect(history.getByRole('heading', { level: 3 })).toHaveText([...steps].reverse());
  const slip = desk.getByRole('table', { name: /Phiếu kiểm soát quá trình giải quyết/ });
  const legs = slip.getByRole('row').filter({ has: desk.getByRole('cell') });
  await expect(legs).toHaveCount(steps.length);
  for (const [index, step] of steps.entries()) await expect(legs.nth(index)).toContainText(step);
  await expect(legs.nth(2)).toContainText('Văn phòng HĐND-UBND → Trần Thị Mai');
  await expect(legs.nth(6)).toContainText('Đỗ Mạnh Cường → Trần Thị Mai');
  await expect(desk.getByRole('region', { name: 'Phiếu kiểm soát' }).getByRole('link', { name: 'In phiếu kiểm soát (mẫu 06)' })).toHaveAttribute(
    'href',
    `/in/ho-so/${id}/phieu-kiem-soat`,
  );
  await expect(desk.getByText('Bạn không có thao tác nào với hồ sơ ở trạng thái hiện tại.')).toBeVisible();
});

test('the desk accepts, asks to complete and refuses online dossiers from the intake queue', async ({ browser }) => {
  test.setTimeout(120_000);
  const desk = await signedIn(browser, 'motcua1');
  const toAccept = await newPortalSubmission(desk, 'Lương Thị Hoa');
  const toComplete = await newPortalSubmission(desk, 'Đinh Văn Bảo');
  const toRefuse = await newPortalSubmission(desk, 'Tạ Minh Châu');

  await desk.goto('/ho-so?status=awaiting_intake&sort=received_at&order=desc');
  const queue = desk.getByRole('table', { name: /Danh sách hồ sơ/ });

  // Accept from the row: the clock starts, the receipt can be printed.
  await queue.getByRole('button', { name: `Tiếp nhận hồ sơ ${toAccept.code}` }).click();
  let dialog = desk.getByRole('dialog', { name: 'Tiếp nhận hồ sơ trực tuyến' });
  await dialog.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  await expect(dialog.getByRole('link', { name: 'In biên nhận (mẫu 01)' })).toHaveAttribute('href', `/in/ho-so/${toAccept.dossierId}/bien-nhan`);
  await expect(dialog.getByText(/Ngày hẹn trả kết quả: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(queue.getByRole('link', { name: toAccept.code })).toHaveCount(0);

  // Refuse from the row menu (form 03).
  await queue.getByRole('button', { name: `Thao tác khác với hồ sơ ${toRefuse.code}` }).click();
  await desk.getByRole('menuitem', { name: 'Từ chối tiếp nhận' }).click();
  dialog = desk.getByRole('dialog', { name: 'Từ chối tiếp nhận' });
  await dialog.getByRole('textbox', { name: 'Lý do từ chối tiếp nhận' }).fill('Thủ tục không thuộc thẩm quyền giải quyết của xã');
  await dialog.getByRole('button', { name: 'Từ chối tiếp nhận' }).click();
  await expect(dialog.getByRole('link', { name: 'In phiếu từ chối (mẫu 03)' })).toHaveAttribute('href', `/in/ho-so/${toRefuse.dossierId}/tu-choi`);
  await dialog.getByRole('button', { name: 'Đóng' }).click();

  // Ask to complete from the dossier page (form 02), picking a missing checklist item.
  await openDossier(desk, toComplete.dossierId, toComplete.code);
  dialog = await startStep(desk, 'Yêu cầu hoàn thiện hồ sơ', true);
  await dialog.getByText('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', { exact: true }).click();
  await expect(dialog.getByRole('textbox', { name: 'Tên giấy tờ 2' })).not.toHaveValue('');
  await dialog.getByRole('button', { name: 'Bỏ giấy tờ 1' }).click();
  await dialog.getByRole('textbox', { name: 'Lý do' }).fill('Tờ khai chưa có chữ ký của người yêu cầu');
  await dialog.getByRole('button', { name: 'Gửi yêu cầu hoàn thiện' }).click();
  await expect(dialog.getByRole('link', { name: 'In phiếu yêu cầu hoàn thiện (mẫu 02)' })).toHaveAttribute(
    'href',
    new RegExp(`/in/ho-so/${toComplete.dossierId}/yeu-cau-bo-sung/`),
  );
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(summary(desk, toComplete.code).getByText('Chờ hoàn thiện hồ sơ', { exact: true })).toBeVisible();
  await expect(desk.getByRole('button', { name: /Biểu mẫu khác/ })).toBeVisible();

  const refused = (await (await desk.request.get(`/api/dossiers/${toRefuse.dossierId}`)).json()) as { status: string };
  expect(refused.status).toBe('refused');
});
