import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../setup/test-api.ts';

// The one input boundary (src/server/http/input-boundary.ts) in front of every route.
let t: TestApi;
let desk: string;
let dossierId: string;

beforeAll(async () => {
  t = await createTestApi();
  desk = await t.login('motcua1');
  const [row] = await t.db.query<{ id: string }>("SELECT id FROM dossiers WHERE status = 'received' ORDER BY code LIMIT 1");
  dossierId = row!.id;
});
afterAll(async () => {
  await t.close();
});

async function savedViews(): Promise<number> {
  const [row] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM saved_views');
  return row!.n;
}

/** A raw JSON body, so escapes such as \u0000 and \ud800 reach the server as written. */
function postRaw(path: string, body: string, contentType: string | undefined = 'application/json') {
  return t.request(path, { method: 'POST', cookie: desk, body, headers: contentType ? { 'content-type': contentType } : {} });
}

describe('text in bodies', () => {
  it.each([
    ['a NUL character', String.raw`{"name":"Hồ sơ\u0000","query":""}`],
    ['another control character', String.raw`{"name":"Hồ sơ\u0007","query":""}`],
    ['a lone high surrogate', String.raw`{"name":"Hồ sơ\ud800","query":""}`],
    ['a lone low surrogate', String.raw`{"name":"\udc00 Hồ sơ","query":""}`],
  ])('refuses %s with a 400 naming the field, and saves nothing', async (_what, body) => {
    const before = await savedViews();
    const response = await postRaw('/api/saved-views', body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_text', code: 'invalid_text', fields: { name: { code: 'text_invalid_characters' } } });
    expect(await savedViews()).toBe(before);
  });

  it('names a nested field by its path', async () => {
    const response = await postRaw('/api/dossiers', String.raw`{"applicant":{"name":"A\u0000"},"documents":[{"x":"ok"},{"x":"\ud83d"}]}`);
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).fields)).toEqual(['applicant.name', 'documents.1.x']);
  });

  it('keeps a correct surrogate pair (an emoji) and tabs and line breaks', async () => {
    const response = await postRaw('/api/saved-views', JSON.stringify({ name: 'Việc gấp 📌\tA', query: 'q=a' }));
    expect(response.status).toBe(201);
  });

  it('stores text NFC-normalised: a name typed in decomposed form is the same name', async () => {
    const decomposed = 'Nguyễn Văn Đức'.normalize('NFD');
    expect(decomposed).not.toBe('Nguyễn Văn Đức');
    const response = await postRaw('/api/saved-views', JSON.stringify({ name: decomposed, query: '' }));
    expect(response.status).toBe(201);
    expect((await response.json()).name).toBe('Nguyễn Văn Đức');
    const [row] = await t.db.query<{ name: string }>('SELECT name FROM saved_views WHERE name = $1', ['Nguyễn Văn Đức']);
    expect(row?.name).toBe('Nguyễn Văn Đức');
    // Saved again in composed form: the same name, so a duplicate.
    expect((await postRaw('/api/saved-views', JSON.stringify({ name: 'Nguyễn Văn Đức', query: '' }))).status).toBe(409);
  });

  it('refuses bytes that are not UTF-8', async () => {
    const body = new Uint8Array([...new TextEncoder().encode('{"name":"'), 0xff, 0xfe, ...new TextEncoder().encode('","query":""}')]);
    const response = await t.request('/api/saved-views', { method: 'POST', cookie: desk, body, headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('invalid_text');
  });

  it('refuses JSON nested absurdly deep', async () => {
    const response = await postRaw('/api/saved-views', `${'['.repeat(5000)}${']'.repeat(5000)}`);
    expect(response.status).toBe(400);
  });

  it('refuses malformed JSON', async () => {
    const response = await postRaw('/api/saved-views', '{"name":');
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('invalid_json');
  });
});

describe('media types', () => {
  it.each([
    ['text/plain', '{"name":"a","query":""}'],
    ['application/x-www-form-urlencoded', 'name=a&query='],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\na\r\n--x--\r\n'],
    ['application/xml', '<name>a</name>'],
    ['application/json; charset=latin1', '{"name":"a","query":""}'],
  ])('answers 415 to %s on a JSON route and saves nothing', async (contentType, body) => {
    const before = await savedViews();
    const response = await postRaw('/api/saved-views', body, contentType);
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: 'unsupported_media_type' });
    expect(await savedViews()).toBe(before);
  });

  it('answers 415 to a body without a Content-Type', async () => {
    const response = await t.request('/api/saved-views', { method: 'POST', cookie: desk, body: new TextEncoder().encode('{"name":"a","query":""}') });
    expect(response.status).toBe(415);
  });

  it('accepts application/json with charset=utf-8', async () => {
    const response = await postRaw('/api/saved-views', JSON.stringify({ name: 'UTF-8', query: '' }), 'application/json; charset=UTF-8');
    expect(response.status).toBe(201);
  });

  it('takes uploads as multipart only, and checks their file names too', async () => {
    const json = await postRaw(`/api/dossiers/${dossierId}/attachments`, '{"file":"x"}');
    expect(json.status).toBe(415);
    const form = new FormData();
    form.set('file', new File([new TextEncoder().encode('%PDF-1.4\n%%EOF')], 'bad\u0001name.pdf', { type: 'application/pdf' }));
    const upload = await t.request(`/api/dossiers/${dossierId}/attachments`, { method: 'POST', cookie: desk, body: form });
    expect(upload.status).toBe(400);
    expect(await upload.json()).toMatchObject({ error: 'invalid_text', fields: { file: { code: 'text_invalid_characters' } } });
  });

  it('stores an uploaded file name NFC-normalised', async () => {
    const form = new FormData();
    form.set('file', new File([new TextEncoder().encode('%PDF-1.4\n%%EOF')], 'Tờ khai.pdf'.normalize('NFD'), { type: 'application/pdf' }));
    const upload = await t.request(`/api/dossiers/${dossierId}/attachments`, { method: 'POST', cookie: desk, body: form });
    expect(upload.status).toBe(201);
    expect((await upload.json()).fileName).toBe('Tờ khai.pdf');
  });
});

