import { removeDiacritics } from '../../src/domain/text.ts';

/** The papers' titles repeat; the results' are one per dossier, so the cache is bounded. */
const cache = new Map<string, Uint8Array>();
const CACHE_LIMIT = 5_000;

/** Text for a PDF string literal: ASCII (the standard Helvetica has no Vietnamese), parentheses escaped. */
function pdfText(value: string): string {
  return removeDiacritics(value)
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/[\\()]/g, (char) => `\\${char}`)
    .slice(0, 80);
}

/**
 * A one-page A5 PDF standing in for a scan in the demo data: a few hundred bytes that every
 * PDF viewer opens, titled with the paper it stands for. The same title gives the same bytes.
 */
export function demoScanPdf(title: string): Uint8Array {
  const cached = cache.get(title);
  if (cached) return cached;
  const stream = `BT /F1 13 Tf 36 540 Td (${pdfText(title)}) Tj 0 -22 Td (Ban quet minh hoa - du lieu mau motcua) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 595] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = new TextEncoder().encode(body);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(title, bytes);
  return bytes;
}

const hexPairs = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
/** The same scan is stored many times (`demoScanPdf` gives the same bytes for a title): one string for all. */
const hexCache = new WeakMap<Uint8Array, string>();

/** bytea's hex input form, as `jsonb_to_recordset` reads it into a bytea column. */
export function byteaHex(bytes: Uint8Array): string {
  const cached = hexCache.get(bytes);
  if (cached !== undefined) return cached;
  let hex = '\\x';
  for (const byte of bytes) hex += hexPairs[byte];
  hexCache.set(bytes, hex);
  return hex;
}
