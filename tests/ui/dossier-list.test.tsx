import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { vi as catalogue } from '../../src/i18n/vi.ts';
import { logInAs, renderApp } from '../setup/render-app.tsx';

/** The rows of the list once it shows the current page (not the previous one, dimmed). */
async function findDossierRows() {
  const table = await screen.findByRole('table', { name: /Danh sách hồ sơ/, busy: false });
  // The first row holds the column headers.
  return within(table).getAllByRole('row').slice(1);
}

/** The appointment instants shown in the "Hẹn trả" column, as sortable `yyyyMMddHHmm`. */
function appointmentsShown(rows: HTMLElement[]) {
  return rows
    .map((row) => within(row).getAllByRole('cell')[6]?.textContent ?? '')
    .map((text) => /(\d{2})\/(\d{2})\/(\d{4})\s*(\d{2}):(\d{2})/.exec(text))
    .filter((match) => match !== null)
    .map(([, day, month, year, hour, minute]) => `${year}${month}${day}${hour}${minute}`);
}

const statusLabels = Object.values(catalogue.status).sort((a, b) => b.length - a.length);

/** The status each row shows: the label its status cell (fourth column) begins with. */
function statusesShown(rows: HTMLElement[]) {
  return new Set(
    rows.map((row) => {
      const text = within(row).getAllByRole('cell')[3]?.textContent ?? '';
      return statusLabels.find((label) => text.startsWith(label)) ?? text;
    }),
  );
}

describe('the dossier list', () => {
  beforeEach(async () => {
    await logInAs('motcua1');
  });

  it('filters by status through the multi-select, keeping the filter in the URL', async () => {
    const { user, searchParams } = renderApp('/ho-so');
    expect((await findDossierRows()).length).toBe(20);

    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(await screen.findByRole('option', { name: 'Đang xử lý' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ: Đang xử lý' })).toBeInTheDocument();
    expect(searchParams().getAll('status')).toEqual(['processing']);
    await screen.findByText(/Hiển thị 1–/);
    expect(statusesShown(await findDossierRows())).toEqual(new Set(['Đang xử lý']));

    await user.click(screen.getByRole('option', { name: 'Chờ bổ sung' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ: Đang xử lý, Chờ bổ sung' })).toBeInTheDocument();
    expect(searchParams().getAll('status')).toEqual(['processing', 'supplement_requested']);
  });

  it('follows a work-queue link and goes back with the browser history', async () => {
    const { user, router, currentUrl } = renderApp('/ho-so');
    await findDossierRows();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });

    await user.click(within(nav).getByRole('link', { name: /^Chờ bổ sung/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ: Chờ bổ sung' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/ho-so?queue=awaiting_supplement');
    expect(within(nav).getByRole('link', { name: /^Chờ bổ sung/ })).toHaveAttribute('aria-current', 'page');
    // The queue holds supplements asked at intake (completion) and during processing.
    const shown = statusesShown(await findDossierRows());
    expect([...shown].every((status) => status === 'Chờ bổ sung' || status === 'Chờ hoàn thiện hồ sơ')).toBe(true);

    await act(() => router.navigate(-1));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/ho-so');
  });

  it('sorts by appointment from the column header, most urgent first', async () => {
    const { user, searchParams } = renderApp('/ho-so');
    await findDossierRows();
    const header = screen.getByRole('columnheader', { name: /Hẹn trả/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: /Ngày nhận/ })).toHaveAttribute('aria-sort', 'descending');

    await user.click(within(header).getByRole('button', { name: /Hẹn trả/ }));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(searchParams().get('sort')).toBe('appointment_at');
    expect(searchParams().get('order')).toBe('asc');
    const ascending = appointmentsShown(await findDossierRows());
    expect(ascending.length).toBeGreaterThan(1);
    expect(ascending).toEqual([...ascending].sort());

    await user.click(within(header).getByRole('button', { name: /Hẹn trả/ }));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(searchParams().get('order')).toBe('desc');
    const descending = appointmentsShown(await findDossierRows());
    expect(descending).toEqual([...descending].sort().reverse());
  });

  it('pages through the server’s pages and changes the page size', async () => {
    const { user, searchParams } = renderApp('/ho-so');
    await findDossierRows();
    const firstCode = within((await findDossierRows())[0]!).getAllByRole('link')[0]!.textContent;

    await user.click(screen.getByRole('button', { name: 'Trang 2' }));
    expect(await screen.findByText(/Hiển thị 21–40 trên \d+ hồ sơ/)).toBeInTheDocument();
    expect(searchParams().get('page')).toBe('2');
    expect(screen.getByRole('button', { name: 'Trang 2' })).toHaveAttribute('aria-current', 'page');
    expect(within((await findDossierRows())[0]!).getAllByRole('link')[0]!.textContent).not.toBe(firstCode);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Số hồ sơ mỗi trang' }), '50');
    expect(await screen.findByText(/Hiển thị 1–50 trên \d+ hồ sơ/)).toBeInTheDocument();
    expect(searchParams().get('pageSize')).toBe('50');
    expect(searchParams().get('page')).toBeNull();
    expect(await findDossierRows()).toHaveLength(50);
  });

  it('opens straight from a shared link with its filters and offers a way back from an empty page', async () => {
    const { user, searchParams } = renderApp('/ho-so?status=received&page=999');
    expect(await screen.findByText('Trang này không có hồ sơ nào.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Trang đầu' }));
    expect(statusesShown(await findDossierRows())).toEqual(new Set(['Đã tiếp nhận']));
    expect(searchParams().toString()).toBe('status=received');
  });
});
