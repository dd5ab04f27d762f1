import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../src/i18n/i18n.ts';
import { logInAs, renderApp } from '../setup/render-app.tsx';
import { TEST_NOW } from '../setup/test-clock.ts';

/** Renders the app at `url` and switches it to English, as an officer who chose English would see it. */
async function renderInEnglish(url: string) {
  const view = renderApp(url);
  await act(() => i18n.changeLanguage('en'));
  return view;
}

describe('the API’s and the schemas’ messages follow the UI language', () => {
  afterEach(async () => {
    await act(() => i18n.changeLanguage('vi'));
  });

  it('shows form checks and a failed login in English, and in Vietnamese after switching back', async () => {
    const { user } = await renderInEnglish('/dang-nhap');
    await user.click(await screen.findByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('Please enter your username')).toBeInTheDocument();
    expect(screen.getByText('Please enter your password')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Username/), 'motcua1');
    await user.type(screen.getByLabelText(/^Password/), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    const password = screen.getByLabelText(/^Password/);
    expect(await screen.findByText('Wrong username or password.')).toBeInTheDocument();
    expect(password).toHaveAccessibleDescription('Wrong username or password.');

    // The message on screen is translated again when the language changes.
    await act(() => i18n.changeLanguage('vi'));
    expect(await screen.findByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Mật khẩu/)).toHaveAccessibleDescription('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(screen.queryByText('Wrong username or password.')).not.toBeInTheDocument();
  });

  it('shows why a page is closed in English (a 403 from the API)', async () => {
    await logInAs('motcua1');
    const { container } = await renderInEnglish('/tong-quan');
    const alert = await within(container).findByRole('alert');
    expect(alert).toHaveTextContent('You are not allowed to see the overview');
    expect(alert).toHaveTextContent('Only the commune chairperson may view the overview report.');
    expect(alert).not.toHaveTextContent(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i);
  });
});

describe('intake checks in English', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW, shouldAdvanceTime: true });
    await logInAs('motcua1');
  });

  afterEach(async () => {
    vi.useRealTimers();
    await act(() => i18n.changeLanguage('vi'));
  });

  it('names a bad ID number with its parameter, and switches language with the user menu', async () => {
    const { user } = await renderInEnglish('/tiep-nhan');
    expect(await screen.findByRole('heading', { level: 1, name: 'Receive a dossier' })).toBeInTheDocument();
    const picker = await screen.findByRole('combobox', { name: /procedure/i });
    await vi.waitFor(() => expect(picker).toHaveFocus());
    await user.keyboard('xac nhan tinh trang');
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('checkbox', { name: 'Received: Tờ khai cấp Giấy xác nhận tình trạng hôn nhân' }));
    await user.type(screen.getByRole('textbox', { name: /^Personal ID number/ }), '999123456789');
    await user.type(screen.getByRole('textbox', { name: /^Mobile phone/ }), '0123456789');
    await user.click(screen.getByRole('button', { name: 'Receive and print the receipt' }));

    const idNumber = screen.getByRole('textbox', { name: /^Personal ID number/ });
    expect(idNumber).toHaveAccessibleDescription(/The birth-registration province code "999" is not valid/);
    expect(screen.getByRole('textbox', { name: /^Mobile phone/ })).toHaveAccessibleDescription(/A mobile number has 10 digits/);
    expect(screen.getByRole('textbox', { name: /^Address/ })).toHaveAccessibleDescription(/Please enter the address/);

    await user.click(screen.getByRole('button', { name: /^Account:/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Tiếng Việt' }));
    const idNumberVi = await screen.findByRole('textbox', { name: /^Số định danh cá nhân/ });
    expect(idNumberVi).toHaveAccessibleDescription(/Mã tỉnh nơi đăng ký khai sinh "999" không hợp lệ/);
    expect(screen.getByRole('textbox', { name: /^Địa chỉ/ })).toHaveAccessibleDescription(/Vui lòng nhập địa chỉ/);
  });
});
