import * as fc from 'fast-check';

/**
 * Request generators for the fuzz test, driven by the API's own OpenAPI document: every
 * operation it lists (today's and any added later) gets plausible values, values with one
 * hostile field, and wholly hostile ones (types, sizes, unicode, injection strings, dates,
 * ids, media types).
 */

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  /** Media type → schema of the request body, when the operation takes one. */
  body?: Record<string, JsonSchema>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  // Named schemas (`$ref`) inlined everywhere, so the generators see plain JSON Schema.
  const resolve = (schema: JsonSchema, seen: readonly string[] = []): JsonSchema => {
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      if (seen.includes(name)) return {};
      return resolve(document.components?.schemas?.[name] ?? {}, [...seen, name]);
    }
    return {
      ...schema,
      ...(schema.properties ? { properties: Object.fromEntries(Object.entries(schema.properties).map(([key, child]) => [key, resolve(child, seen)])) } : {}),
      ...(schema.items ? { items: resolve(schema.items, seen) } : {}),
      ...(schema.anyOf ? { anyOf: schema.anyOf.map((part) => resolve(part, seen)) } : {}),
      ...(schema.oneOf ? { oneOf: schema.oneOf.map((part) => resolve(part, seen)) } : {}),
      ...(schema.allOf ? { allOf: schema.allOf.map((part) => resolve(part, seen)) } : {}),
    };
  };
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const content = operation.requestBody?.content;
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: (operation.parameters ?? []).map((p) => ({ ...p, schema: resolve(p.schema) })),
        body: content ? Object.fromEntries(Object.entries(content).map(([type, media]) => [type, resolve(media.schema)])) : undefined,
      });
    }
  }
  return operations;
}

/** Ids that exist, by the kind of thing a field names; a hit gets past the 404 into the rules. */
export type KnownIds = Record<
  | 'dossier'
  | 'user'
  | 'account'
  | 'unit'
  | 'field'
  | 'calendarDay'
  | 'procedure'
  | 'procedureCode'
  | 'procedureDocument'
  | 'dossierDocument'
  | 'attachment'
  | 'slip'
  | 'view'
  | 'submission'
  | 'code',
  string[]
>;

function idPool(name: string, path: string, known: KnownIds): string[] {
  if (/submissionId/i.test(name)) return known.submission;
  // The administration's own resources: a procedure by its national code, a day of the calendar.
  if (name === 'code' && path.startsWith('/api/admin/procedures')) return known.procedureCode;
  if (name === 'date' && path.startsWith('/api/admin/calendar')) return known.calendarDay;
  if (/^field(Id)?$/.test(name) || (name === 'id' && path.startsWith('/api/admin/fields'))) return known.field;
  if (name === 'id' && path.startsWith('/api/admin/units')) return known.unit;
  if (name === 'id' && path.startsWith('/api/admin/users')) return known.account;
  if (/^code$/.test(name)) return known.code;
  if (/^procedure(Code)?$/.test(name)) return known.procedureCode;
  if (/procedureDocument/i.test(name)) return known.procedureDocument;
  if (/dossierDocument/i.test(name)) return known.dossierDocument;
  if (/procedure/i.test(name)) return known.procedure;
  if (/handler|approver|user/i.test(name)) return known.user;
  if (/unit|department/i.test(name)) return known.unit;
  if (name === 'id') {
    if (path.startsWith('/api/attachments')) return known.attachment;
    if (path.startsWith('/api/intake-slips')) return known.slip;
    if (path.startsWith('/api/saved-views')) return known.view;
    if (path.startsWith('/api/users')) return known.user;
    return known.dossier;
  }
  return [...known.dossier, ...known.user, ...known.unit];
}

// ---- hostile values ----

/** Any UTF-16 code unit sequence: controls, NUL, lone surrogates, astral characters. */
const anyCodeUnit = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }).map((cp) => (cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp))),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
  fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u202e', '\ufeff', '\ufffe', '\u200b'),
);

