import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoPassword, renderApp } from '../setup/render-app.tsx';

describe('logging in', () => {
  it('shows the API’s Vietnamese message beside the password field for a wrong password', async () => {
    const { user, currentUrl } = renderApp('/dang-nhap');
    await user.type(await screen.findByLabelText(/Tên đăng nhập/), 'motcua1');
    await user.type(screen.getByLabelText(/^Mật khẩu/), 'sai-mat-khau');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    const password = screen.getByLabelText(/^Mật khẩu/);
    expect(await screen.findByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeInTheDocument();
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(currentUrl()).toBe('/dang-nhap');
  });

  it('asks for both fields before calling the server', async () => {
    const { user } = renderApp('/dang-nhap');
    await user.click(await screen.findByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText('Vui lòng nhập tên đăng nhập')).toBeInTheDocument();
    expect(screen.getByText('Vui lòng nhập mật khẩu')).toBeInTheDocument();
  });

  it('checks a field when the officer leaves it, and again as it changes', async () => {
    const { user } = renderApp('/dang-nhap');
    const username = await screen.findByLabelText(/Tên đăng nhập/);
    expect(username).toHaveFocus();
    await user.tab();
    expect(await screen.findByText('Vui lòng nhập tên đăng nhập')).toBeInTheDocument();
    expect(screen.queryByText('Vui lòng nhập mật khẩu')).not.toBeInTheDocument();

    await user.type(username, 'motcua1');
    await waitFor(() => expect(screen.queryByText('Vui lòng nhập tên đăng nhập')).not.toBeInTheDocument());
    expect(username).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('sends a logged-out officer to the login page and back to where they were going', async () => {
    const { user, currentUrl } = renderApp('/ho-so?status=received');
    await user.type(await screen.findByLabelText(/Tên đăng nhập/), 'motcua1');
    expect(currentUrl()).toBe(`/dang-nhap?next=${encodeURIComponent('/ho-so?status=received')}`);
    expect(screen.queryByText(/Phiên làm việc đã hết hạn/)).not.toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Mật khẩu/), demoPassword);
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ: Đã tiếp nhận' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/ho-so?status=received');
  });

  it('logs a desk officer in and shows the navigation and the dossier list', async () => {
    const { user, currentUrl } = renderApp('/dang-nhap');
    await user.type(await screen.findByLabelText(/Tên đăng nhập/), 'motcua1');
    await user.type(screen.getByLabelText(/^Mật khẩu/), demoPassword);
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
    // Work queues carry a count once it has loaded.
    for (const label of ['Hồ sơ', 'Chờ tiếp nhận trực tuyến', 'Chờ chuyển phòng chuyên môn', 'Chờ bổ sung', 'Chờ trả kết quả', 'Quá hạn']) {
      expect(within(nav).getByRole('link', { name: new RegExp(`^${label}(\\s*\\d+)?$`) })).toBeInTheDocument();
    }
    expect(within(nav).queryByRole('link', { name: /^Chờ phê duyệt/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tài khoản: Nguyễn Thị Thu Hà' })).toBeInTheDocument();
    expect(screen.getByText(/Cán bộ một cửa · Trung tâm Phục vụ hành chính công/)).toBeInTheDocument();

    const table = await screen.findByRole('table', { name: /Danh sách hồ sơ/ });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    expect(currentUrl()).toBe('/ho-so');
  });
});