describe('queries and paths', () => {
  it.each([
    ['NUL', '/api/dossiers?q=a%00b'],
    ['an encoded lone surrogate', '/api/dossiers?q=%ED%A0%80'],
    ['a broken escape', '/api/dossiers?q=%E1%BA'],
    ['a control character in a key', '/api/dossiers?a%01=1'],
  ])('refuses %s in the query with a 400', async (_what, path) => {
    const response = await t.request(path, { cookie: desk });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('invalid_text');
  });

  it('names the query parameter at fault', async () => {
    const response = await t.request('/api/dossiers?q=a%00b', { cookie: desk });
    expect(Object.keys((await response.json()).fields)).toEqual(['q']);
  });

  it.each(['/api/dossiers/by-code/%00', '/api/dossiers/by-code/%ED%A0%80', '/api/dossiers/%00', '/api/portal/submissions/a%00b/documents'])(
    'refuses a bad path segment (%s) with a 400',
    async (path) => {
      const response = await t.request(path, { cookie: desk, method: path.endsWith('/documents') ? 'POST' : 'GET', headers: { 'x-api-key': 'test-portal-key' } });
      expect(response.status).toBe(400);
    },
  );

  it('routes a path segment NFC-normalised', async () => {
    const response = await t.request(`/api/dossiers/by-code/${encodeURIComponent('mã-không-có'.normalize('NFD'))}`, { cookie: desk });
    expect(response.status).toBe(404);
    expect((await response.json()).message).toContain('MÃ-KHÔNG-CÓ'.normalize('NFC'));
  });

  it.each(['not-a-uuid', '1 OR 1=1', '00000000-0000-0000-0000-00000000000g', "'; DROP TABLE dossiers; --"])('answers a malformed id (%s) with a 400', async (id) => {
    const response = await t.request(`/api/dossiers/${encodeURIComponent(id)}`, { cookie: desk });
    expect(response.status).toBe(400);
  });

  it('answers a well-formed id that does not exist with a 404', async () => {
    const response = await t.request('/api/dossiers/00000000-0000-4000-8000-000000000000', { cookie: desk });
    expect(response.status).toBe(404);
  });
});

describe('dates', () => {
  it.each([
    ['/api/dossiers?receivedFrom=0001-01-01'],
    ['/api/dossiers?receivedTo=9999-12-31'],
    ['/api/dossiers?decidedFrom=1999-12-31'],
    ['/api/dossiers?appointmentTo=2101-01-01'],
    ['/api/reports/register?from=0001-01-01&to=2026-11-30'],
    ['/api/appointment?receivedAt=9999-12-31T10:00:00%2B07:00&unit=working_days&amount=3'],
    ['/api/appointment?receivedAt=0001-01-01T10:00:00Z&unit=working_days&amount=3'],
  ])('refuses a date outside 2000–2100 (%s) with a 400', async (path) => {
    const response = await t.request(path, { cookie: desk });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('validation_failed');
  });

  it('accepts the first and last supported days', async () => {
    expect((await t.request('/api/dossiers?receivedFrom=2000-01-01&receivedTo=2100-12-31', { cookie: desk })).status).toBe(200);
  });

  it('refuses an out-of-range instant in a body', async () => {
    const [row] = await t.db.query<{ id: string; version: number }>(
      "SELECT id, version FROM dossiers WHERE status = 'processing' AND appointment_at > '2026-11-23' LIMIT 1",
    );
    const chairperson = await t.login('chutich');
    const response = await t.request(`/api/dossiers/${row!.id}/actions/apologize`, {
      method: 'POST',
      cookie: chairperson,
      json: { version: row!.version, reason: 'x', newAppointmentAt: '9999-12-31T10:00:00+07:00' },
    });
    expect(response.status).toBe(400);
  });
});

describe('numbers', () => {
  it.each([
    ['a fee beyond any fee', { feeAmount: 2 ** 31 }],
    ['a checklist position beyond any checklist', { documents: [{ position: 2 ** 31 }] }],
  ])('refuses %s from the portal with a 400 naming the field, before the database', async (_what, extra) => {
    const response = await t.request('/api/portal/submissions', {
      method: 'POST',
      headers: { 'x-api-key': 'test-portal-key' },
      json: { submissionId: `NUM-${Object.keys(extra)[0]}`, procedureCode: '1.004873', applicant: { name: 'Lê Thị Hoa', address: 'Thôn Đông' }, ...extra },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'validation_failed' });
  });
});

describe('unknown API paths', () => {
  it.each([
    ['GET', '/api/khong-ton-tai'],
    ['POST', '/api/khong-ton-tai'],
    ['DELETE', '/api/dossiers'],
    ['PUT', '/api/auth/me'],
    ['PATCH', '/api/saved-views'],
  ])('answers %s %s with a JSON 404 when logged in', async (method, path) => {
    const response = await t.request(path, { method, cookie: desk });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toMatchObject({ error: 'not_found' });
  });
});