/** Ordinary text with a NUL, a control character or a lone surrogate in it: the inputs that used to reach the database. */
const brokenText = fc
  .tuple(fc.constantFrom('', 'Nguyễn ', 'abc', '0912345678'), fc.constantFrom('\u0000', '\ud800', '\udfff', '\u0001', '\u001f', '\u0000\u0000'), fc.constantFrom('', ' Văn', 'z'))
  .map((parts) => parts.join(''));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: brokenText },
  { weight: 3, arbitrary: fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'Nguyễn\u0000Văn',
    '\ud800',
    '\udfff',
    'Lê \ud83d',
    'Nguye\u0302\u0303n Va\u0306n',
    "' OR '1'='1",
    "'; DROP TABLE dossiers; --",
    '" OR ""="',
    '1; SELECT pg_sleep(10)',
    '%',
    '_',
    '%_\\',
    '\\',
    '$1',
    '${7*7}',
    '{{7*7}}',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '../../../etc/passwd',
    '..%2F..%2F',
    'null',
    'undefined',
    'NaN',
    '-1',
    '1e309',
    '0x7fffffff',
    '\u202e\u0645\u0631\u062d\u0628\u0627',
    '🧨'.repeat(40),
    'ẞ\u0130\u0131',
    '\r\n\t',
    'a'.repeat(10_001),
    'đ'.repeat(2_001),
    '𝕏'.repeat(300),
  ) },
  { weight: 1, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 24 }) },
);

export const hostileDate = fc.constantFrom(
  '0001-01-01',
  '9999-12-31',
  '1999-12-31',
  '2101-01-01',
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '20261123',
  '2026-11-23T25:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '-000001-01-01T00:00:00Z',
  '0001-01-01T00:00:00+07:00',
  '9999-12-31T23:59:59+07:00',
  '2026-11-23T10:00:00',
  '2026-11-23T10:00:00+25:00',
  '2026-11-23',
  '2026-11-23T10:00:00+07:00',
);

export const hostileId = fc.oneof(
  fc.constantFrom(
    'not-a-uuid',
    '00000000-0000-0000-0000-000000000000',
    '00000000-0000-4000-8000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '{6f1c1f0e-8a2b-4c3d-9e4f-0a1b2c3d4e5f}',
    '6f1c1f0e8a2b4c3d9e4f0a1b2c3d4e5f',
    '6F1C1F0E-8A2B-4C3D-9E4F-0A1B2C3D4E5F',
    ' 6f1c1f0e-8a2b-4c3d-9e4f-0a1b2c3d4e5f',
    '6f1c1f0e-8a2b-4c3d-9e4f-0a1b2c3d4e5f\u0000',
    '1 OR 1=1',
    '-1',
    '0',
  ),
  fc.uuid(),
);

export const hostileNumber = fc.constantFrom(-1, 0, 1.5, -0, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 99, 100, 101, 1001);

export const wrongType = fc.constantFrom<unknown>(null, true, false, 0, '', [], {}, [null], { a: { b: [1, 'x'] } }, '1', 'true', [1, 2, 3]);

/** A hostile value of any kind, with something the schema is likely to trip over weighted in. */
export function hostile(schema: JsonSchema = {}): fc.Arbitrary<unknown> {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  const specific: fc.Arbitrary<unknown>[] = [];
  if (schema.format === 'uuid') specific.push(hostileId);
  if (schema.format === 'date' || schema.format === 'date-time') specific.push(hostileDate);
  if (type === 'integer' || type === 'number') specific.push(hostileNumber);
  if (type === 'array') specific.push(fc.array(hostile(schema.items), { maxLength: 3 }), fc.constant(Array.from({ length: 120 }, () => ({}))));
  return fc.oneof({ weight: 3, arbitrary: specific.length ? fc.oneof(...specific) : hostileString }, { weight: 3, arbitrary: hostileString }, { weight: 1, arbitrary: wrongType });
}

// ---- plausible values ----

const vietnameseText = fc.constantFrom('Nguyễn Văn An', 'Trần Thị Bích Ngọc', 'Thôn Đồng Tâm, xã Hoàng An', 'Đề nghị bổ sung giấy tờ', 'Kết quả: đồng ý', 'x');

