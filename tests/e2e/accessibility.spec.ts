import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { AxeAudit } from './axe-audit.ts';

// Every screen and every dialog, as each role sees them, in the light and the dark colour
// scheme: axe-core must find no serious or critical violation. Nothing is submitted: each
// dialog is opened, checked and closed with Esc (which also proves one Esc closes it).

const password = 'motcua2026';

interface Person {
  username: string;
  role: 'desk_officer' | 'department_head' | 'handler' | 'chairperson' | 'admin';
  /** Queues (API names) whose first dossier is opened, with every step it offers. */
  dossierQueues: readonly string[];
}

const people: readonly Person[] = [
  { username: 'motcua1', role: 'desk_officer', dossierQueues: ['online_intake', 'to_hand_over', 'awaiting_supplement', 'to_return', 'withdrawn_stopped'] },
  { username: 'truongvp', role: 'department_head', dossierQueues: ['awaiting_assignment', 'in_department'] },
  { username: 'hotich', role: 'handler', dossierQueues: ['mine'] },
  { username: 'chutich', role: 'chairperson', dossierQueues: ['awaiting_approval', 'late'] },
  { username: 'admin', role: 'admin', dossierQueues: ['all'] },
];

type Scheme = 'light' | 'dark';

interface ListPage {
  items: { id: string; code: string; status: string }[];
}

interface Detail {
  id: string;
  code: string;
  status: string;
  events: { id: string; action: string }[];
  applicant: { idNumber: string | null; phone: string | null };
  payments: { eventId: string; method: string }[];
}

async function detailOf(page: Page, id: string): Promise<Detail> {
  const response = await page.request.get(`/api/dossiers/${id}`);
  expect(response.ok(), `dossier ${id}`).toBe(true);
  return (await response.json()) as Detail;
}

async function signedIn(browser: Browser, scheme: Scheme, username?: string): Promise<Page> {
  const context = await browser.newContext({ colorScheme: scheme });
  // The app's own colour-scheme choice, as the user menu stores it.
  await context.addInitScript((value) => window.localStorage.setItem('mantine-color-scheme-value', value), scheme);
  const page = await context.newPage();
  if (username) {
    const response = await page.request.post('/api/auth/login', { data: { username, password } });
    expect(response.ok(), `login ${username}`).toBe(true);
  }
  return page;
}

async function firstOf(page: Page, query: string): Promise<ListPage['items'][number] | undefined> {
  const response = await page.request.get(`/api/dossiers?${query}&pageSize=1`);
  expect(response.ok(), query).toBe(true);
  return ((await response.json()) as ListPage).items[0];
}

