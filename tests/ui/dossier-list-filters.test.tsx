import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { api, dataOf } from '../../src/lib/api-client.ts';
import { getProcedures } from '../../src/lib/reference/procedures.ts';
import { logInAs, renderApp } from '../setup/render-app.tsx';

async function findDossierRows() {
  const table = await screen.findByRole('table', { name: /Danh sách hồ sơ/, busy: false });
  return within(table).getAllByRole('row').slice(1);
}

const codeOf = (row: HTMLElement) => within(row).getAllByRole('link')[0]!.textContent ?? '';

/** The text of each row's "Hẹn trả" (appointment) cell. */
function appointmentCells(rows: HTMLElement[]) {
  return rows.map((row) => within(row).getAllByRole('cell')[6]?.textContent ?? '');
}

describe('the dossier list filters from the URL', () => {
  beforeEach(async () => {
    await logInAs('motcua1');
  });

  it('shows only late dossiers for ?due=late, with a removable chip', async () => {
    const { user, currentUrl } = renderApp('/ho-so?due=late');
    const chips = await screen.findByRole('list', { name: 'Bộ lọc đang áp dụng' });
    expect(within(chips).getByText('Quá hạn')).toBeInTheDocument();
    const late = appointmentCells(await findDossierRows());
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((text) => text.includes('Quá hạn'))).toBe(true);

    await user.click(within(chips).getByRole('button', { name: 'Bỏ lọc Quá hạn' }));
    expect(currentUrl()).toBe('/ho-so');
    await screen.findByText(/Hiển thị 1–20/);
    expect(appointmentCells(await findDossierRows()).some((text) => !text.includes('Quá hạn'))).toBe(true);
  });

  it('keeps the URL filters when the status changes, and clears them all', async () => {
    const { user, searchParams } = renderApp('/ho-so?due=late&q=nguyen');
    await findDossierRows();
    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(await screen.findByRole('option', { name: 'Đang xử lý' }));
    expect(searchParams().get('due')).toBe('late');
    expect(searchParams().get('q')).toBe('nguyen');
    expect(searchParams().getAll('status')).toEqual(['processing']);
    expect(screen.getByText('Tìm: nguyen')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    expect(searchParams().toString()).toBe('');
  });

  it('filters from the panel, saves the filters under a name and reopens them', async () => {
    const { user, searchParams, currentUrl } = renderApp('/ho-so');
    await findDossierRows();
    await user.click(screen.getByRole('button', { name: 'Bộ lọc' }));
    await user.click(await screen.findByRole('combobox', { name: 'Kênh nộp' }));
    await user.click(await screen.findByRole('option', { name: 'Trực tuyến' }));
    expect(searchParams().get('channel')).toBe('online');
    expect(await screen.findByText('Kênh nộp: Trực tuyến')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lưu bộ lọc' }));
    await user.type(await screen.findByRole('textbox', { name: /Tên bộ lọc/ }), 'Hồ sơ trực tuyến{Enter}');
    expect(await screen.findByText('Đã lưu bộ lọc')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    expect(currentUrl()).toBe('/ho-so');
    await user.click(screen.getByRole('button', { name: 'Bộ lọc đã lưu' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Mở bộ lọc Hồ sơ trực tuyến' }));
    expect(searchParams().get('channel')).toBe('online');
  });

  it('filters by field, and finds a procedure typed without diacritics', async () => {
    const { user, searchParams } = renderApp('/ho-so');
    await findDossierRows();
    await user.click(screen.getByRole('button', { name: 'Bộ lọc' }));
    await user.type(await screen.findByRole('combobox', { name: 'Lĩnh vực' }), 'ho tich');
    const fields = await screen.findAllByRole('option');
    expect(fields.map((option) => option.textContent)).toEqual(['Hộ tịch', 'Liên thông Hộ tịch - Cư trú - BHXH']);
    await user.click(screen.getByRole('option', { name: 'Hộ tịch' }));
    expect(await screen.findByText('Lĩnh vực: Hộ tịch')).toBeInTheDocument();

    // The page shows what the API lists for that field: dossiers of Hộ tịch procedures only.
    const fieldId = searchParams().get('fieldId')!;
    const expected = await dataOf(api.GET('/api/dossiers', { params: { query: { fieldId } } }));
    const hoTich = new Set((await getProcedures()).filter((procedure) => procedure.fieldName === 'Hộ tịch').map((procedure) => procedure.code));
    expect(expected.items.length).toBeGreaterThan(0);
    expect(expected.items.every((item) => hoTich.has(item.procedureCode))).toBe(true);
    await waitFor(async () => expect((await findDossierRows()).map(codeOf)).toEqual(expected.items.map((item) => item.code)));

    // The procedure picker searches like every other: no diacritics, words in any order, or the code.
    const procedure = screen.getByRole('combobox', { name: 'Thủ tục' });
    await user.type(procedure, 'hon nhan xac nhan');
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]).toHaveTextContent('Cấp Giấy xác nhận tình trạng hôn nhân');
    await user.clear(procedure);
    await user.type(procedure, '1.004873');
    expect(await screen.findByRole('option', { name: /Cấp Giấy xác nhận tình trạng hôn nhân/ })).toBeInTheDocument();
  });
});
