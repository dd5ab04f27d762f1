import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n/i18n.ts';
import { api, dataOf } from '../../src/lib/api-client.ts';
import { printPaths } from '../../src/lib/paths.ts';
import { logInAs, renderApp } from '../setup/render-app.tsx';

let walkIns = 0;
/** A walk-in received through the API, every document handed in: the receipt's subject (each another person: no duplicates). */
async function receiveWalkIn(code = '1.009994') {
  walkIns += 1;
  const procedures = await dataOf(api.GET('/api/procedures'));
  const procedure = procedures.find((candidate) => candidate.code === code)!;
  return dataOf(api.POST('/api/dossiers', {
    body: {
      procedureId: procedure.id,
      channel: 'walk_in',
      applicant: { name: 'Hoàng Văn Đức', idNumber: `010085${String(1234 + walkIns).padStart(6, '0')}`, phone: '0912345670', address: 'Thôn Bảo An, xã Hoàng An' },
      submitter: { name: 'Hoàng Thị Ngọc Ánh', phone: '0987654321' },
      documents: procedure.documents.map((item) => ({ procedureDocumentId: item.id, received: true, form: item.defaultForm, count: 1 })),
      setsCount: 1,
      feeAmount: procedure.feeAmount,
      returnMethod: 'desk',
      notes: '',
    },
  }));
}

