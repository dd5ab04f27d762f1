import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logInAs, renderApp } from '../setup/render-app.tsx';
import { TEST_NOW } from '../setup/test-clock.ts';

const procedureName = 'Cấp Giấy xác nhận tình trạng hôn nhân';
// A made-up holder, in the card's QR layout: ID | old ID | name | birth | sex | residence | issued.
const card = '001190012345|123456789|Nguyễn Thị Minh Hằng|14031990|Nữ|Số 12, thôn Đông, xã Hoàng An|20052021';
const noOldId = '034205004321||Trần Văn Bình|01022005|Nam|Thôn Bắc, xã Hoàng An|15082022';

describe('a citizen ID card scanned into the intake form', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW, shouldAdvanceTime: true });
    await logInAs('motcua1');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  async function openWithProcedure() {
    const view = renderApp('/tiep-nhan');
    const picker = await screen.findByRole('combobox', { name: /Thủ tục/ });
    await vi.waitFor(() => expect(picker).toHaveFocus());
    await view.user.keyboard('xac nhan tinh trang');
    await view.user.keyboard('{Enter}');
    expect(picker).toHaveValue(procedureName);
    return view;
  }

  const field = (name: string | RegExp) => screen.getByRole('textbox', { name });

  it('fills the applicant where the officer was typing, says what it filled, and moves on to the phone', async () => {
    const { user } = await openWithProcedure();
    await user.click(field(/^Họ và tên/));
    // Something typed before the scan: the card replaces the applicant's name.
    await user.keyboard('Chi');
    await user.keyboard(`${card}{Enter}`);

    expect(field(/^Họ và tên/)).toHaveValue('Nguyễn Thị Minh Hằng');
    expect(field('Số định danh cá nhân')).toHaveValue('001190012345');
    expect(screen.getByLabelText('Ngày sinh')).toHaveValue('1990-03-14');
    expect(screen.getByRole('combobox', { name: 'Giới tính' })).toHaveValue('female');
    expect(field(/^Địa chỉ/)).toHaveValue('Số 12, thôn Đông, xã Hoàng An');
    expect(field('Điện thoại di động')).toHaveFocus();

    const notice = screen.getByRole('alert', { name: 'Đã điền chủ hồ sơ từ thẻ căn cước' });
    expect(within(notice).getByText('Nguyễn Thị Minh Hằng')).toBeInTheDocument();
    expect(within(notice).getByText('14/03/1990')).toBeInTheDocument();
    expect(within(notice).getByText('Nữ')).toBeInTheDocument();
    expect(within(notice).getByText('123456789')).toBeInTheDocument();
    // The procedure picker did not take the scan's Enter, nor any of its characters.
    expect(screen.getByRole('combobox', { name: /Thủ tục/ })).toHaveValue(procedureName);
  });

  it('fills the submitter when focus is in the submitter’s part, and leaves the applicant alone', async () => {
    const { user } = await openWithProcedure();
    await user.type(field(/^Họ và tên/), 'Trần Văn Nam');
    await user.click(screen.getByRole('switch', { name: /Người nộp khác chủ hồ sơ/ }));
    await vi.waitFor(() => expect(field(/^Họ và tên người nộp/)).toHaveFocus());
    await user.keyboard(`${noOldId}{Enter}`);

    expect(field(/^Họ và tên người nộp/)).toHaveValue('Trần Văn Bình');
    expect(field('Số định danh cá nhân người nộp')).toHaveValue('034205004321');
    expect(screen.getByLabelText('Ngày sinh người nộp')).toHaveValue('2005-02-01');
    expect(screen.getByRole('combobox', { name: 'Giới tính người nộp' })).toHaveValue('male');
    expect(field('Địa chỉ người nộp')).toHaveValue('Thôn Bắc, xã Hoàng An');
    expect(field(/^Họ và tên$/)).toHaveValue('Trần Văn Nam');
    expect(field('Điện thoại người nộp')).toHaveFocus();
    expect(screen.getByRole('alert', { name: 'Đã điền người nộp từ thẻ căn cước' })).toBeInTheDocument();
  });

  it('says so when the code cannot be read, and leaves the fields as they were', async () => {
    const { user } = await openWithProcedure();
    await user.click(field('Số định danh cá nhân'));
    await user.keyboard('001190012345|rác|31021990{Enter}');
    expect(await screen.findByText('Không đọc được mã QR của thẻ căn cước. Quét lại, hoặc nhập tay.')).toBeInTheDocument();
    expect(field('Số định danh cá nhân')).toHaveValue('');
    expect(field(/^Họ và tên/)).toHaveValue('');
  });

  it('lets an ID number typed by hand stay typed (no “|”, no scan)', async () => {
    const { user } = await openWithProcedure();
    await user.type(field('Số định danh cá nhân'), '001190012345');
    await user.tab();
    expect(field('Số định danh cá nhân')).toHaveValue('001190012345');
    expect(screen.queryByRole('alert', { name: /từ thẻ căn cước/ })).not.toBeInTheDocument();
  });

  it('starts the next walk-in on the procedure of the last one, selected so typing replaces it', async () => {
    const first = await openWithProcedure();
    first.unmount();
    const { user } = renderApp('/tiep-nhan');
    const picker = await screen.findByRole('combobox', { name: /Thủ tục/ });
    await vi.waitFor(() => expect(picker).toHaveFocus());
    expect(picker).toHaveValue(procedureName);
    expect(picker).toHaveAccessibleDescription('Thủ tục của lần tiếp nhận trước; gõ để chọn thủ tục khác.');
    expect(screen.getByRole('checkbox', { name: 'Đã nhận: Tờ khai cấp Giấy xác nhận tình trạng hôn nhân' })).not.toBeChecked();
    expect(picker).toHaveProperty('selectionStart', 0);
    expect(picker).toHaveProperty('selectionEnd', procedureName.length);
    // Typing it again (or another) replaces the name; Enter keeps the procedure and shows its name.
    await user.keyboard('xac nhan tinh trang');
    await user.keyboard('{Enter}');
    expect(picker).toHaveValue(procedureName);
  });
});