/** Waits until the page shows its content rather than a skeleton or a loader. */
async function settled(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

async function expectNoDialog(page: Page) {
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** Opens what `open` opens (a dialog), checks it, and closes it with one Esc. */
async function checkDialog(page: Page, audit: AxeAudit, where: string, open: () => Promise<void>) {
  await open();
  const dialog = page.getByRole('dialog').last();
  await expect(dialog).toBeVisible();
  await settled(page);
  // The page behind was checked on its own: only the dialog now.
  await audit.check(where, '[role="dialog"]');
  await page.keyboard.press('Escape');
  await expectNoDialog(page);
}

/** The dossier page and the dialog of every step it offers. */
async function checkDossier(page: Page, audit: AxeAudit, where: string, id: string) {
  await page.goto(`/ho-so/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await settled(page);
  await audit.check(where);

  const actions = page.getByRole('region', { name: 'Thao tác với hồ sơ' });
  const more = actions.getByRole('button', { name: 'Thao tác khác' });
  // The step buttons: not the menus (more steps, more forms to print), not the draft result's downloads.
  const stepButtons = actions.locator('button:not([aria-haspopup]):not([aria-labelledby="draft-result"] *)');
  const forms = actions.getByRole('button', { name: /^Biểu mẫu khác/ });
  if ((await forms.count()) > 0) {
    await forms.click();
    await expect(page.getByRole('menu')).toBeVisible();
    await audit.check(`${where}, menu "Biểu mẫu khác"`, '[role="menu"]');
    await page.keyboard.press('Escape');
  }
  const direct = await stepButtons.count();
  for (let index = 0; index < direct; index += 1) {
    const button = stepButtons.nth(index);
    const name = (await button.textContent())?.trim() ?? '';
    await checkDialog(page, audit, `${where}, dialog "${name}"`, () => button.click());
  }
  // The fees card's payment dialog and the digitisation's reuse menu, where the dossier has them.
  const record = page.getByRole('region', { name: 'Phí, lệ phí' }).getByRole('button', { name: 'Ghi nhận nộp phí' });
  if ((await record.count()) > 0) await checkDialog(page, audit, `${where}, dialog "Ghi nhận nộp phí"`, () => record.click());
  const reuse = page.getByRole('button', { name: /^Dùng lại bản đã số hóa cho:/ });
  if ((await reuse.count()) > 0) {
    await reuse.first().click();
    await expect(page.getByRole('menu')).toBeVisible();
    await audit.check(`${where}, menu "Dùng lại"`, '[role="menu"]');
    await page.keyboard.press('Escape');
  }
  if ((await more.count()) === 0) return;
  await more.click();
  const items = page.getByRole('menuitem');
  await expect(items.first()).toBeVisible();
  await audit.check(`${where}, menu "Thao tác khác"`, '[role="menu"]');
  const names = (await items.allTextContents()).map((text) => text.trim());
  await page.keyboard.press('Escape');
  for (const name of names) {
    await checkDialog(page, audit, `${where}, dialog "${name}"`, async () => {
      await more.click();
      await page.getByRole('menuitem', { name, exact: true }).click();
    });
  }
}

async function checkList(page: Page, audit: AxeAudit, person: Person) {
  const navigation = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await page.goto('/ho-so');
  await expect(navigation).toBeVisible();
  await settled(page);
  await audit.check('list: all dossiers');

  // Every queue of the role, from the navigation.
  const queueLinks = navigation.getByRole('list', { name: 'Việc cần làm' }).getByRole('link');
  const queueNames = (await queueLinks.allTextContents()).map((text) => text.replace(/\d+$/, '').trim());
  expect(queueNames.length).toBeGreaterThan(0);
  for (let index = 0; index < queueNames.length; index += 1) {
    await queueLinks.nth(index).click();
    // The new queue's title, then its rows (not the previous queue's, dimmed while it loads).
    await expect(page.getByRole('heading', { level: 1 })).toContainText(queueNames[index]!);
    await settled(page);
    await audit.check(`queue "${queueNames[index]}"`);
  }

  // The list's panels and menus.
  await page.goto('/ho-so');
  await settled(page);
  await page.getByRole('button', { name: 'Bộ lọc', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Lĩnh vực' }).or(page.getByRole('combobox', { name: 'Lĩnh vực' }))).toBeVisible();
  await audit.check('list: filter panel');
  await page.getByRole('button', { name: /^Ngày tiếp nhận/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await audit.check('list: filter panel, date range picker', '[role="dialog"]');
  await page.keyboard.press('Escape');
  await expectNoDialog(page);
  await page.getByRole('button', { name: 'Lưu bộ lọc' }).click();
  await expect(page.getByRole('textbox', { name: 'Tên bộ lọc' })).toBeVisible();
  await audit.check('list: save the filters');
  await page.keyboard.press('Escape');
  await expectNoDialog(page);
  await page.getByRole('button', { name: 'Bộ lọc đã lưu' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await audit.check('list: saved filters menu', '[role="menu"]');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);

  // The keyboard tools of every page.
  await checkDialog(page, audit, 'keyboard shortcuts', () => page.keyboard.press('Shift+?'));
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('textbox', { name: 'Bảng lệnh' });
  await palette.fill('ho so');
  await expect(page.getByRole('dialog').getByRole('button').first()).toBeVisible();
  await audit.check('command palette', '[role="dialog"]');
  await page.keyboard.press('Escape');
  await expectNoDialog(page);

  await page.getByRole('button', { name: /^Tài khoản/ }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await audit.check('user menu', '[role="menu"]');
  await page.keyboard.press('Escape');

  if (person.role === 'desk_officer') {
    // The online intake queue's row actions.
    await page.goto('/ho-so?queue=online_intake');
    await settled(page);
    const accept = page.getByRole('button', { name: /^Tiếp nhận hồ sơ / }).first();
    if ((await accept.count()) > 0) {
      await checkDialog(page, audit, 'online intake queue: accept from the row', () => accept.click());
      await page.getByRole('button', { name: /^Thao tác khác với hồ sơ/ }).first().click();
      await expect(page.getByRole('menu')).toBeVisible();
      await audit.check('online intake queue: row menu', '[role="menu"]');
      await page.keyboard.press('Escape');
    }
  }
  const bulk = { department_head: ['awaiting_assignment', 'Phân công'], chairperson: ['awaiting_approval', 'Phê duyệt'] } as const;
  if (person.role === 'department_head' || person.role === 'chairperson') {
    const [queue, label] = bulk[person.role];
    await page.goto(`/ho-so?queue=${queue}`);
    await settled(page);
    const boxes = page.getByRole('checkbox', { name: /^Chọn hồ sơ / });
    await expect(boxes.first()).toBeVisible();
    await boxes.first().check();
    await audit.check(`queue ${queue}: a row ticked`);
    await checkDialog(page, audit, `queue ${queue}: bulk dialog`, () =>
      page.getByRole('button', { name: new RegExp(`^${label}`) }).first().click(),
    );
  }
}

async function checkIntake(page: Page, audit: AxeAudit) {
  // An open dossier of the person typed below, same procedure: the duplicate warning (further down).
  const procedures = (await (await page.request.get('/api/procedures')).json()) as { id: string; name: string; documents: { id: string; defaultForm: string }[] }[];
  const procedure = procedures.find((candidate) => /xác nhận tình trạng hôn nhân/i.test(candidate.name))!;
  const earlier = await page.request.post('/api/dossiers', {
    data: {
      procedureId: procedure.id,
      channel: 'walk_in',
      applicant: { name: 'Vũ Thị Thanh Hằng', idNumber: '010190054321', address: 'Thôn Tân Lập, xã Hoàng An' },
      documents: procedure.documents.map((document) => ({ procedureDocumentId: document.id, received: true, form: document.defaultForm, count: 1 })),
      returnMethod: 'desk',
    },
  });
  // 409 when the other colour scheme's run already received it: the warning is there either way.
  expect([201, 409], await earlier.text()).toContain(earlier.status());
  await page.goto('/tiep-nhan');
  const picker = page.getByRole('combobox', { name: /Thủ tục/ });
  await expect(picker).toBeVisible();
  await audit.check('intake: empty form');
  await picker.click();
  await picker.fill('xac nhan tinh trang');
  await audit.check('intake: procedure picker open');
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: /^Họ và tên/ }).fill('Vũ Thị Thanh Hằng');
  await page.getByRole('textbox', { name: 'Số định danh cá nhân', exact: true }).fill('010190054321');
  await page.getByRole('textbox', { name: /^Địa chỉ/ }).fill('Thôn Tân Lập, xã Hoàng An');
  await audit.check('intake: filled form');
  // Nothing ticked: the primary action is the guidance slip (form 02).
  await checkDialog(page, audit, 'intake: guidance slip dialog', () => page.getByRole('button', { name: /phiếu hướng dẫn/i }).click());
  await checkDialog(page, audit, 'intake: refusal dialog', () => page.getByRole('button', { name: /^Từ chối tiếp nhận/ }).click());

  await page.getByRole('textbox', { name: 'Số định danh cá nhân', exact: true }).fill('');
  await page.getByRole('textbox', { name: 'Số định danh cá nhân', exact: true }).fill('010190054321');
  await expect(page.getByRole('alert', { name: /^Người này đang có/ })).toBeVisible({ timeout: 15_000 });
  await settled(page);
  await audit.check('intake: duplicate warning');

  // A citizen ID card read by the scanner: the notice of what it filled.
  await page.getByRole('textbox', { name: /^Họ và tên/ }).focus();
  await page.keyboard.type('019190004276|019190004|Đinh Thị Ngọc Ánh|23061990|Nữ|Thôn Tân Lập, xã Hoàng An, tỉnh Lào Cai|15082021');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert', { name: 'Đã điền chủ hồ sơ từ thẻ căn cước' })).toBeVisible();
  await settled(page);
  await audit.check('intake: filled from a citizen ID card');
}

/** The desk's pages about citizens: a person's dossiers, the counter tablet, a fee receipt. */
async function checkCitizenPages(page: Page, audit: AxeAudit) {
  const list = (await (await page.request.get('/api/dossiers?status=returned&pageSize=20')).json()) as ListPage;
  let idNumber: string | null = null;
  for (const item of list.items) {
    idNumber = (await detailOf(page, item.id)).applicant.idNumber;
    if (idNumber) break;
  }
  expect(idNumber, 'a returned dossier with an ID number').not.toBeNull();
  await page.goto(`/cong-dan/${idNumber}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await settled(page);
  await audit.check("person's page");

  await page.goto('/quay/danh-gia');
  await expect(page.getByRole('heading', { name: 'Mời ông/bà đánh giá sau khi nhận kết quả' })).toBeVisible();
  await audit.check('counter tablet: waiting');

  // A fee paid at the desk (one paid online has the portal's receipt, not the desk's).
  const paid = (await (await page.request.get('/api/dossiers?fee=paid&pageSize=30')).json()) as ListPage;
  let receipt: string | null = null;
  for (const item of paid.items) {
    const payment = (await detailOf(page, item.id)).payments.find((candidate) => candidate.method !== 'online');
    if (payment) {
      receipt = `/in/ho-so/${item.id}/bien-lai/${payment.eventId}`;
      break;
    }
  }
  expect(receipt, 'a fee paid at the desk').not.toBeNull();
  await page.goto(receipt!);
  await expect(page.getByRole('button', { name: /^In/ }).first()).toBeEnabled();
  await audit.check('print view: fee receipt');
}

/** Every administration page of the navigation, its add, edit and delete dialogs, and the users' row menu. */
async function checkAdministration(page: Page, audit: AxeAudit) {
  await page.goto('/ho-so');
  const navigation = page.getByRole('navigation', { name: 'Điều hướng chính' });
  const links = navigation.getByRole('list', { name: 'Quản trị' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const names = (await links.allTextContents()).map((text) => text.trim());
  expect(names.length).toBeGreaterThanOrEqual(6);
  const main = page.locator('#main-content');
  for (const name of names) {
    await navigation.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await settled(page);
    await audit.check(`administration: ${name}`);
    for (const opener of [/^Thêm/, /^Sửa /, /^Xóa /]) {
      const button = main.getByRole('button', { name: opener }).first();
      if ((await button.count()) === 0) continue;
      const label = (await button.getAttribute('aria-label')) ?? (await button.textContent())?.trim() ?? '';
      await checkDialog(page, audit, `administration: ${name}, dialog "${label}"`, () => button.click());
    }
    const rowMenu = main.getByRole('button', { name: /^Thao tác khác với tài khoản/ }).first();
    if ((await rowMenu.count()) > 0) {
      await rowMenu.click();
      await expect(page.getByRole('menu')).toBeVisible();
      await audit.check(`administration: ${name}, row menu`, '[role="menu"]');
      const items = (await page.getByRole('menuitem').filter({ hasNot: page.locator('[data-disabled]') }).allTextContents()).map((text) => text.trim());
      await page.keyboard.press('Escape');
      for (const item of items.filter((text) => !/^Mở khóa/.test(text))) {
        await checkDialog(page, audit, `administration: ${name}, dialog "${item}"`, async () => {
          await rowMenu.click();
          await page.getByRole('menuitem', { name: item, exact: true }).click();
        });
      }
    }
  }
  // The procedure's own pages: a new one, the catalogue import, an existing one.
  for (const [name, path] of [['new procedure', '/quan-tri/thu-tuc/them'], ['catalogue import', '/quan-tri/thu-tuc/nhap']] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await settled(page);
    await audit.check(`administration: ${name}`);
  }
  await page.goto('/quan-tri/thu-tuc');
  await settled(page);
  await main.getByRole('table').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/quan-tri\/thu-tuc\/[^/]+$/);
  await settled(page);
  await audit.check('administration: a procedure');
}

async function checkPrintViews(page: Page, audit: AxeAudit) {
  const views: [string, string][] = [];
  const received = await firstOf(page, 'status=received');
  if (received) views.push(['receipt', `/in/ho-so/${received.id}/bien-nhan`], ['control slip', `/in/ho-so/${received.id}/phieu-kiem-soat`]);
  const stopped = await firstOf(page, 'queue=withdrawn_stopped');
  if (stopped) views.push(['stop notice', `/in/ho-so/${stopped.id}/dung-giai-quyet`]);
  const refused = await firstOf(page, 'status=refused');
  if (refused) views.push(['refusal', `/in/ho-so/${refused.id}/tu-choi`]);
  const supplement = await firstOf(page, 'status=supplement_requested');
  if (supplement) {
    const detail = (await (await page.request.get(`/api/dossiers/${supplement.id}`)).json()) as Detail;
    const event = detail.events.findLast((candidate) => candidate.action === 'request_supplement');
    if (event) views.push(['supplement request', `/in/ho-so/${supplement.id}/yeu-cau-bo-sung/${event.id}`]);
  }
  expect(views.length).toBeGreaterThanOrEqual(4);
  for (const [name, path] of views) {
    await page.goto(path);
    await expect(page.getByRole('button', { name: /^In/ }).first()).toBeEnabled();
    await audit.check(`print view: ${name}`);
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`login page (${scheme})`, async ({ browser }) => {
    const page = await signedIn(browser, scheme);
    const audit = new AxeAudit(page);
    await page.goto('/dang-nhap');
    await expect(page.getByRole('textbox', { name: 'Tên đăng nhập' })).toBeFocused();
    await audit.check('login');
    expect(audit.findings, audit.findings.join('\n')).toEqual([]);
  });

  test(`public lookup (${scheme}): the form, a dossier, its rating`, async ({ browser }) => {
    // The desk's session finds a returned, unrated dossier and the phone it was filed with.
    const desk = await signedIn(browser, scheme, 'motcua1');
    const list = (await (await desk.request.get('/api/dossiers?status=returned&rating=unrated&pageSize=20')).json()) as ListPage;
    let found: { code: string; phone: string } | null = null;
    for (const item of list.items) {
      const phone = (await detailOf(desk, item.id)).applicant.phone;
      if (phone) {
        found = { code: item.code, phone };
        break;
      }
    }
    expect(found, 'a returned, unrated dossier with a phone').not.toBeNull();

    const page = await signedIn(browser, scheme);
    const audit = new AxeAudit(page);
    await page.goto('/tra-cuu');
    await expect(page.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeVisible();
    await audit.check('lookup: empty form');
    await page.goto(`/tra-cuu?ma=${encodeURIComponent(found!.code)}`);
    await page.getByRole('textbox', { name: '4 chữ số cuối' }).fill(found!.phone.slice(-4));
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await expect(page.getByRole('heading', { name: 'Quá trình giải quyết' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Đánh giá mức độ hài lòng' })).toBeVisible();
    await settled(page);
    await audit.check('lookup: a returned dossier, with its rating form');
    expect(audit.findings, audit.findings.join('\n\n')).toEqual([]);
  });

  for (const person of people) {
    test(`${person.role} (${person.username}, ${scheme}): every screen and dialog`, async ({ browser }) => {
      // The desk officer alone walks through some 60 screens and dialogs, on a shared machine.
      test.setTimeout(600_000);
      const page = await signedIn(browser, scheme, person.username);
      const audit = new AxeAudit(page);

      await checkList(page, audit, person);
      for (const queue of person.dossierQueues) {
        const dossier = await firstOf(page, `queue=${queue}`);
        if (dossier) await checkDossier(page, audit, `dossier from ${queue} (${dossier.status})`, dossier.id);
      }
      const navigation = page.getByRole('navigation', { name: 'Điều hướng chính' });
      if (person.role === 'desk_officer') {
        await checkIntake(page, audit);
        await checkPrintViews(page, audit);
        await checkCitizenPages(page, audit);
      }
      if (person.role === 'admin') await checkAdministration(page, audit);
      for (const [name, path] of [['Tổng quan', '/tong-quan'], ['Sổ theo dõi hồ sơ', '/so-theo-doi']] as const) {
        await page.goto('/ho-so');
        if ((await navigation.getByRole('link', { name }).count()) === 0) continue;
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
        await settled(page);
        await audit.check(name);
      }
      expect(audit.findings, audit.findings.join('\n\n')).toEqual([]);
    });
  }
}
