import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api, dataOf } from '../../src/lib/api-client.ts';
import { logInAs, renderApp } from '../setup/render-app.tsx';

interface Step {
  id: string;
  version: number;
}

async function act(username: string, dossier: Step, action: string, body: Record<string, unknown> = {}): Promise<Step> {
  await logInAs(username);
  const response = await fetch(new URL(`/api/dossiers/${dossier.id}/actions/${action}`, globalThis.location.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ version: dossier.version, ...body }),
  });
  if (!response.ok) throw new Error(`${action}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** A building permit (75.000 đ, due before the return) decided and ready to hand over, through the API. */
async function permitReadyToReturn() {
  await logInAs('motcua1');
  const procedures = await dataOf(api.GET('/api/procedures'));
  const permit = procedures.find((p) => p.code === '1.009994')!;
  const received = await dataOf(
    api.POST('/api/dossiers', {
      body: {
        procedureId: permit.id,
        channel: 'walk_in',
        applicant: { name: 'Hoàng Văn Tám', phone: '0912777888', address: 'Thôn Đông, xã Hoàng An' },
        documents: permit.documents.map((d) => ({ procedureDocumentId: d.id, received: true, form: d.defaultForm, count: 1 })),
        returnMethod: 'desk',
        feeAmount: permit.feeAmount,
      },
    }),
  );
  const users = await dataOf(api.GET('/api/users'));
  // Phòng Kinh tế's handler (demo account diachinh).
  const handler = users.find((u) => u.role === 'handler' && u.fullName === 'Đặng Văn Nam')!;
  let step: Step = await act('motcua1', received, 'hand_over');
  step = await act('truongkt', step, 'assign', { handlerId: handler.id });
  step = await act('diachinh', step, 'submit_result', { kind: 'granted', number: '31/GPXD', summary: 'Cấp giấy phép xây dựng' });
  await act('chutich', step, 'approve');
  await logInAs('motcua1');
  return received;
}

describe('fees on the dossier page', () => {
  it('refuses to return the result while fees due before the return are unpaid, and takes the payment', async () => {
    const dossier = await permitReadyToReturn();
    const { user } = renderApp(`/ho-so/${dossier.id}`);
    await screen.findByRole('heading', { level: 1, name: dossier.code });
    const fees = screen.getByRole('region', { name: 'Phí, lệ phí' });
    expect(within(fees).getByText('Chưa nộp')).toBeInTheDocument();
    expect(within(fees).getByText('Nộp trước khi trả kết quả · Lệ phí: Theo quy định của HĐND tỉnh')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Trả kết quả' }));
    let dialog = await screen.findByRole('dialog', { name: 'Trả kết quả' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('phải nộp phí, lệ phí trước khi trả kết quả: còn 75.000');
    expect(within(dialog).getByRole('button', { name: 'Xác nhận đã trả kết quả' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(within(fees).getByRole('button', { name: 'Ghi nhận nộp phí' }));
    dialog = await screen.findByRole('dialog', { name: 'Thu phí, lệ phí' });
    expect(within(dialog).getByRole('textbox', { name: 'Số tiền (đồng)' })).toHaveValue('75.000');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận đã thu' }));
    expect(await within(dialog).findByText('Vui lòng nhập số biên lai')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Số biên lai' }), '0000777');
    await user.click(within(dialog).getByRole('radio', { name: 'Chuyển khoản' }));
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận đã thu' }));
    const print = await within(dialog).findByRole('link', { name: 'In biên lai thu phí, lệ phí' });
    expect(print).toHaveAttribute('href', expect.stringMatching(new RegExp(`^/in/ho-so/${dossier.id}/bien-lai/`)));
    await user.click(within(dialog).getByRole('button', { name: 'Đóng' }));

    expect(await within(fees).findByText('Đã nộp đủ')).toBeInTheDocument();
    expect(within(fees).getByText(/Biên lai số 0000777/)).toBeInTheDocument();
    expect(within(fees).getByText(/75\.000\s₫ · Chuyển khoản/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Trả kết quả' }));
    dialog = await screen.findByRole('dialog', { name: 'Trả kết quả' });
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Xác nhận đã trả kết quả' })).toBeEnabled();
  });
});
