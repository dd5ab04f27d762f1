import type { Browser, Page } from '@playwright/test';
import { catalogueSheets } from '../../src/domain/catalogue-import.ts';
import { expect, test } from './fixtures.ts';

// An officer who works in English sees no Vietnamese on any screen except data (names,
// procedures, units, notes: whatever the API sent) and the official texts, which are
// Vietnamese by design (the forms' sheets, the register). Each screen is read as its
// user meets it: every visible line and every accessible name, with the data the page
// received from the API taken out first.

/** Letters only Vietnamese uses. */
const vietnamese = /[ăơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i;

function stringsOf(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (vietnamese.test(value)) for (const line of value.split(/\n+/)) if (line.trim()) into.add(line.trim());
  } else if (Array.isArray(value)) {
    for (const item of value) stringsOf(item, into);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) stringsOf(item, into);
  }
}

/**
 * Official texts the screens name in running text: the catalogue workbook's sheet names (its
 * template is Vietnamese). The forms' sheets, the register and the letterhead preview are
 * marked `lang="vi"` by the app itself and are left out where they are read.
 */
const official = new Set<string>();
stringsOf(catalogueSheets, official);

/** Collects every Vietnamese string the API sends the page. */
function watchData(page: Page): Set<string> {
  const data = new Set<string>();
  page.on('response', async (response) => {
    if (!response.url().includes('/api/') || !(response.headers()['content-type'] ?? '').includes('application/json')) return;
    try {
      stringsOf(await response.json(), data);
    } catch {
      // A body already gone (a navigation away) holds nothing this page shows.
    }
  });
  return data;
}

/**
 * What the page shows and names, line by line, and the parts of it marked Vietnamese
 * (`lang="vi"`: official texts).
 */
async function textsOf(page: Page): Promise<{ texts: string[]; marked: string[] }> {
  return page.evaluate(() => {
    const clean = (texts: string[]) => texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const marked = [...document.querySelectorAll<HTMLElement>('body [lang="vi"]')].flatMap((element) => element.innerText.split('\n'));
    const texts = document.body.innerText.split('\n');
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title], [aria-description]')) {
      if (element.closest('[lang="vi"]')) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'aria-description']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return { texts: clean(texts), marked: clean(marked) };
  });
}

/** A legal document's number is its name in every language: 766/QĐ-TTg, 03/2025/TT-VPCP. */
const documentNumber = /\d+\/(?:\d{4}\/)?[A-ZĐ]+(?:-[A-ZĐa-z]+)*/g;

/** The lines with Vietnamese that neither the data nor an official text explains. */
function untranslated(texts: string[], data: Set<string>): string[] {
  const known = [...data, ...official].flatMap((text) => [text, text.toLocaleUpperCase('vi')]).sort((a, b) => b.length - a.length);
  return texts.filter((text) => {
    let rest = text.replace(documentNumber, ' ');
    for (const piece of known) if (rest.includes(piece)) rest = rest.split(piece).join(' ');
    return vietnamese.test(rest);
  });
}

async function englishPage(browser: Browser, username?: string): Promise<{ page: Page; data: Set<string> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(() => window.localStorage.setItem('motcua.language', 'en'));
  const page = await context.newPage();
  const data = watchData(page);
  if (username) {
    const response = await page.request.post('/api/auth/login', { data: { username, password: 'motcua2026' } });
    expect(response.ok(), `login ${username}`).toBe(true);
  }
  return { page, data };
}

async function expectEnglish(page: Page, data: Set<string>, path: string, ready: (page: Page) => Promise<void>): Promise<void> {
  await page.goto(path);
  await ready(page);
  await page.waitForLoadState('networkidle');
  const { texts, marked } = await textsOf(page);
  expect(untranslated(texts, new Set([...data, ...marked])), `Vietnamese outside data and official texts on ${path}`).toEqual([]);
}

const heading = (page: Page) => expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();

test('in English, the screens of every role show Vietnamese only in data and official texts', async ({ browser }) => {
  test.setTimeout(180_000);
  const visitor = await englishPage(browser);
  await expectEnglish(visitor.page, visitor.data, '/dang-nhap', async (page) => {
    await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  });
  await expectEnglish(visitor.page, visitor.data, '/tra-cuu', heading);

  const desk = await englishPage(browser, 'motcua1');
  const received = await (await desk.page.request.get('/api/dossiers?status=received&pageSize=1')).json();
  const dossierId: string = received.items[0].id;
  const dossier = await (await desk.page.request.get(`/api/dossiers/${dossierId}`)).json();
  for (const path of ['/ho-so', '/tiep-nhan', `/ho-so/${dossierId}`, `/in/ho-so/${dossierId}/bien-nhan`, `/cong-dan/${dossier.applicant.idNumber}`, '/quay/danh-gia']) {
    await expectEnglish(desk.page, desk.data, path, heading);
  }

  for (const username of ['truongvp', 'hotich']) {
    const officer = await englishPage(browser, username);
    await expectEnglish(officer.page, officer.data, '/ho-so', heading);
  }
  const handler = await englishPage(browser, 'hotich');
  const processing = await (await handler.page.request.get('/api/dossiers?queue=mine&pageSize=1')).json();
  await expectEnglish(handler.page, handler.data, `/ho-so/${processing.items[0].id}`, heading);

  const chair = await englishPage(browser, 'chutich');
  await expectEnglish(chair.page, chair.data, '/tong-quan', heading);
  await expectEnglish(chair.page, chair.data, '/so-theo-doi', heading);

  const admin = await englishPage(browser, 'admin');
  for (const path of ['/quan-tri/thu-tuc', '/quan-tri/thu-tuc/them', '/quan-tri/thu-tuc/nhap', '/quan-tri/linh-vuc', '/quan-tri/don-vi', '/quan-tri/nguoi-dung', '/quan-tri/lich-lam-viec', '/quan-tri/cai-dat', '/nhat-ky']) {
    await expectEnglish(admin.page, admin.data, path, heading);
  }
});
