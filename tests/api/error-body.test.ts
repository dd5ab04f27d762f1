import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageCodes } from '../../src/domain/messages.ts';
import { ApiErrorBody } from '../../src/domain/schemas/common.ts';
import { createTestApi, type TestApi } from '../setup/test-api.ts';

let t: TestApi;
beforeAll(async () => {
  t = await createTestApi();
});
afterAll(async () => {
  await t.close();
});

/** The body of a failed response, checked against the documented error schema. */
async function errorOf(response: Response) {
  const body: unknown = await response.json();
  const parsed = ApiErrorBody.safeParse(body);
  expect(parsed.error?.issues ?? []).toEqual([]);
  return body;
}

describe('the error body: a kind, a message code with its parameters, and the Vietnamese text', () => {
  it('answers an unknown route, a missing session and unreadable JSON with codes', async () => {
    expect(await errorOf(await t.request('/api/khong-co'))).toEqual({
      error: 'unauthorized',
      code: 'unauthorized',
      message: 'Phiên làm việc đã hết hạn hoặc bạn chưa đăng nhập.',
    });
    const desk = await t.login('motcua1');
    expect(await errorOf(await t.request('/api/khong-co', { cookie: desk }))).toEqual({
      error: 'not_found',
      code: 'route_not_found',
      message: 'Không tìm thấy đường dẫn API.',
    });
    const badJson = await t.request('/api/saved-views', { method: 'POST', cookie: desk, body: '{', headers: { 'content-type': 'application/json' } });
    expect(badJson.status).toBe(400);
    expect(await errorOf(badJson)).toMatchObject({ error: 'invalid_json', code: 'invalid_json' });
  });

  it('carries the parameters of a message, and names the sentence of a 409', async () => {
    const desk = await t.login('motcua1');
    const missing = await t.request('/api/dossiers/by-code/000.00.00.H99-990101-9999', { cookie: desk });
    expect(missing.status).toBe(404);
    expect(await errorOf(missing)).toEqual({
      error: 'not_found',
      code: 'dossier_code_not_found',
      params: { code: '000.00.00.H99-990101-9999' },
      message: 'Không tìm thấy hồ sơ có mã 000.00.00.H99-990101-9999.',
    });
    const view = { name: 'Hồ sơ của tôi', query: 'status=received' };
    expect((await t.request('/api/saved-views', { method: 'POST', cookie: desk, json: view })).status).toBe(201);
    const again = await t.request('/api/saved-views', { method: 'POST', cookie: desk, json: view });
    expect(again.status).toBe(409);
    expect(await errorOf(again)).toEqual({ error: 'duplicate_name', code: 'saved_view_name_taken', message: 'Đã có bộ lọc cùng tên.' });
  });

  it('gives each bad field a code, the bounds it broke and the Vietnamese text', async () => {
    const desk = await t.login('motcua1');
    const response = await t.request('/api/saved-views', { method: 'POST', cookie: desk, json: { name: 'x'.repeat(81), query: 'x'.repeat(2001) } });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      error: 'validation_failed',
      code: 'validation_failed',
      fields: {
        name: { code: 'text_too_long', params: { maximum: 80 }, message: 'Tối đa 80 ký tự' },
        query: { code: 'view_query_too_long', message: 'Bộ lọc quá dài' },
      },
    });
  });

  it('documents every message code in the OpenAPI document', async () => {
    const document = await (await t.request('/api/openapi.json')).json();
    expect([...document.components.schemas.MessageCode.enum].sort()).toEqual([...messageCodes].sort());
    expect(document.components.schemas.ApiError.properties.fields.additionalProperties).toEqual({ $ref: '#/components/schemas/FieldMessage' });
  });
});