export function plausible(schema: JsonSchema, name: string, path: string, known: KnownIds, depth = 0): fc.Arbitrary<unknown> {
  if (schema.allOf) {
    return fc.tuple(...schema.allOf.map((part) => plausible(part, name, path, known, depth))).map((parts) =>
      Object.assign({}, ...parts.filter((p) => typeof p === 'object' && p !== null)),
    );
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((part) => plausible(part, name, path, known, depth)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'string'];
  const type = types.find((t) => t !== 'null') ?? 'null';
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      if (name === 'version') return fc.integer({ min: 1, max: 4 });
      if (name === 'position') return fc.integer({ min: 1, max: 4 });
      const min = schema.minimum ?? 0;
      return fc.integer({ min, max: Math.min(schema.maximum ?? min + 50, min + 50) });
    }
    case 'array': {
      const item = schema.items ? plausible(schema.items, name, path, known, depth + 1) : fc.constant(null);
      return fc.array(item, { minLength: 1, maxLength: Math.min(3, schema.maxItems ?? 3) });
    }
    case 'object': {
      const properties = schema.properties ?? {};
      if (depth > 4) return fc.constant({});
      const required = new Set(schema.required ?? []);
      const entries = Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, plausible(child, key, path, known, depth + 1)]));
      return fc.record(entries, { requiredKeys: Object.keys(properties).filter((key) => required.has(key)) });
    }
    default: {
      if (schema.format === 'uuid') {
        const pool = idPool(name, path, known);
        return pool.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: fc.uuid() }) : fc.uuid();
      }
      if (schema.format === 'date' && idPool(name, path, known) === known.calendarDay && known.calendarDay.length) {
        return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known.calendarDay) }, { weight: 1, arbitrary: fc.constantFrom('2026-11-23', '2100-12-31') });
      }
      if (schema.format === 'date') return fc.constantFrom('2026-11-01', '2026-11-23', '2026-12-31', '2000-01-01', '2100-12-31');
      if (schema.format === 'date-time') return fc.constantFrom('2026-11-23T10:00:00+07:00', '2026-12-15T09:00:00+07:00', '2026-11-20T03:00:00.000Z');
      if (schema.format === 'email') return fc.constantFrom('an.nguyen@example.vn', 'x@y.z');
      if (schema.format === 'binary') return fc.constant('');
      // Existing ones get past the 404 into the rules; new ones create (a new portal submission).
      if (/submissionId|^code$|^procedure(Code)?$/.test(name) && idPool(name, path, known).length) {
        return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...idPool(name, path, known)) }, { weight: 1, arbitrary: fc.uuid() });
      }
      if (/phone/i.test(name)) return fc.constantFrom('0912345678', '0987654321');
      if (/idNumber/i.test(name)) return fc.constantFrom('010192004321', '001203004567');
      if (schema.pattern) {
        try {
          return fc.stringMatching(new RegExp(schema.pattern), { maxLength: schema.maxLength ?? 40 });
        } catch {
          return vietnameseText;
        }
      }
      return vietnameseText.map((text) => text.slice(0, schema.maxLength ?? 1000) || 'x');
    }
  }
}

/** A plausible value with one field somewhere inside it replaced by a hostile one. */
export function withOneHostileField(schema: JsonSchema, name: string, path: string, known: KnownIds): fc.Arbitrary<unknown> {
  const target = schema.allOf ? { type: 'object', properties: Object.assign({}, ...schema.allOf.map((s) => s.properties ?? {})) } : schema;
  const keys = Object.keys(target.properties ?? {});
  if (!keys.length) return hostile(schema);
  return fc.tuple(plausible(schema, name, path, known), fc.constantFrom(...keys)).chain(([value, key]) => {
    const child = target.properties![key]!;
    const inner = child.type === 'object' || child.allOf ? withOneHostileField(child, key, path, known) : hostile(child);
    return inner.map((bad) => ({ ...(value as Record<string, unknown>), [key]: bad }));
  });
}
