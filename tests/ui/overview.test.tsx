import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatPercent } from '../../src/features/overview/utils/figures.ts';
import { getOverview } from '../../src/features/overview/api/get-overview.ts';
import { logInAs, renderApp } from '../setup/render-app.tsx';
import { TEST_NOW } from '../setup/test-clock.ts';

/** What the API says for a period, to compare with what the screen shows. */
function overviewOf(from: string, to: string) {
  return getOverview({ from, to });
}

describe("the chairperson's overview", () => {
  beforeEach(async () => {
    // The browser's clock and the API's agree: "this month" is November 2026.
    vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW, shouldAdvanceTime: true });
    await logInAs('chutich');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows this month’s Decision 766 figures, each linked to its dossiers', async () => {
    const expected = await overviewOf('2026-11-01', '2026-11-30');
    const { indicators } = expected;
    expect(indicators.decided).toBeGreaterThan(0);
    renderApp('/tong-quan');

    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng quan' })).toBeInTheDocument();
    expect(await screen.findByText('Từ 01/11/2026 đến 30/11/2026')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kỳ báo cáo' })).toHaveValue('Tháng này');

    const onTime = screen.getByRole('region', { name: 'Tỷ lệ giải quyết đúng hạn' });
    expect(within(onTime).getByText(formatPercent(indicators.onTimeRate ?? 0))).toBeInTheDocument();
    expect(within(onTime).getByText(`${indicators.decidedOnTime}/${indicators.decided} hồ sơ`)).toBeInTheDocument();
    expect(within(onTime).getByRole('link', { name: `Quá hạn: ${indicators.decidedLate} hồ sơ` })).toHaveAttribute(
      'href',
      '/ho-so?decidedFrom=2026-11-01&decidedTo=2026-11-30&decidedLate=true',
    );
    expect(within(onTime).getByRole('link', { name: `Đúng hạn, trước hạn: ${indicators.decidedOnTime} hồ sơ` })).toHaveAttribute(
      'href',
      '/ho-so?decidedFrom=2026-11-01&decidedTo=2026-11-30&decidedLate=false',
    );

    const online = screen.getByRole('region', { name: 'Tỷ lệ hồ sơ trực tuyến' });
    expect(within(online).getByText(`${indicators.receivedOnline}/${indicators.received} hồ sơ`)).toBeInTheDocument();
    expect(within(online).getByText('Đạt điểm tối đa từ 50%')).toBeInTheDocument();
    expect(within(online).getByRole('link', { name: `Nộp trực tuyến: ${indicators.receivedOnline} hồ sơ` })).toHaveAttribute(
      'href',
      '/ho-so?receivedFrom=2026-11-01&receivedTo=2026-11-30&channel=online&received=true',
    );
    expect(within(screen.getByRole('region', { name: 'Tỷ lệ số hóa hồ sơ' })).getByText('Đạt điểm tối đa từ 80%')).toBeInTheDocument();

    // Processing time per procedure, in working days with one decimal.
    const slowest = [...expected.processingTime].sort((a, b) => b.averageWorkingDays - a.averageWorkingDays)[0]!;
    const times = screen.getByRole('table', { name: 'Thời gian giải quyết trung bình' });
    const row = within(times).getByRole('row', { name: new RegExp(slowest.code.replace(/\./g, '\\.')) });
    expect(within(row).getByText(slowest.averageWorkingDays.toFixed(1).replace('.', ','))).toBeInTheDocument();
    expect(within(row).getByRole('link')).toHaveAttribute(
      'href',
      `/ho-so?decidedFrom=2026-11-01&decidedTo=2026-11-30&procedureId=${slowest.procedureId}`,
    );
  });

  it('opens the late dossiers of a department from its figure', async () => {
    const { byDepartment } = await overviewOf('2026-11-01', '2026-11-30');
    const department = byDepartment.find((row) => row.late > 0)!;
    expect(department).toBeDefined();
    const { user, currentUrl } = renderApp('/tong-quan');

    const table = await screen.findByRole('table', { name: 'Trễ hạn và tới hạn theo phòng chuyên môn' });
    const late = within(table).getByRole('link', { name: `${department.late} hồ sơ quá hạn của ${department.name}` });
    expect(late).toHaveTextContent(String(department.late));
    await user.click(late);

    expect(await screen.findByRole('heading', { level: 1, name: /^Hồ sơ/ })).toBeInTheDocument();
    expect(currentUrl()).toBe(`/ho-so?due=late&departmentId=${department.unitId}`);
  });

  it('keeps the chosen period in the URL and says when a period is empty', async () => {
    const october = await overviewOf('2026-10-01', '2026-10-31');
    const { user, searchParams } = renderApp('/tong-quan');
    await screen.findByText('Từ 01/11/2026 đến 30/11/2026');

    await user.click(screen.getByRole('combobox', { name: 'Kỳ báo cáo' }));
    await user.click(await screen.findByRole('option', { name: 'Tháng trước' }));

    expect(await screen.findByText('Từ 01/10/2026 đến 31/10/2026')).toBeInTheDocument();
    expect(searchParams().get('from')).toBe('2026-10-01');
    expect(searchParams().get('to')).toBe('2026-10-31');
    const onTime = screen.getByRole('region', { name: 'Tỷ lệ giải quyết đúng hạn' });
    expect(
      await within(onTime).findByText(`${october.indicators.decidedOnTime}/${october.indicators.decided} hồ sơ`),
    ).toBeInTheDocument();

    const later = renderApp('/tong-quan?from=2027-03-01&to=2027-03-31');
    expect(await within(later.container).findByText('Không có hồ sơ nào trong kỳ này')).toBeInTheDocument();
    expect(within(later.container).getByText('Từ 01/03/2027 đến 31/03/2027')).toBeInTheDocument();
    expect(within(later.container).queryByRole('region', { name: 'Tỷ lệ giải quyết đúng hạn' })).not.toBeInTheDocument();
  });
});

describe('the overview for other roles', () => {
  it('is not in a desk officer’s navigation, and its URL says why it is closed', async () => {
    await logInAs('motcua1');
    const { user } = renderApp('/ho-so');
    const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
    expect(await within(nav).findByRole('link', { name: 'Sổ theo dõi hồ sơ' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Tổng quan' })).not.toBeInTheDocument();

    const closed = renderApp('/tong-quan');
    const alert = await within(closed.container).findByRole('alert');
    expect(alert).toHaveTextContent('Bạn không có quyền xem trang Tổng quan');
    expect(alert).toHaveTextContent('Trang này dành cho lãnh đạo UBND xã và quản trị hệ thống.');
    await user.click(within(alert).getByRole('link', { name: 'Về danh sách hồ sơ' }));
    expect(closed.currentUrl()).toBe('/ho-so');
  });
});
