import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dossierCodePattern } from '../../src/domain/dossier-code.ts';
import { logInAs, renderApp } from '../setup/render-app.tsx';
import { TEST_NOW } from '../setup/test-clock.ts';

const procedureName = 'Cấp Giấy xác nhận tình trạng hôn nhân';
const requiredDocument = 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân';

describe('receiving a dossier at the desk', () => {
  beforeEach(async () => {
    // The browser's clock and the API's agree, so the live appointment is the one the receipt gets.
    vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW, shouldAdvanceTime: true });
    await logInAs('motcua1');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  async function pickProcedure(user: ReturnType<typeof renderApp>['user']) {
    const picker = await screen.findByRole('combobox', { name: /Thủ tục/ });
    // Focus starts in the procedure picker; typing without diacritics finds the procedure.
    await vi.waitFor(() => expect(picker).toHaveFocus());
    await user.keyboard('xac nhan tinh trang');
    await user.keyboard('{Enter}');
    expect(picker).toHaveValue(procedureName);
  }

  it('picks a procedure typed without diacritics, shows the live appointment and prints the receipt', async () => {
    const { user, currentUrl } = renderApp('/tiep-nhan');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' })).toBeInTheDocument();
    await pickProcedure(user);

    // Monday 10:00 plus 3 working days.
    const panel = screen.getByRole('complementary', { name: 'Ngày hẹn trả' });
    expect(await within(panel).findByText('26/11/2026')).toBeInTheDocument();
    expect(within(panel).getByText('10:00, Thứ Năm')).toBeInTheDocument();
    expect(within(panel).getByText('3 ngày làm việc')).toBeInTheDocument();
    expect(within(panel).getByText('Văn phòng HĐND và UBND xã')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /^Họ và tên/ }), 'Trần Thị Bích');
    await user.type(screen.getByRole('textbox', { name: 'Số định danh cá nhân' }), '010190012345');
    await user.type(screen.getByRole('textbox', { name: 'Điện thoại di động' }), '0912345670');
    await user.type(screen.getByRole('textbox', { name: /^Địa chỉ/ }), 'Thôn Bảo An, xã Hoàng An');
    await user.click(screen.getByRole('checkbox', { name: `Đã nhận: ${requiredDocument}` }));
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận và in biên nhận' }));

    const receipt = await screen.findByRole('article', { name: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ' });
    expect(currentUrl()).toMatch(/^\/in\/ho-so\/[0-9a-f-]{36}\/bien-nhan$/);
    // The code: the receiving unit's code, the receipt date (Monday 23/11/2026), the day's sequence.
    const code = within(receipt).getByText(dossierCodePattern);
    expect(code.textContent).toMatch(/-261123-\d{4}$/);
    expect(within(receipt).getByText('Trần Thị Bích', { selector: 'span' })).toBeInTheDocument();
    expect(within(receipt).getByText('10 giờ 00 phút, ngày 26/11/2026')).toBeInTheDocument();
    expect(within(receipt).getByRole('cell', { name: requiredDocument })).toBeInTheDocument();
    expect(await within(receipt).findByRole('img', { name: `Mã QR của mã hồ sơ ${code.textContent}` })).toBeInTheDocument();
    // No navigation around the sheet; printing is one Enter away.
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'In' })).toHaveFocus();
  });

  it('shows the Vietnamese message beside a bad ID number and phone, and saves nothing', async () => {
    const { user, currentUrl } = renderApp('/tiep-nhan');
    await pickProcedure(user);
    await user.click(screen.getByRole('checkbox', { name: `Đã nhận: ${requiredDocument}` }));
    await user.type(screen.getByRole('textbox', { name: /^Họ và tên/ }), 'Lê Văn Tâm');
    await user.type(screen.getByRole('textbox', { name: 'Số định danh cá nhân' }), '999123456789');
    await user.type(screen.getByRole('textbox', { name: 'Điện thoại di động' }), '0123456789');
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận và in biên nhận' }));

    const idNumber = screen.getByRole('textbox', { name: 'Số định danh cá nhân' });
    expect(idNumber).toHaveAccessibleDescription('Mã tỉnh nơi đăng ký khai sinh "999" không hợp lệ');
    expect(idNumber).toBeInvalid();
    expect(screen.getByRole('textbox', { name: 'Điện thoại di động' })).toHaveAccessibleDescription(
      'Số điện thoại di động phải có 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09',
    );
    expect(screen.getByRole('textbox', { name: /^Địa chỉ/ })).toHaveAccessibleDescription('Vui lòng nhập địa chỉ');

    await user.clear(idNumber);
    await user.type(idNumber, '12345');
    expect(idNumber).toHaveAccessibleDescription('Số định danh cá nhân phải gồm đúng 12 chữ số');
    expect(currentUrl()).toBe('/tiep-nhan');
  });

  it('turns an incomplete dossier into a guidance slip (form 02) listing the missing papers', async () => {
    const { user, currentUrl } = renderApp('/tiep-nhan');
    await pickProcedure(user);
    await user.type(screen.getByRole('textbox', { name: /^Họ và tên/ }), 'Phạm Quang Huy');
    await user.type(screen.getByRole('textbox', { name: 'Điện thoại di động' }), '0987654321');

    expect(screen.queryByRole('button', { name: 'Tiếp nhận và in biên nhận' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lập phiếu hướng dẫn bổ sung (mẫu 02)' }));

    const dialog = await screen.findByRole('dialog', { name: /Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ/ });
    expect(within(dialog).getByRole('textbox', { name: 'Giấy tờ thứ 1' })).toHaveValue(requiredDocument);
    await user.type(within(dialog).getByRole('textbox', { name: 'Ghi chú cho giấy tờ thứ 1' }), 'Ký và ghi rõ họ tên');
    await user.click(within(dialog).getByRole('button', { name: 'Lập và in phiếu hướng dẫn' }));

    const slip = await screen.findByRole('article', { name: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ' });
    expect(currentUrl()).toMatch(/^\/in\/phieu\/[0-9a-f-]{36}$/);
    expect(within(slip).getByText(/^Số: \d+\/2026\/HD$/)).toBeInTheDocument();
    expect(within(slip).getByRole('cell', { name: requiredDocument })).toBeInTheDocument();
    expect(within(slip).getByRole('cell', { name: 'Ký và ghi rõ họ tên' })).toBeInTheDocument();
    expect(within(slip).getByText(/Hồ sơ chưa đủ thành phần theo quy định/)).toBeInTheDocument();
    // The guiding officer and her work phone, to call while completing the papers.
    expect(within(slip).getByText(/Nguyễn Thị Thu Hà, số điện thoại 0912345678/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Quay lại tiếp nhận' })).toHaveAttribute('href', '/tiep-nhan');
  });
});
