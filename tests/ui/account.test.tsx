import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api, dataOf, isApiError } from '../../src/lib/api-client.ts';
import { logInAs, renderApp } from '../setup/render-app.tsx';

async function openUserMenu(user: ReturnType<typeof renderApp>['user'], name: string) {
  await user.click(await screen.findByRole('button', { name: `Tài khoản: ${name}` }));
}

describe('the user’s own account', () => {
  it('changes the password from the user menu, checking it as the API does', async () => {
    await logInAs('motcua2');
    const { user, currentUrl } = renderApp('/ho-so?status=received');
    await openUserMenu(user, 'Lê Văn Hùng');
    await user.click(screen.getByRole('menuitem', { name: 'Đổi mật khẩu' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đổi mật khẩu' })).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Mật khẩu hiện tại/), 'motcua2026');
    await user.type(screen.getByLabelText(/^Mật khẩu mới/), 'ngan');
    await user.type(screen.getByLabelText(/^Nhập lại mật khẩu mới/), 'khac');
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await screen.findByText('Mật khẩu mới phải có ít nhất 10 ký tự')).toBeInTheDocument();
    expect(screen.getByText('Mật khẩu nhập lại không khớp')).toBeInTheDocument();

    // Long enough, but on the list of common passwords: the API says so beside the field.
    const newPassword = screen.getByLabelText(/^Mật khẩu mới/);
    const confirm = screen.getByLabelText(/^Nhập lại mật khẩu mới/);
    await user.clear(newPassword);
    await user.type(newPassword, 'iloveyou12');
    await user.clear(confirm);
    await user.type(confirm, 'iloveyou12');
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await screen.findByText('Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác')).toBeInTheDocument();

    await user.clear(newPassword);
    await user.type(newPassword, 'Cay-bang-truoc-sân-2026');
    await user.clear(confirm);
    await user.type(confirm, 'Cay-bang-truoc-sân-2026');
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await screen.findByText('Đã đổi mật khẩu.', undefined, { timeout: 20_000 })).toBeInTheDocument();
    await waitFor(() => expect(currentUrl()).toBe('/ho-so?status=received'));
    await expect(api.POST('/api/auth/login', { body: { username: 'motcua2', password: 'motcua2026' } })).rejects.toMatchObject({ status: 401 });
  });

  it('sends a user who must change the password to that page before anything else', async () => {
    await logInAs('admin');
    const staff = await dataOf(api.GET('/api/users', { params: { query: { role: 'handler' } } }));
    const vhxh = staff.find((member) => member.fullName === 'Bùi Thị Hương')!;
    await api.POST('/api/users/{id}/require-password-change', { params: { path: { id: vhxh.id } } });

    await logInAs('vhxh');
    const { user, currentUrl } = renderApp('/ho-so');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đặt mật khẩu mới' })).toBeInTheDocument();
    expect(screen.getByText('Để bảo vệ tài khoản, bạn cần đặt mật khẩu mới trước khi tiếp tục làm việc.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Điều hướng chính' })).not.toBeInTheDocument();
    expect(currentUrl()).toBe('/doi-mat-khau?next=%2Fho-so');

    await user.type(screen.getByLabelText(/^Mật khẩu hiện tại/), 'motcua2026');
    await user.type(screen.getByLabelText(/^Mật khẩu mới/), 'Hoa-phuong-do-2026');
    await user.type(screen.getByLabelText(/^Nhập lại mật khẩu mới/), 'Hoa-phuong-do-2026');
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    // Hashing the new password (scrypt) and the whole shell's first render: slow on a busy machine.
    expect(await screen.findByRole('navigation', { name: 'Điều hướng chính' }, { timeout: 20_000 })).toBeInTheDocument();
    expect(currentUrl()).toBe('/ho-so');
  });

  it('logs out of every device from the user menu', async () => {
    await logInAs('truongkt');
    const { user, currentUrl } = renderApp('/ho-so');
    await openUserMenu(user, 'Hoàng Văn Thắng');
    await user.click(screen.getByRole('menuitem', { name: 'Đăng xuất khỏi mọi thiết bị' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/dang-nhap');
    const me = await api.GET('/api/auth/me').catch((error: unknown) => error);
    expect(isApiError(me) && me.status).toBe(401);
    expect(within(document.body).queryByRole('menu')).not.toBeInTheDocument();
  });
});
