import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { publicHolidays } from '../../src/domain/public-holidays.ts';
import { WorkingCalendar, defaultWorkingTimeSettings } from '../../src/domain/working-time.ts';
import { getDossier } from '../../src/features/dossiers/api/get-dossier.ts';
import { api } from '../../src/lib/api-client.ts';
import { logInAs, renderApp } from '../setup/render-app.tsx';

/** The rows of the list once it shows the current page (the first row holds the headers). */
async function findRows() {
  const table = await screen.findByRole('table', { name: /Danh sách hồ sơ/, busy: false });
  return within(table).getAllByRole('row').slice(1);
}

const codeOf = (row: HTMLElement) => within(row).getAllByRole('link')[0]!.textContent ?? '';
const idOf = (row: HTMLElement) => within(row).getAllByRole('link')[0]!.getAttribute('href')!.split('/').pop()!;

async function tickableRows(count: number) {
  const rows = (await findRows()).filter((row) => !within(row).getByRole('checkbox').hasAttribute('disabled'));
  expect(rows.length).toBeGreaterThanOrEqual(count);
  return rows.slice(0, count);
}

describe('work queues with bulk and row actions', () => {
  it("lets a department head tick only the department's dossiers and assign them to one handler", async () => {
    await logInAs('truongvp');
    const { user } = renderApp('/ho-so?status=awaiting_assignment');
    const rows = await findRows();
    // Other departments' dossiers are listed but cannot be ticked.
    const locked = rows.filter((row) => within(row).getByRole('checkbox').hasAttribute('disabled'));
    expect(locked.length).toBeGreaterThan(0);
    for (const row of locked) expect(within(row).getAllByText(/Phòng Kinh tế|Phòng VH-XH/).length).toBeGreaterThan(0);
    // The queue's tools arrive with it (their own chunk).
    expect(await screen.findByText('Đánh dấu các hồ sơ của phòng để phân công cùng lúc cho một chuyên viên.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Phân công' })).toBeDisabled();

    const [first, second] = await tickableRows(2);
    const codes = [codeOf(first!), codeOf(second!)];
    await user.click(within(first!).getByRole('checkbox', { name: `Chọn hồ sơ ${codes[0]}` }));
    await user.click(within(second!).getByRole('checkbox', { name: `Chọn hồ sơ ${codes[1]}` }));
    expect(screen.getByText('Đã chọn 2 hồ sơ')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Phân công' }));
    const dialog = await screen.findByRole('dialog', { name: 'Phân công 2 hồ sơ' });
    for (const code of codes) expect(within(dialog).getByText(code)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('combobox', { name: 'Chuyên viên xử lý' }));
    await user.click(await screen.findByRole('option', { name: /Trần Thị Mai/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Phân công 2 hồ sơ' }));

    expect(await screen.findByText('Đã phân công 2 hồ sơ')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(async () => expect((await findRows()).map(codeOf)).not.toContain(codes[0]));
    for (const row of [first!, second!]) {
      const dossier = await getDossier(idOf(row));
      expect(dossier).toMatchObject({ status: 'processing', holder: { userName: 'Trần Thị Mai' } });
    }
  });

  it('names the dossier that changed meanwhile, changes nothing, and goes through once reloaded', async () => {
    await logInAs('truongvp');
    const { user } = renderApp('/ho-so?status=awaiting_assignment');
    const [first, second] = await tickableRows(2);
    const codes = [codeOf(first!), codeOf(second!)];
    await user.click(within(first!).getByRole('checkbox', { name: `Chọn hồ sơ ${codes[0]}` }));
    await user.click(within(second!).getByRole('checkbox', { name: `Chọn hồ sơ ${codes[1]}` }));
    await user.click(screen.getByRole('button', { name: 'Phân công' }));
    const dialog = await screen.findByRole('dialog', { name: 'Phân công 2 hồ sơ' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Chuyên viên xử lý' }));
    await user.click(await screen.findByRole('option', { name: /Trần Thị Mai/ }));

    // The chairperson moves the second dossier's appointment while the head is choosing.
    await logInAs('chutich');
    const moved = await getDossier(idOf(second!));
    // A new appointment must be a working instant after the current one: a working day later.
    const later = new WorkingCalendar(defaultWorkingTimeSettings, publicHolidays).addWorkingDays(new Date(moved.appointmentAt!), 1).toISOString();
    await api.POST('/api/dossiers/{id}/actions/apologize', {
      params: { path: { id: moved.id } },
      body: { version: moved.version, reason: 'Chờ ý kiến cơ quan phối hợp', newAppointmentAt: later },
    });
    await logInAs('truongvp');

    await user.click(within(dialog).getByRole('button', { name: 'Phân công 2 hồ sơ' }));
    const conflict = await within(dialog).findByRole('alert');
    expect(conflict).toHaveTextContent('Hồ sơ vừa được người khác cập nhật');
    expect(conflict).toHaveTextContent(codes[1]!);
    expect(conflict).not.toHaveTextContent(codes[0]!);
    // All or nothing: the first one was not assigned either.
    expect((await getDossier(idOf(first!))).status).toBe('awaiting_assignment');

    // The queue reloaded with the new version: sending again goes through.
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Phân công 2 hồ sơ' })).toBeEnabled());
    await user.click(within(dialog).getByRole('button', { name: 'Phân công 2 hồ sơ' }));
    expect(await screen.findByText('Đã phân công 2 hồ sơ')).toBeInTheDocument();
    expect((await getDossier(idOf(second!))).status).toBe('processing');
  });

  it('lets the chairperson approve every result on the page at once', async () => {
    await logInAs('chutich');
    const { user } = renderApp('/ho-so?status=awaiting_approval');
    const rows = await findRows();
    await user.click(screen.getByRole('checkbox', { name: 'Chọn tất cả hồ sơ có thể chọn trên trang này' }));
    const ticked = rows.filter((row) => (within(row).getByRole('checkbox') as HTMLInputElement).checked);
    expect(ticked.length).toBeGreaterThan(0);
    expect(screen.getByText(`Đã chọn ${ticked.length} hồ sơ`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Phê duyệt' }));
    const dialog = await screen.findByRole('dialog', { name: `Phê duyệt ${ticked.length} hồ sơ` });
    await user.click(within(dialog).getByRole('button', { name: `Phê duyệt ${ticked.length} hồ sơ` }));
    expect(await screen.findByText(`Đã phê duyệt ${ticked.length} hồ sơ`)).toBeInTheDocument();
    const approved = await getDossier(idOf(ticked[0]!));
    expect(approved.status).toBe('result_ready');
  });

  it('lets the desk accept an online dossier from its row and print the receipt', async () => {
    await logInAs('motcua1');
    const { user } = renderApp('/ho-so?status=awaiting_intake');
    const [row] = await findRows();
    const code = codeOf(row!);
    await user.click(within(row!).getByRole('button', { name: `Tiếp nhận hồ sơ ${code}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Tiếp nhận hồ sơ trực tuyến' });
    expect(within(dialog).getByText(code)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Tiếp nhận hồ sơ' }));

    expect(await within(dialog).findByText('Đã thực hiện: Tiếp nhận hồ sơ trực tuyến')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'In biên nhận (mẫu 01)' })).toHaveAttribute('href', `/in/ho-so/${idOf(row!)}/bien-nhan`);
    expect(within(dialog).getByText('Ngày hẹn trả kết quả', { exact: false })).toBeInTheDocument();
    // The dialog stays while the row leaves the queue behind it.
    await waitFor(async () => expect((await findRows()).map(codeOf)).not.toContain(code));
    await user.click(within(dialog).getByRole('button', { name: 'Đóng' }));
    expect((await getDossier(idOf(row!))).status).toBe('received');
  });

  it('lets the desk refuse an online dossier from its row menu, with a reason, and print form 03', async () => {
    await logInAs('motcua1');
    const { user } = renderApp('/ho-so?status=awaiting_intake');
    const [row] = await findRows();
    const code = codeOf(row!);
    await user.click(within(row!).getByRole('button', { name: `Thao tác khác với hồ sơ ${code}` }));
    await user.click(await screen.findByRole('menuitem', { name: 'Từ chối tiếp nhận' }));
    const dialog = await screen.findByRole('dialog', { name: 'Từ chối tiếp nhận' });
    await user.click(within(dialog).getByRole('button', { name: 'Từ chối tiếp nhận' }));
    expect(await within(dialog).findByText('Vui lòng nêu lý do từ chối')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Lý do từ chối tiếp nhận' }), 'Thủ tục không thuộc thẩm quyền của xã');
    await user.click(within(dialog).getByRole('button', { name: 'Từ chối tiếp nhận' }));

    expect(await within(dialog).findByRole('link', { name: 'In phiếu từ chối (mẫu 03)' })).toHaveAttribute('href', `/in/ho-so/${idOf(row!)}/tu-choi`);
    const refused = await getDossier(idOf(row!));
    expect(refused.status).toBe('refused');
    expect(refused.events.at(-1)!.note).toBe('Thủ tục không thuộc thẩm quyền của xã');
  });
});
