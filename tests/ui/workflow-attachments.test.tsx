import { screen, within } from '@testing-library/react';
import { File as NodeFile } from 'node:buffer';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDossier } from '../../src/features/dossiers/api/get-dossier.ts';
import { api, dataOf } from '../../src/lib/api-client.ts';
import { logInAs, renderApp } from '../setup/render-app.tsx';

// jsdom's File and FormData are not the ones Node's fetch (and so MSW and the API behind
// it) can read: a jsdom file arrives empty. Use Node's, as a browser's would be read.
beforeAll(async () => {
  const NodeFormData = (await new Response(new URLSearchParams('a=b')).formData()).constructor as typeof FormData;
  vi.stubGlobal('FormData', NodeFormData);
  vi.stubGlobal('File', NodeFile);
});
afterAll(() => vi.unstubAllGlobals());

const pdfBytes = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

describe('the attachments panel', () => {
  it('lets the desk upload a scan to a checklist item, and refuses a file that is not PDF/JPEG/PNG', async () => {
    await logInAs('motcua1');
    const list = await dataOf(api.GET('/api/dossiers', { params: { query: { status: 'received', pageSize: 1, sort: 'code', order: 'asc' } } }));
    const dossier = await getDossier(list.items[0]!.id);
    const item = [...dossier.documents].sort((a, b) => a.position - b.position)[0]!;
    const { user } = renderApp(`/ho-so/${dossier.id}`);
    const panel = await screen.findByRole('region', { name: 'Tệp đính kèm' });
    const group = within(panel).getByRole('heading', { name: `1. ${item.name}` }).closest('li')!;
    const input = within(group).getByLabelText(`Tải lên tệp cho: 1. ${item.name}`, { selector: 'input' });
    // The item may already hold scans (the desk's, from the demo data): one more line after the upload.
    const fileLine = /^\d+ B · \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} · Nguyễn Thị Thu Hà$/;
    const linesBefore = within(group).queryAllByText(fileLine).length;

    await user.upload(input, new File([pdfBytes], 'to-khai.pdf', { type: 'application/pdf' }));
    expect(await within(group).findByRole('button', { name: 'Xem tệp to-khai.pdf' })).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: 'Tải về to-khai.pdf' })).toBeInTheDocument();
    expect(within(group).getAllByText(fileLine)).toHaveLength(linesBefore + 1);
    expect(await screen.findByText('Đã tải lên tệp to-khai.pdf.')).toBeInTheDocument();
    // Stored for real: the dossier as the API now gives it has the file under that item.
    const stored = await getDossier(dossier.id);
    expect(stored.attachments).toContainEqual(expect.objectContaining({ fileName: 'to-khai.pdf', dossierDocumentId: item.id, kind: 'document' }));

    // A text file named .pdf passes the browser's filter but not the API's check of the bytes.
    await user.upload(input, new File(['chỉ là văn bản'], 'gia-mao.pdf', { type: 'application/pdf' }));
    const failure = await within(group).findByRole('alert');
    expect(failure).toHaveTextContent('Không tải lên được tệp');
    expect(failure).toHaveTextContent('Chỉ chấp nhận tệp PDF, JPEG hoặc PNG');
    expect(within(group).queryByRole('button', { name: 'Xem tệp gia-mao.pdf' })).not.toBeInTheDocument();
  });

  it('shows no upload control to someone who neither holds the dossier nor works at the desk', async () => {
    await logInAs('chutich');
    const list = await dataOf(api.GET('/api/dossiers', { params: { query: { status: 'processing', pageSize: 1 } } }));
    renderApp(`/ho-so/${list.items[0]!.id}`);
    const panel = await screen.findByRole('region', { name: 'Tệp đính kèm' });
    expect(within(panel).queryByRole('button', { name: /^Tải lên tệp cho/ })).not.toBeInTheDocument();
  });
});
