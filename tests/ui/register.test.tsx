import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReportPeriod } from '../../src/lib/report-period.ts';
import { getRegister } from '../../src/features/register/api/get-register.ts';
import type { RegisterFilters } from '../../src/features/register/utils/register-search.ts';
import { logInAs, renderApp } from '../setup/render-app.tsx';
import { TEST_NOW } from '../setup/test-clock.ts';

function registerOf(query: ReportPeriod & RegisterFilters) {
  return getRegister({ from: query.from, to: query.to }, query);
}

/**
 * The register's rows: the header row, the column numbers "(1)…(11)", then one row per
 * dossier. `hidden: true` skips the visibility check, which takes seconds on a long
 * register in jsdom (nothing in the register is hidden but the column numbers).
 */
async function findRegisterTable() {
  const table = await screen.findByRole('table', { name: 'SỔ THEO DÕI HỒ SƠ', hidden: true });
  const [header, , ...rows] = within(table).getAllByRole('row', { hidden: true });
  return { header: header!, rows };
}

async function findRegisterRows() {
  return (await findRegisterTable()).rows;
}

describe('the tracking register (form 07)', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW, shouldAdvanceTime: true });
    await logInAs('motcua1');
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('lists this month’s dossiers in receipt order under the official header, ready to print', async () => {
    const expected = await registerOf({ from: '2026-11-01', to: '2026-11-30' });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = renderApp('/so-theo-doi');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sổ theo dõi hồ sơ' })).toBeInTheDocument();
    const sheet = await screen.findByRole('article', { name: 'SỔ THEO DÕI HỒ SƠ', hidden: true });
    expect(within(sheet).getByText('UBND XÃ HOÀNG AN')).toBeInTheDocument();
    expect(within(sheet).getByText('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ HOÀNG AN')).toBeInTheDocument();
    expect(within(sheet).getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeInTheDocument();
    expect(within(sheet).getByText('Độc lập - Tự do - Hạnh phúc')).toBeInTheDocument();
    expect(within(sheet).getByText('Từ ngày 01/11/2026 đến ngày 30/11/2026')).toBeInTheDocument();
    const { header, rows } = await findRegisterTable();
    expect(within(header).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'STT',
      'Mã hồ sơ',
      'Tên thủ tục hành chính',
      'Tên cá nhân, tổ chức',
      'Địa chỉ, số điện thoại',
      'Cơ quan chủ trì giải quyết',
      'Ngày, tháng, năm nhận hồ sơ',
      'Ngày, tháng, năm hẹn trả kết quả',
      'Ngày, tháng, năm trả kết quả',
      'Hình thức trả kết quả',
      'Ký nhận',
    ]);

    expect(rows).toHaveLength(expected.length);
    expect(screen.getByText(`${expected.length} hồ sơ`)).toBeInTheDocument();
    const returned = expected.find((row) => row.returnedAt && row.returnMethod === 'desk')!;
    const cells = within(rows[returned.number - 1]!).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent(String(returned.number));
    expect(cells[1]).toHaveTextContent(returned.code);
    expect(cells[3]).toHaveTextContent(returned.applicantName);
    expect(cells[9]).toHaveTextContent('Tại Bộ phận Một cửa');
    expect(cells[10]).toBeEmptyDOMElement();

    await user.click(screen.getByRole('button', { name: 'In sổ' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('filters by channel and period through the URL, and exports the same rows to Excel', async () => {
    const expected = await registerOf({ from: '2026-11-16', to: '2026-11-22', channel: 'online' });
    expect(expected.length).toBeGreaterThan(0);
    const { user, searchParams } = renderApp('/so-theo-doi?from=2026-11-16&to=2026-11-22');
    expect(await screen.findByText('Từ ngày 16/11/2026 đến ngày 22/11/2026')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kỳ báo cáo' })).toHaveValue('');

    await user.click(screen.getByRole('combobox', { name: 'Kênh tiếp nhận' }));
    await user.click(await screen.findByRole('option', { name: 'Trực tuyến' }));

    expect(await screen.findByText('Kênh tiếp nhận: Trực tuyến')).toBeInTheDocument();
    expect(searchParams().get('channel')).toBe('online');
    await vi.waitFor(async () => expect(await findRegisterRows()).toHaveLength(expected.length));
    expect(screen.getByRole('link', { name: 'Xuất Excel' })).toHaveAttribute(
      'href',
      '/api/reports/register.xlsx?from=2026-11-16&to=2026-11-22&channel=online',
    );

    await user.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    expect(searchParams().get('channel')).toBeNull();
    expect(searchParams().get('from')).toBe('2026-11-16');
  });

  it('says clearly when the period holds nothing', async () => {
    renderApp('/so-theo-doi?from=2027-03-01&to=2027-03-31');
    expect(await screen.findByText('Không có hồ sơ nào trong sổ')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'In sổ' })).toBeDisabled();
  });
});

describe('the register for other roles', () => {
  it('is closed to a handler, with the reason', async () => {
    await logInAs('hotich');
    renderApp('/so-theo-doi');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Bạn không có quyền xem sổ theo dõi hồ sơ');
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(nav).queryByRole('link', { name: 'Sổ theo dõi hồ sơ' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'In sổ' })).not.toBeInTheDocument();
  });
});
