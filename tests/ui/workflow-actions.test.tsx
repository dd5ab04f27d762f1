import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DossierDetail, DossierListItem } from '../../src/domain/schemas/dossier.ts';
import { getDossier } from '../../src/features/dossiers/api/get-dossier.ts';
import type { DossierStatus } from '../../src/domain/dossier-status.ts';
import { publicHolidays } from '../../src/domain/public-holidays.ts';
import { defaultWorkingTimeSettings, WorkingCalendar } from '../../src/domain/working-time.ts';
import { api, dataOf } from '../../src/lib/api-client.ts';
import { formatDateTime } from '../../src/lib/format.ts';
import { logInAs, renderApp } from '../setup/render-app.tsx';
import { TEST_NOW } from '../setup/test-clock.ts';

/** The first seeded dossier in `status` that `pick` accepts, as the API lists it. */
async function findDossier(status: DossierStatus, pick: (item: DossierListItem) => boolean = () => true): Promise<DossierListItem> {
  const list = await dataOf(api.GET('/api/dossiers', { params: { query: { status, pageSize: 100, sort: 'code', order: 'asc' } } }));
  const found = list.items.find(pick);
  if (!found) throw new Error(`no seeded ${status} dossier fits`);
  return found;
}

async function openDossier(id: string, code: string) {
  const view = renderApp(`/ho-so/${id}`);
  await screen.findByRole('heading', { level: 1, name: code });
  return view;
}

const summaryOf = (code: string) => screen.getByRole('region', { name: code });

