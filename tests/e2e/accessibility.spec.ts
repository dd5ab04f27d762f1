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
  await page.goto('/tiep-nhan');
  const picker = page.getByRole('combobox', { name: /Thủ tục/ });
  await expect(picker).toBeVisible();
  await audit.check('intake: empty form');
  await picker.click();
  await picker.fill('xac nhan tinh trang');
  await audit.check('intake: procedure picker open');
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: /^Họ và tên/ }).fill('Vũ Thị Thanh Hằng');
  await page.getByRole('textbox', { name: 'Số định danh cá nhân', exact: true }).fill('010190012345');
  await page.getByRole('textbox', { name: /^Địa chỉ/ }).fill('Thôn Tân Lập, xã Hoàng An');
  await audit.check('intake: filled form');
  // Nothing ticked: the primary action is the guidance slip (form 02).
  await checkDialog(page, audit, 'intake: guidance slip dialog', () => page.getByRole('button', { name: /phiếu hướng dẫn/i }).click());
  await checkDialog(page, audit, 'intake: refusal dialog', () => page.getByRole('button', { name: /^Từ chối tiếp nhận/ }).click());
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
      }
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
