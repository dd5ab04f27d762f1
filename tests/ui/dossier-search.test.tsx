import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { logInAs, renderApp } from '../setup/render-app.tsx';

async function findDossierRows() {
  const table = await screen.findByRole('table', { name: /Danh sách hồ sơ/, busy: false });
  return within(table).getAllByRole('row').slice(1);
}

describe('the header search box', () => {
  beforeEach(async () => {
    await logInAs('motcua1');
  });

  it('opens a dossier straight from its code, as a scanner types it', async () => {
    const { user, currentUrl } = renderApp('/ho-so');
    const firstRow = (await findDossierRows())[0]!;
    const code = within(firstRow).getAllByRole('link')[0]!.textContent ?? '';
    expect(code).toMatch(/^[\d.A-Z]+-\d{6}-\d{4}$/);

    await user.keyboard('/');
    const box = screen.getByRole('searchbox', { name: 'Tìm hồ sơ' });
    expect(box).toHaveFocus();
    await user.keyboard(`${code.toLowerCase()}{Enter}`);
    expect(await screen.findByRole('heading', { level: 1, name: code })).toBeInTheDocument();
    expect(currentUrl()).toMatch(/^\/ho-so\/[0-9a-f-]{36}$/);
  });

  it('says so when no dossier has the code', async () => {
    const { user } = renderApp('/ho-so');
    await findDossierRows();
    await user.type(screen.getByRole('searchbox', { name: 'Tìm hồ sơ' }), '000.00.00.H99-990101-9999{Enter}');
    expect(await screen.findByText('Không tìm thấy hồ sơ có mã 000.00.00.H99-990101-9999.')).toBeInTheDocument();
  });

  it('lists the dossiers matching a name typed without accents', async () => {
    const { user, searchParams } = renderApp('/ho-so');
    await findDossierRows();
    const everything = (await screen.findByText(/^Hiển thị 1–/)).textContent;
    await user.type(screen.getByRole('searchbox', { name: 'Tìm hồ sơ' }), 'nguyen van{Enter}');
    expect(await screen.findByText('Tìm: nguyen van')).toBeInTheDocument();
    expect(searchParams().get('q')).toBe('nguyen van');
    const rows = await findDossierRows();
    expect(rows.length).toBeGreaterThan(0);
    // A row may match on its submitter, who is not shown; the applicants shown include matches.
    expect(rows.some((row) => /Nguyễn Văn/.test(within(row).getAllByRole('cell')[1]?.textContent ?? ''))).toBe(true);
    expect((await screen.findByText(/^Hiển thị 1–/)).textContent).not.toBe(everything);
  });
});
