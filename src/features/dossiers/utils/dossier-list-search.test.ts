import { describe, expect, it } from 'vitest';
import { channels } from '../../../domain/channels.ts';
import { dueFilters, feeFilters, queueKeys } from '../../../domain/queues.ts';
import { ratingFilters } from '../../../domain/satisfaction.ts';
import { DossierListQuery } from '../../../domain/schemas/dossier-query.ts';
import { defaultListFilters, listFilterChecks, listFilterKeys, parseListSearch, toListSearch } from './dossier-list-search.ts';

describe('dossier list search params', () => {
  it('gives the defaults for an empty URL', () => {
    expect(parseListSearch(new URLSearchParams())).toEqual(defaultListFilters);
  });

  it('reads every filter, with repeated statuses in canonical order', () => {
    const filters = parseListSearch(
      new URLSearchParams('status=processing&status=received&status=processing&sort=appointment_at&order=asc&pageSize=50&page=3'),
    );
    expect(filters).toEqual({ page: 3, pageSize: 50, sort: 'appointment_at', order: 'asc', status: ['received', 'processing'] });
  });

  it('falls back to defaults for values it does not know', () => {
    const filters = parseListSearch(new URLSearchParams('status=bogus&sort=password&order=up&pageSize=30&page=-2'));
    expect(filters).toEqual(defaultListFilters);
  });

  it('round-trips and leaves defaults out of the URL', () => {
    expect(toListSearch(defaultListFilters).toString()).toBe('');
    const filters = { ...defaultListFilters, page: 2, status: ['received' as const] };
    expect(toListSearch(filters).toString()).toBe('status=received&page=2');
    expect(parseListSearch(toListSearch(filters))).toEqual(filters);
  });

  it('carries every API filter, dropping values the API would reject', () => {
    const filters = parseListSearch(new URLSearchParams('due=late&q=nguyen%20van&channel=online&queue=bogus&receivedFrom=2026-13-45&page=2'));
    expect(filters).toEqual({ ...defaultListFilters, page: 2, due: 'late', q: 'nguyen van', channel: 'online' });
    expect(toListSearch(filters).toString()).toBe('q=nguyen+van&channel=online&due=late&page=2');
  });

  it('opens a work queue by urgency (late first, then the nearest appointment), keeping the URL short', () => {
    const queue = parseListSearch(new URLSearchParams('queue=awaiting_assignment'));
    expect(queue).toMatchObject({ sort: 'appointment_at', order: 'asc' });
    expect(toListSearch(queue).toString()).toBe('queue=awaiting_assignment');
    // A sort the officer chose stays in the URL.
    const chosen = { ...queue, sort: 'received_at' as const, order: 'desc' as const };
    expect(toListSearch(chosen).toString()).toBe('queue=awaiting_assignment&sort=received_at&order=desc');
    expect(parseListSearch(toListSearch(chosen))).toEqual(chosen);
    // The whole list opens newest first.
    expect(parseListSearch(new URLSearchParams('queue=all'))).toMatchObject({ sort: 'received_at', order: 'desc' });
  });
});

describe('the URL checks of the list', () => {
  // Every value the filters take, some they do not, and the edges of each format.
  const samples = [
    ...queueKeys,
    ...channels,
    ...dueFilters,
    ...feeFilters,
    ...ratingFilters,
    '0',
    '6',
    'true',
    'false',
    'TRUE',
    'paused',
    'normal',
    '0b9f3a8e-2c1d-4e5f-9a7b-1c2d3e4f5a6b',
    '0b9f3a8e-2c1d-4e5f-9a7b-1c2d3e4f5a6',
    '2026-11-23',
    '2026-02-29',
    '1999-12-31',
    'nguyen van',
    'x'.repeat(100),
    'x'.repeat(101),
  ];

  it('take exactly what the API takes (DossierListQuery), filter by filter', () => {
    for (const key of listFilterKeys) {
      for (const value of samples) {
        expect(listFilterChecks[key](value), `${key}=${value}`).toBe(DossierListQuery.shape[key].safeParse(value).success);
      }
    }
  });
});
