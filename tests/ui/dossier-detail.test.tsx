import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { logInAs, renderApp } from '../setup/render-app.tsx';

describe('the dossier page', () => {
  beforeEach(async () => {
    await logInAs('motcua1');
  });

  it('opens from the list and shows the summary, documents and the status history', async () => {
    const { user, currentUrl } = renderApp('/ho-so?status=processing');
    const table = await screen.findByRole('table', { name: /Danh sách hồ sơ/ });
    const firstRow = within(table).getAllByRole('row')[1]!;
    const codeLink = within(firstRow).getAllByRole('link')[0]!;
    const code = codeLink.textContent ?? '';
    expect(code).toMatch(/^[\d.A-Z]+-\d{6}-\d{4}$/);

    await user.click(codeLink);

    expect(await screen.findByRole('heading', { level: 1, name: code })).toBeInTheDocument();
    expect(currentUrl()).toMatch(/^\/ho-so\/[0-9a-f-]{36}$/);
    const summary = screen.getByRole('region', { name: code });
    expect(within(summary).getByText('Đang xử lý')).toBeInTheDocument();
    expect(within(summary).getByText('Mã trạng thái DVCQG: 4')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Chủ hồ sơ' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Thành phần hồ sơ: \d+\/\d+ giấy tờ đã nhận/ })).toBeInTheDocument();

    const history = screen.getByRole('list', { name: 'Lịch sử xử lý' });
    const steps = within(history).getAllByRole('listitem');
    // A dossier being processed was at least received, handed over and assigned.
    expect(steps.length).toBeGreaterThanOrEqual(3);
    // Newest first: the latest step put it into "processing"; the oldest is the intake.
    expect(within(steps[0]!).getAllByText('Đang xử lý').length).toBeGreaterThan(0);
    expect(within(steps.at(-1)!).getByRole('heading', { name: /Tiếp nhận hồ sơ|Nộp hồ sơ trực tuyến/ })).toBeInTheDocument();
    // Each step says when (dd/MM/yyyy HH:mm) and who (name and role).
    const whenAndWho = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} · .+/;
    for (const step of steps) {
      expect(within(step).getByText((_, element) => element?.tagName === 'P' && whenAndWho.test(element.textContent ?? ''))).toBeInTheDocument();
    }
    expect(within(history).getAllByRole('heading', { name: 'Phân công xử lý' }).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('link', { name: 'Danh sách hồ sơ' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ: Đang xử lý' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/ho-so?status=processing');
  });

  it('says so when the dossier does not exist', async () => {
    renderApp('/ho-so/00000000-0000-4000-8000-000000000000');
    expect(await screen.findByText('Không tìm thấy hồ sơ')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về danh sách hồ sơ' })).toHaveAttribute('href', '/ho-so');
  });
});