describe('steps of the lifecycle from the dossier page', () => {
  it('lets a department head assign a handler, then shows the new holder, history and control slip', async () => {
    await logInAs('truongvp');
    const dossier = await findDossier('awaiting_assignment', (item) => item.holder.unitShortName === 'Văn phòng HĐND-UBND');
    const { user } = await openDossier(dossier.id, dossier.code);

    await user.click(screen.getByRole('button', { name: 'Phân công xử lý' }));
    const dialog = await screen.findByRole('dialog', { name: 'Phân công xử lý' });
    expect(within(dialog).getByText(dossier.code)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('combobox', { name: 'Chuyên viên xử lý' }));
    await user.click(await screen.findByRole('option', { name: /Trần Thị Mai/ }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Ghi chú cho chuyên viên (không bắt buộc)' }), 'Ưu tiên giải quyết trong ngày');
    await user.click(within(dialog).getByRole('button', { name: 'Phân công' }));

    await waitForDialogToClose('Phân công xử lý');
    expect(await within(summaryOf(dossier.code)).findByText('Đang xử lý')).toBeInTheDocument();
    expect(within(summaryOf(dossier.code)).getByText('Trần Thị Mai')).toBeInTheDocument();
    const history = screen.getByRole('list', { name: 'Lịch sử xử lý' });
    const newest = within(history).getAllByRole('listitem')[0]!;
    expect(within(newest).getByRole('heading', { name: 'Phân công xử lý' })).toBeInTheDocument();
    expect(within(newest).getByText('Ưu tiên giải quyết trong ngày')).toBeInTheDocument();
    const slip = screen.getByRole('table', { name: /Phiếu kiểm soát quá trình giải quyết/ });
    const lastLeg = within(slip).getAllByRole('row').at(-1)!;
    expect(within(lastLeg).getByText(/→ Trần Thị Mai/)).toBeInTheDocument();
    // The head may do nothing more with it: no assign button any longer.
    expect(screen.queryByRole('button', { name: 'Phân công xử lý' })).not.toBeInTheDocument();
  });

  it('keeps what was typed when someone else changed the dossier first, then sends with the new version', async () => {
    await logInAs('motcua1');
    const dossier = await findDossier('received', (item) => item.dueState !== 'late');
    const { user } = await openDossier(dossier.id, dossier.code);

    await user.click(screen.getByRole('button', { name: 'Chuyển phòng chuyên môn' }));
    const dialog = await screen.findByRole('dialog', { name: 'Chuyển phòng chuyên môn' });
    const note = within(dialog).getByRole('textbox', { name: 'Ghi chú khi chuyển (không bắt buộc)' });
    await user.type(note, 'Hồ sơ đủ, chuyển ngay');

    // Meanwhile the dossier changes under the officer's hands (here: an apology moves its appointment).
    const seen = await getDossier(dossier.id);
    // A new appointment must be a working instant after the current one: a working day later.
    const later = new WorkingCalendar(defaultWorkingTimeSettings, publicHolidays).addWorkingDays(new Date(seen.appointmentAt!), 1).toISOString();
    await api.POST('/api/dossiers/{id}/actions/apologize', {
      params: { path: { id: dossier.id } },
      body: { version: seen.version, reason: 'Chờ xác minh', newAppointmentAt: later },
    });

    await user.click(within(dialog).getByRole('button', { name: 'Chuyển hồ sơ' }));
    expect(await within(dialog).findByText('Hồ sơ vừa được người khác cập nhật')).toBeInTheDocument();
    expect(note).toHaveValue('Hồ sơ đủ, chuyển ngay');
    // The page behind shows the change (the new appointment, the apology in the history).
    expect(await within(summaryOf(dossier.code)).findByText(formatDateTime(later))).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Chuyển hồ sơ' }));
    await waitForDialogToClose('Chuyển phòng chuyên môn');
    expect(await within(summaryOf(dossier.code)).findByText('Chờ phân công')).toBeInTheDocument();
    const newest = within(screen.getByRole('list', { name: 'Lịch sử xử lý' })).getAllByRole('listitem')[0]!;
    expect(within(newest).getByText('Hồ sơ đủ, chuyển ngay')).toBeInTheDocument();
  });

  it('shows the chairperson the draft result above Approve, and again in the dialog', async () => {
    await logInAs('chutich');
    const dossier = await findDossier('awaiting_approval');
    const { result } = await getDossier(dossier.id);
    const { user } = await openDossier(dossier.id, dossier.code);

    const draft = screen.getByRole('region', { name: 'Dự thảo kết quả trình phê duyệt' });
    expect(within(draft).getByText(result!.summary!)).toBeInTheDocument();
    expect(within(draft).getByText(result!.kind === 'granted' ? 'Giải quyết' : 'Từ chối giải quyết')).toBeInTheDocument();
    expect(within(draft).getByText(`Số, ký hiệu văn bản: ${result!.number}`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Phê duyệt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Phê duyệt' });
    expect(within(dialog).getByText(result!.summary!)).toBeInTheDocument();
  });

  it('lets a handler request a supplement and offers form 02 to print', async () => {
    await logInAs('hotich');
    // One whose applicant has a phone: the request is sent to it by SMS (checked below).
    const list = await dataOf(api.GET('/api/dossiers', { params: { query: { status: 'processing', pageSize: 100, sort: 'code', order: 'asc' } } }));
    let dossier: DossierListItem | undefined;
    for (const item of list.items.filter((candidate) => candidate.holder.userName === 'Trần Thị Mai')) {
      if ((await getDossier(item.id)).applicant.phone) {
        dossier = item;
        break;
      }
    }
    if (!dossier) throw new Error('no seeded processing dossier of Trần Thị Mai with a phone');
    const { user } = await openDossier(dossier.id, dossier.code);

    // The expected step is to submit the result; asking for a supplement is under "Thao tác khác".
    expect(screen.getByRole('button', { name: 'Trình ký' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Thao tác khác' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Yêu cầu bổ sung' }));
    const dialog = await screen.findByRole('dialog', { name: 'Yêu cầu bổ sung' });

    await user.click(within(dialog).getByRole('button', { name: 'Gửi yêu cầu bổ sung' }));
    expect(await within(dialog).findByText('Vui lòng nhập tên giấy tờ')).toBeInTheDocument();
    expect(within(dialog).getByText('Vui lòng nêu lý do')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: 'Tên giấy tờ 1' }), 'Bản sao trích lục khai tử');
    await user.type(within(dialog).getByRole('textbox', { name: /Yêu cầu cụ thể với giấy tờ 1/ }), 'Bản sao có chứng thực');
    await user.type(within(dialog).getByRole('textbox', { name: 'Lý do' }), 'Thiếu giấy tờ chứng minh tình trạng hôn nhân');
    await user.type(within(dialog).getByRole('textbox', { name: 'Hạn nộp bổ sung (ngày làm việc)' }), '10');
    await user.click(within(dialog).getByRole('button', { name: 'Gửi yêu cầu bổ sung' }));

    expect(await within(dialog).findByText('Đã thực hiện: Yêu cầu bổ sung')).toBeInTheDocument();
    const print = within(dialog).getByRole('link', { name: 'In phiếu yêu cầu bổ sung (mẫu 02)' });
    const request = (await getDossier(dossier.id)).events.at(-1)!;
    expect(request.action).toBe('request_supplement');
    expect(print).toHaveAttribute('href', `/in/ho-so/${dossier.id}/yeu-cau-bo-sung/${request.id}`);
    expect(print).toHaveAttribute('target', '_blank');
    await user.click(within(dialog).getByRole('button', { name: 'Đóng' }));
    await waitForDialogToClose('Yêu cầu bổ sung');

    expect(within(summaryOf(dossier.code)).getByText('Chờ bổ sung')).toBeInTheDocument();
    expect(within(summaryOf(dossier.code)).getByText('Đang tạm dừng tính thời hạn')).toBeInTheDocument();
    // The applicant is told by SMS (and e-mail when known); the outbox sends it later.
    const messages = screen.getByRole('list', { name: 'Thông báo cho công dân' });
    const newest = within(messages).getAllByRole('listitem')[0]!;
    expect(within(newest).getByText('Yêu cầu bổ sung hồ sơ')).toBeInTheDocument();
    expect(within(newest).getByText('Chờ gửi')).toBeInTheDocument();
    // Nothing more for the handler until the supplement arrives.
    expect(screen.getByText('Bạn không có thao tác nào với hồ sơ ở trạng thái hiện tại.')).toBeInTheDocument();
  });

  it('records a supplement at the desk and moves the appointment by exactly the working time it waited', async () => {
    await logInAs('motcua1');
    const calendar = new WorkingCalendar(defaultWorkingTimeSettings, publicHolidays);
    // A seeded request from some days ago (not the one the handler made at "now" above).
    const waiting = await dataOf(api.GET('/api/dossiers', { params: { query: { status: 'supplement_requested', pageSize: 100, sort: 'code', order: 'asc' } } }));
    let before: DossierDetail | undefined;
    for (const item of waiting.items) {
      const detail = await getDossier(item.id);
      if (detail.pausedAt && calendar.workingMsBetween(new Date(detail.pausedAt), TEST_NOW) > 0) {
        before = detail;
        break;
      }
    }
    if (!before) throw new Error('no seeded supplement request from before now');
    const { user } = await openDossier(before.id, before.code);

    await user.click(screen.getByRole('button', { name: 'Nhận hồ sơ bổ sung' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhận hồ sơ bổ sung' });
    await user.type(within(dialog).getByRole('textbox', { name: /Giấy tờ đã nhận bổ sung/ }), 'Đã nhận bản sao chứng thực');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận đã nhận bổ sung' }));
    expect(await within(dialog).findByText('Đã thực hiện: Nhận hồ sơ bổ sung')).toBeInTheDocument();

    // The same rule as the API's (pause mode): the working minutes between the request and now are added.
    const paused = Math.round(calendar.workingMsBetween(new Date(before.pausedAt!), TEST_NOW) / 60_000);
    const expected = calendar.extendByPause(new Date(before.appointmentAt!), new Date(before.pausedAt!), TEST_NOW);
    const hours = Math.floor(paused / 60);
    const minutes = paused % 60;
    const pausedText = minutes === 0 ? `${hours} giờ làm việc` : hours === 0 ? `${minutes} phút làm việc` : `${hours} giờ ${minutes} phút làm việc`;
    expect(within(dialog).getByText(pausedText)).toBeInTheDocument();
    expect(within(dialog).getByText(formatDateTime(expected))).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Đóng' }));

    expect(within(summaryOf(before.code)).getByText(formatDateTime(expected))).toBeInTheDocument();
    expect(within(summaryOf(before.code)).getByText('Đang xử lý')).toBeInTheDocument();
  });
});

async function waitForDialogToClose(name: string) {
  await waitFor(() => expect(screen.queryByRole('dialog', { name })).not.toBeInTheDocument());
}