describe('the print views', () => {
  beforeEach(async () => {
    await logInAs('motcua1');
  });

  it('prints the receipt (form 01) with the code, its QR code, the documents and the appointment', async () => {
    const dossier = await receiveWalkIn();
    renderApp(printPaths.receipt(dossier.id));

    const receipt = await screen.findByRole('article', { name: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ' });
    expect(within(receipt).getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeInTheDocument();
    expect(within(receipt).getByText('Độc lập - Tự do - Hạnh phúc')).toBeInTheDocument();
    expect(within(receipt).getByText('UBND XÃ HOÀNG AN')).toBeInTheDocument();
    expect(within(receipt).getByText('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG')).toBeInTheDocument();
    // Monday 23/11/2026 10:00 in the tests' clock.
    expect(within(receipt).getByText('Hoàng An, ngày 23 tháng 11 năm 2026')).toBeInTheDocument();
    expect(within(receipt).getByText(dossier.code)).toBeInTheDocument();
    expect(await within(receipt).findByRole('img', { name: `Mã QR của mã hồ sơ ${dossier.code}` })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/svg\+xml/),
    );
    // Received Monday 10:00, 15 working days: Monday 14/12 10:00.
    expect(within(receipt).getByText('10 giờ 00 phút, ngày 14/12/2026')).toBeInTheDocument();
    const documents = within(receipt).getByRole('table');
    expect(within(documents).getAllByRole('row')).toHaveLength(4);
    expect(within(documents).getByRole('cell', { name: 'Giấy chứng nhận quyền sử dụng đất' })).toBeInTheDocument();
    expect(within(documents).getByRole('cell', { name: 'Bản sao chứng thực' })).toBeInTheDocument();
    expect(within(receipt).getByText(`Vào sổ: Sổ theo dõi hồ sơ năm 2026, số thứ tự ${dossier.registerNumber}`)).toBeInTheDocument();
    expect(within(receipt).getByText('Hoàng Thị Ngọc Ánh', { selector: 'p > span' })).toBeInTheDocument();
    expect(within(receipt).getByText(/^6\. Lệ phí: 75\.000\s₫$/)).toBeInTheDocument();
    // Outside the app shell: the toolbar only, with a way back to the dossier.
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Quay lại hồ sơ' })).toHaveAttribute('href', `/ho-so/${dossier.id}`);
    expect(screen.getByRole('button', { name: 'In' })).toBeInTheDocument();
  });

  it('prints the control slip (form 06) of a returned dossier, one row per handoff', async () => {
    const list = await dataOf(api.GET('/api/dossiers', { params: { query: { status: 'returned', pageSize: 1 } } }));
    const dossier = await dataOf(api.GET('/api/dossiers/{id}', { params: { path: { id: list.items[0]!.id } } }));
    renderApp(printPaths.controlSlip(dossier.id));

    const slip = await screen.findByRole('article', { name: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ' });
    expect(within(slip).getByText(dossier.code)).toBeInTheDocument();
    expect(within(slip).getByText(`Cơ quan (bộ phận) giải quyết hồ sơ: ${dossier.decidingUnit.name}`)).toBeInTheDocument();
    const rows = within(within(slip).getByRole('table')).getAllByRole('row').slice(1);
    const handoffs = dossier.events.filter((event) => event.action !== 'apologize' && event.action !== 'submit_online');
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.length).toBeLessThanOrEqual(handoffs.length);
    const citizen = `Tổ chức, cá nhân: ${dossier.submitter?.name ?? dossier.applicant.name}`;
    // The applicant hands the dossier in on the first row and takes the result on the last.
    expect(within(rows[0]!).getByRole('cell', { name: citizen })).toBeInTheDocument();
    expect(within(rows.at(-1)!).getByText('Trả kết quả')).toBeInTheDocument();
    expect(within(rows.at(-1)!).getByRole('cell', { name: citizen })).toBeInTheDocument();
    expect(within(slip).getAllByText(/^(Trước hạn|Đúng hạn|Quá hạn)$/).length).toBeGreaterThan(0);
  });

  it('prints the apology (form 04) in the deciding body’s name with both appointments', async () => {
    const received = await receiveWalkIn('1.004873');
    const apologised = await dataOf(
      api.POST('/api/dossiers/{id}/actions/apologize', {
        params: { path: { id: received.id } },
        body: { version: received.version, reason: 'Chờ ý kiến của cơ quan cấp trên', newAppointmentAt: '2026-12-01T10:00:00+07:00' },
      }),
    );
    const event = apologised.events.find((candidate) => candidate.action === 'apologize')!;
    renderApp(printPaths.apology(received.id, event.id));

    const letter = await screen.findByRole('article', { name: 'VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ' });
    expect(within(letter).getByText('VĂN PHÒNG HĐND VÀ UBND XÃ')).toBeInTheDocument();
    expect(within(letter).getByText('Hoàng Văn Đức')).toBeInTheDocument();
    expect(within(letter).getByText(received.code)).toBeInTheDocument();
    expect(within(letter).getByText('Thời gian hẹn trả kết quả giải quyết hồ sơ: 10 giờ 00 phút, ngày 26/11/2026.')).toBeInTheDocument();
    expect(within(letter).getByText('Chờ ý kiến của cơ quan cấp trên')).toBeInTheDocument();
    expect(within(letter).getByText('10 giờ 00 phút, ngày 01/12/2026')).toBeInTheDocument();
    expect(within(letter).getByText('THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ')).toBeInTheDocument();
  });

  it('prints a second apology with the appointment given at receipt, not the one it replaces', async () => {
    const received = await receiveWalkIn('1.004873');
    const apologize = (body: { version: number; reason: string; newAppointmentAt: string }) =>
      dataOf(api.POST('/api/dossiers/{id}/actions/apologize', { params: { path: { id: received.id } }, body }));
    const first = await apologize({ version: received.version, reason: 'Chờ ý kiến của cơ quan cấp trên', newAppointmentAt: '2026-12-01T10:00:00+07:00' });
    const second = await apologize({ version: first.version, reason: 'Cơ quan cấp trên chưa trả lời', newAppointmentAt: '2026-12-03T15:30:00+07:00' });
    const event = second.events.filter((candidate) => candidate.action === 'apologize').at(-1)!;
    renderApp(printPaths.apology(received.id, event.id));

    const letter = await screen.findByRole('article', { name: 'VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ' });
    // Received Monday 23/11 10:00 with 3 working days: the receipt said Thursday 26/11 10:00.
    expect(within(letter).getByText('Thời gian hẹn trả kết quả giải quyết hồ sơ: 10 giờ 00 phút, ngày 26/11/2026.')).toBeInTheDocument();
    expect(within(letter).getByText('Cơ quan cấp trên chưa trả lời')).toBeInTheDocument();
    expect(within(letter).getByText('15 giờ 30 phút, ngày 03/12/2026')).toBeInTheDocument();
  });

  it('prints the notice of stopping (form 05) after a withdrawal, with its reason', async () => {
    const received = await receiveWalkIn('1.004873');
    await api.POST('/api/dossiers/{id}/actions/withdraw', {
      params: { path: { id: received.id } },
      body: { version: received.version, reason: 'Công dân có đơn đề nghị rút hồ sơ' },
    });
    renderApp(printPaths.stopNotice(received.id));

    const notice = await screen.findByRole('article', { name: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ' });
    expect(within(notice).getByText(/^Theo đề nghị rút hồ sơ của ông\/bà/)).toBeInTheDocument();
    expect(within(notice).getByText('Công dân có đơn đề nghị rút hồ sơ', { exact: false })).toBeInTheDocument();
  });

  it('prints the completion request (form 02) of an online dossier with its papers and the officer’s phone', async () => {
    const list = await dataOf(api.GET('/api/dossiers', { params: { query: { status: 'awaiting_intake', pageSize: 1 } } }));
    const online = await dataOf(api.GET('/api/dossiers/{id}', { params: { path: { id: list.items[0]!.id } } }));
    const asked = await dataOf(
      api.POST('/api/dossiers/{id}/actions/request_completion', {
        params: { path: { id: online.id } },
        body: { version: online.version, items: [{ name: 'Tờ khai có chữ ký', note: 'Ký và ghi rõ họ tên' }], reason: 'Tờ khai chưa ký' },
      }),
    );
    const event = asked.events.find((candidate) => candidate.action === 'request_completion')!;
    renderApp(printPaths.supplementRequest(online.id, event.id));

    const request = await screen.findByRole('article', { name: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ' });
    expect(within(request).getByRole('cell', { name: 'Tờ khai có chữ ký' })).toBeInTheDocument();
    expect(within(request).getByRole('cell', { name: 'Ký và ghi rõ họ tên' })).toBeInTheDocument();
    expect(within(request).getByText('Tờ khai chưa ký')).toBeInTheDocument();
    expect(within(request).getByText(/liên hệ với Nguyễn Thị Thu Hà, số điện thoại 0912345678/)).toBeInTheDocument();
  });

  it('prints a walk-in refusal (form 03) with its number and reason', async () => {
    const procedures = await dataOf(api.GET('/api/procedures'));
    const slip = await dataOf(api.POST('/api/intake-slips', {
      body: {
        kind: 'refusal',
        procedureId: procedures[0]!.id,
        applicant: { name: 'Phạm Quang Huy', address: '' },
        reason: 'Yêu cầu không thuộc thẩm quyền giải quyết của xã.',
      },
    }));
    renderApp(printPaths.intakeSlip(slip.id));

    const refusal = await screen.findByRole('article', { name: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ' });
    expect(within(refusal).getByText(`Số: ${slip.number}`)).toBeInTheDocument();
    expect(slip.number).toMatch(/^\d+\/2026\/TC$/);
    expect(within(refusal).getByText('Yêu cầu không thuộc thẩm quyền giải quyết của xã.')).toBeInTheDocument();
    expect(within(refusal).getByText('NGƯỜI TIẾP NHẬN HỒ SƠ')).toBeInTheDocument();

    // An officer working in English still prints the official Vietnamese form.
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to intake' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ' })).toBeInTheDocument();
    expect(within(refusal).getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeInTheDocument();
  });

  it('says so when the dossier to print does not exist', async () => {
    renderApp(printPaths.receipt('00000000-0000-4000-8000-000000000000'));
    expect(await screen.findByText('Không tìm thấy hồ sơ, phiếu hoặc bước xử lý cần in.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'In' })).not.toBeInTheDocument();
  });
});
