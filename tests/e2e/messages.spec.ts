import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// An officer who works in English reads the API's messages in English too: the API sends
// codes, the UI translates them. Only data (names, procedures) stays Vietnamese.

/** Letters only Vietnamese uses. */
const vietnamese = /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i;

async function inEnglish(page: Page) {
  await page.addInitScript(() => window.localStorage.setItem('motcua.language', 'en'));
}

async function signIn(page: Page, username: string) {
  const response = await page.request.post('/api/auth/login', { data: { username, password: 'motcua2026' } });
  expect(response.ok(), `login ${username}`).toBe(true);
}

test('in English, the form checks and a failed login speak English', async ({ page }) => {
  await inEnglish(page);
  await page.goto('/dang-nhap');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByText('Please enter your username')).toBeVisible();
  await expect(page.getByText('Please enter your password')).toBeVisible();

  await page.getByRole('textbox', { name: 'Username' }).fill('motcua1');
  await page.getByRole('textbox', { name: 'Password' }).fill('wrong');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByText('Wrong username or password.')).toBeVisible();
  // Everything but what is marked Vietnamese (the language switch names Tiếng Việt in itself).
  const text = await page.evaluate(() => {
    const marked = [...document.querySelectorAll<HTMLElement>('body [lang="vi"]')];
    for (const element of marked) element.style.display = 'none';
    const shown = document.body.innerText;
    for (const element of marked) element.style.display = '';
    return shown;
  });
  expect(text).toContain('Wrong username or password.');
  expect(text).not.toMatch(vietnamese);
});

test('in English, a 403 and a 409 from the API speak English', async ({ page }) => {
  await inEnglish(page);
  await signIn(page, 'motcua1');

  await page.goto('/tong-quan');
  const closed = page.getByRole('alert');
  await expect(closed).toContainText('Only the commune chairperson may view the overview report.');
  await expect(closed).not.toContainText(vietnamese);

  const name = `E2E view ${Date.now()}`;
  expect((await page.request.post('/api/saved-views', { data: { name, query: 'status=received' } })).status()).toBe(201);
  await page.goto('/ho-so?status=processing');
  await page.getByRole('button', { name: 'Save filters' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Could not save the filters.' });
  await expect(notice).toContainText('A saved view with this name already exists.');
});

test('in English, a field the API rejects is named in English beside the field', async ({ page }) => {
  await inEnglish(page);
  await signIn(page, 'motcua1');
  // Without a fee: one due before the return would keep the return closed until it is paid.
  const list = await page.request.get('/api/dossiers?status=result_ready&fee=none&pageSize=1');
  const [dossier] = ((await list.json()) as { items: { id: string; code: string }[] }).items;
  expect(dossier, 'a dossier waiting for its result to be returned').toBeTruthy();

  await page.goto(`/ho-so/${dossier!.id}`);
  await expect(page.getByRole('heading', { level: 1, name: dossier!.code })).toBeVisible();
  await page.getByRole('button', { name: 'Return result', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Return result' });
  // The schema takes any instant; only the API knows it must not be in the future.
  const returnedAt = dialog.getByLabel(/^Returned at/);
  // Typed as the picker shows it: dd/MM/yyyy HH:mm.
  await returnedAt.fill(`02/01/${new Date().getFullYear() + 1} 08:00`);
  await dialog.getByRole('button', { name: 'Confirm the result returned' }).click();
  await expect(returnedAt).toHaveAccessibleDescription(/The return time cannot be in the future/);
  await expect(dialog.getByText('The return time cannot be in the future')).toBeVisible();
});
