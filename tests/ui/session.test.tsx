import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '../../src/lib/api-client.ts';
import { logInAs, renderApp } from '../setup/render-app.tsx';

describe('the session and the shell', () => {
  it('logs out from the user menu', async () => {
    await logInAs('motcua1');
    const { user, currentUrl } = renderApp('/ho-so');
    await user.click(await screen.findByRole('button', { name: 'Tài khoản: Nguyễn Thị Thu Hà' }));
    await user.click(screen.getByRole('menuitem', { name: 'Đăng xuất' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/dang-nhap');
  });

  it('sends the officer to the login page when the session ends under them, and says why', async () => {
    await logInAs('motcua1');
    const { user, currentUrl } = renderApp('/ho-so');
    await screen.findByRole('table', { name: /Danh sách hồ sơ/ });
    // The session ends on the server (expired, or closed in another tab).
    await api.POST('/api/auth/logout');

    await user.click(within(screen.getByRole('navigation', { name: 'Điều hướng chính' })).getByRole('link', { name: /^Chờ chuyển phòng chuyên môn/ }));

    expect(await screen.findByText('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.')).toBeInTheDocument();
    expect(currentUrl()).toBe(`/dang-nhap?next=${encodeURIComponent('/ho-so?queue=to_hand_over')}`);
  });

  it('shows each role only its own work queues, with live counts', async () => {
    await logInAs('chutich');
    renderApp('/ho-so');
    const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
    // Each queue's badge shows its count once loaded.
    const approval = await within(nav).findByRole('link', { name: /^Chờ phê duyệt\s*\d+$/ });
    expect(approval).toHaveAttribute('href', '/ho-so?queue=awaiting_approval');
    expect(within(nav).getAllByRole('link').map((link) => link.textContent?.replace(/\d+$/, ''))).toEqual([
      'Hồ sơ',
      'Tổng quan',
      'Sổ theo dõi hồ sơ',
      // The chairperson answers for the commune's data: the audit log is theirs to read too.
      'Nhật ký hệ thống',
      'Chờ phê duyệt',
      'Tới hạn',
      'Quá hạn',
      'Tất cả hồ sơ',
    ]);
  });

  it('gives a handler their own queue', async () => {
    await logInAs('hotich');
    renderApp('/ho-so');
    const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
    await within(nav).findByRole('link', { name: /^Hồ sơ của tôi\s*\d+$/ });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent?.replace(/\d+$/, ''))).toEqual([
      'Hồ sơ',
      'Hồ sơ của tôi',
      'Tới hạn',
      'Quá hạn',
      'Tất cả hồ sơ',
    ]);
  });

  it('shows the training badge and asks before resetting the training data', async () => {
    await logInAs('motcua1');
    let resets = 0;
    const { user } = renderApp('/ho-so', { training: { resetTrainingData: async () => void resets++ } });
    expect(await screen.findByText('Chế độ đào tạo')).toBeInTheDocument();

    await user.click(screen.getAllByRole('button', { name: 'Đặt lại dữ liệu đào tạo' })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Đặt lại dữ liệu đào tạo?' });
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(resets).toBe(0);
  });

  it('switches the interface to English from the user menu', async () => {
    await logInAs('motcua1');
    const { user } = renderApp('/ho-so');
    await user.click(await screen.findByRole('button', { name: 'Tài khoản: Nguyễn Thị Thu Hà' }));
    await user.click(screen.getByRole('menuitem', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Dossiers' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Due/ })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});
