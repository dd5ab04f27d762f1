import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api, dataOf } from '../../src/lib/api-client.ts';
import { logInAs, renderApp } from '../setup/render-app.tsx';
import { isoToVietnamWallClock } from '../../src/domain/vietnam-time.ts';

// The administration's dialogs are the app's shared dialog form: Ctrl+Enter submits, Esc
// asks before throwing typed text away, and focus goes back to what opened the dialog.

const question = 'Bỏ nội dung đã nhập?';
const submitKeys = '{Control>}{Enter}{/Control}';

describe('the administration’s dialogs', () => {
  it('adds a unit on Ctrl+Enter, shows a code the API refuses beside its field, and gives focus back to the button that opened the dialog', async () => {
    await logInAs('admin');
    const taken = (await dataOf(api.GET('/api/admin/units'))).find((unit) => unit.kind === 'department')!;
    const { user } = renderApp('/quan-tri/don-vi');
    expect(await screen.findByRole('button', { name: `Sửa ${taken.name}` })).toBeInTheDocument();
    const add = screen.getByRole('button', { name: 'Thêm đơn vị' });
    await user.click(add);
    const dialog = await screen.findByRole('dialog', { name: 'Thêm đơn vị' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Tên đơn vị/ }), 'Phòng Thử nghiệm');
    await user.type(within(dialog).getByRole('textbox', { name: /^Tên viết tắt/ }), 'PTN');
    const code = within(dialog).getByRole('textbox', { name: /^Mã định danh/ });
    await user.type(code, taken.code);

    await user.keyboard(submitKeys);
    const refusal = `Đã có đơn vị mang mã định danh ${taken.code}.`;
    expect(await within(dialog).findByText(refusal)).toBeInTheDocument();
    expect(code).toHaveAccessibleDescription(expect.stringContaining(refusal));
    expect(code).toHaveAttribute('aria-invalid', 'true');

    await user.clear(code);
    await user.type(code, '000.99.22.H56');
    await user.keyboard(submitKeys);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('button', { name: 'Sửa Phòng Thử nghiệm' })).toBeInTheDocument();
    await waitFor(() => expect(add).toHaveFocus());
  });

  it('asks before Esc throws away what was typed: keep editing keeps it, discarding closes and gives focus back', async () => {
    await logInAs('admin');
    const { user } = renderApp('/quan-tri/nguoi-dung');
    const add = await screen.findByRole('button', { name: 'Thêm người dùng' });
    await user.click(add);
    const dialog = await screen.findByRole('dialog', { name: 'Thêm người dùng' });
    const fullName = within(dialog).getByRole('textbox', { name: /^Họ và tên/ });
    await user.type(fullName, 'Trần Thị Mai');

    await user.keyboard('{Escape}');
    expect(await within(dialog).findByText(question)).toBeInTheDocument();
    const keep = within(dialog).getByRole('button', { name: 'Tiếp tục nhập' });
    expect(keep).toHaveFocus();
    await user.click(keep);
    expect(within(dialog).queryByText(question)).not.toBeInTheDocument();
    expect(fullName).toHaveValue('Trần Thị Mai');
    expect(fullName).toHaveFocus();

    await user.keyboard('{Escape}');
    await user.click(await within(dialog).findByRole('button', { name: 'Bỏ nội dung đã nhập' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(add).toHaveFocus());

    // Opened again, it starts empty and closes on one Esc.
    await user.click(add);
    const again = await screen.findByRole('dialog', { name: 'Thêm người dùng' });
    expect(within(again).getByRole('textbox', { name: /^Họ và tên/ })).toHaveValue('');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(add).toHaveFocus());
  });

  it('creates an account on Ctrl+Enter (a username in use is refused beside its field); after its password, focus is back on the add button', async () => {
    await logInAs('admin');
    const { user } = renderApp('/quan-tri/nguoi-dung');
    const add = await screen.findByRole('button', { name: 'Thêm người dùng' });
    await user.click(add);
    const dialog = await screen.findByRole('dialog', { name: 'Thêm người dùng' });
    const username = within(dialog).getByRole('textbox', { name: /^Tên đăng nhập/ });
    await user.type(username, 'motcua1');
    await user.type(within(dialog).getByRole('textbox', { name: /^Họ và tên/ }), 'Phạm Văn Tâm');
    await user.click(within(dialog).getByRole('combobox', { name: /^Đơn vị/ }));
    await user.click(await within(dialog).findByRole('option', { name: 'Phòng Kinh tế' }));

    await user.keyboard(submitKeys);
    const refusal = 'Tên đăng nhập motcua1 đã có người dùng.';
    expect(await within(dialog).findByText(refusal)).toBeInTheDocument();
    expect(username).toHaveAccessibleDescription(expect.stringContaining(refusal));

    await user.clear(username);
    await user.type(username, 'phamvantam');
    await user.keyboard(submitKeys);
    const password = await screen.findByRole('dialog', { name: 'Mật khẩu dùng một lần' });
    expect(within(password).getByRole<HTMLInputElement>('textbox', { name: 'Mật khẩu dùng một lần' }).value).toMatch(/^[a-zA-Z2-9]{12}$/);
    // The form's dialog closed as this one opened: focus goes back to what opened the first.
    await user.click(within(password).getByRole('button', { name: 'Đóng' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(add).toHaveFocus());
    expect(await screen.findByText('phamvantam')).toBeInTheDocument();
  });

  it('asks before resetting a password with Cancel focused, confirms on Ctrl+Enter, and gives focus back to the row’s menu', async () => {
    await logInAs('admin');
    const { user } = renderApp('/quan-tri/nguoi-dung');
    const menu = await screen.findByRole('button', { name: 'Thao tác khác với tài khoản Bùi Thị Hương' });
    await user.click(menu);
    await user.click(await screen.findByRole('menuitem', { name: 'Đặt lại mật khẩu' }));
    const confirm = await screen.findByRole('dialog', { name: 'Đặt lại mật khẩu của Bùi Thị Hương?' });
    await waitFor(() => expect(within(confirm).getByRole('button', { name: 'Hủy' })).toHaveFocus());

    await user.keyboard(submitKeys);
    const password = await screen.findByRole('dialog', { name: 'Mật khẩu dùng một lần' });
    expect(within(password).getByText(/^Đưa mật khẩu này cho Bùi Thị Hương/)).toBeInTheDocument();
    await waitFor(() => expect(within(password).getByRole('textbox', { name: 'Mật khẩu dùng một lần' })).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(menu).toHaveFocus());
  });

  it('keeps what was typed in each tab of the calendar’s dialog, asks before Esc loses either, and after a holiday that open dossiers are due on, Close has focus', async () => {
    // A day open dossiers are due on that the calendar does not hold yet.
    await logInAs('motcua1');
    const open = await dataOf(api.GET('/api/dossiers', { params: { query: { status: ['processing'], pageSize: 100 } } }));
    await logInAs('admin');
    const dueDays = [...new Set(open.items.flatMap((dossier) => (dossier.appointmentAt ? [isoToVietnamWallClock(dossier.appointmentAt).slice(0, 10)] : [])))];
    const known = new Set<string>();
    for (const year of new Set(dueDays.map((date) => Number(date.slice(0, 4))))) {
      for (const entry of (await dataOf(api.GET('/api/admin/calendar', { params: { query: { year } } }))).days) known.add(entry.date);
    }
    const holiday = dueDays.find((date) => !known.has(date));
    expect(holiday, 'an open dossier due on a day the calendar does not hold').toBeDefined();
    const [year, month, dayOfMonth] = holiday!.split('-');

    const { user } = renderApp('/quan-tri/lich-lam-viec');
    await user.click(await screen.findByRole('button', { name: 'Thêm ngày' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm ngày vào lịch' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Tên/ }), 'Nghỉ bù');
    await user.click(within(dialog).getByRole('tab', { name: 'Dán danh sách' }));
    const list = within(dialog).getByRole('textbox', { name: /^Danh sách ngày/ });
    await user.type(list, '01/05/2099, Quốc tế Lao động');
    await user.clear(list);
    await user.click(within(dialog).getByRole('tab', { name: 'Một ngày' }));
    const name = within(dialog).getByRole('textbox', { name: /^Tên/ });
    expect(name).toHaveValue('Nghỉ bù');
    // The list is empty again, but the day's name is still typed: Esc asks.
    await user.keyboard('{Escape}');
    await user.click(await within(dialog).findByRole('button', { name: 'Tiếp tục nhập' }));

    await user.type(within(dialog).getByRole('textbox', { name: /^Ngày/ }), `${dayOfMonth}/${month}/${year}`);
    await user.keyboard(submitKeys);
    expect(await within(dialog).findByText(/hồ sơ chưa xong có ngày hẹn trả rơi vào ngày nghỉ/)).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Đóng' })).toHaveFocus());
  });
});
