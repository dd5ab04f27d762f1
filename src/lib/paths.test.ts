import { describe, expect, it } from 'vitest';
import { dossierListPath, dossierPath, loginPath, publicLookupUrl, safeNextPath } from './paths.ts';

describe('paths', () => {
  it('follows only in-app `next` targets after login', () => {
    expect(safeNextPath('/ho-so?status=received')).toBe('/ho-so?status=received');
    expect(safeNextPath(null)).toBe('/ho-so');
    expect(safeNextPath('https://evil.example/')).toBe('/ho-so');
    expect(safeNextPath('//evil.example/')).toBe('/ho-so');
    expect(safeNextPath('/\\evil.example/')).toBe('/ho-so');
    expect(safeNextPath('javascript:alert(1)')).toBe('/ho-so');
    expect(safeNextPath('/dang-nhap?next=/ho-so')).toBe('/ho-so');
  });

  it('builds list, dossier and login links', () => {
    expect(dossierListPath()).toBe('/ho-so');
    expect(dossierListPath({ status: ['received', 'processing'] })).toBe('/ho-so?status=received&status=processing');
    expect(dossierListPath({ due: 'late', departmentId: 'u1' })).toBe('/ho-so?due=late&departmentId=u1');
    expect(dossierListPath({ decidedFrom: '2026-11-01', decidedTo: '2026-11-30', decidedLate: false })).toBe(
      '/ho-so?decidedFrom=2026-11-01&decidedTo=2026-11-30&decidedLate=false',
    );
    expect(dossierPath('abc')).toBe('/ho-so/abc');
    expect(loginPath('/ho-so?status=received')).toBe('/dang-nhap?next=%2Fho-so%3Fstatus%3Dreceived');
  });

  it('points the receipt’s QR code at the public address when there is one', () => {
    const code = '000.17.22.H56-261130-0001';
    expect(publicLookupUrl(code, '', 'http://192.168.1.10:8080')).toBe(`http://192.168.1.10:8080/tra-cuu?ma=${encodeURIComponent(code)}`);
    expect(publicLookupUrl(code, 'https://motcua.hoangan.gov.vn/', 'http://192.168.1.10:8080')).toBe(`https://motcua.hoangan.gov.vn/tra-cuu?ma=${encodeURIComponent(code)}`);
    expect(publicLookupUrl(code, 'https://dichvucong.tinh.gov.vn/motcua', 'http://localhost:8080')).toBe(`https://dichvucong.tinh.gov.vn/motcua/tra-cuu?ma=${encodeURIComponent(code)}`);
  });
});
