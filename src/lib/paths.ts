import type { DossierStatus } from '../domain/dossier-status.ts';

/** Route patterns (Vietnamese slugs: officers read and share these URLs). */
export const routePatterns = {
  login: '/dang-nhap',
  dossiers: '/ho-so',
  dossier: '/ho-so/:dossierId',
} as const;

/** Where to go after logging in when no (safe) `next` was given. */
export const homePath = routePatterns.dossiers;

/** The login page, remembering where to come back to. */
export function loginPath(next?: string): string {
  return next ? `${routePatterns.login}?next=${encodeURIComponent(next)}` : routePatterns.login;
}

/**
 * A `next` target we are willing to follow: an in-app path only. Anything else (another
 * origin, `//host`, `javascript:`) falls back to the home page, so a crafted login link
 * cannot send an officer elsewhere.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return homePath;
  if (next === routePatterns.login || next.startsWith(`${routePatterns.login}?`)) return homePath;
  return next;
}

/** The dossier list filtered to some statuses (the navigation's work queues). */
export function dossierListPath(filter: { status?: readonly DossierStatus[] } = {}): string {
  const params = new URLSearchParams();
  for (const status of filter.status ?? []) params.append('status', status);
  const search = params.toString();
  return search ? `${routePatterns.dossiers}?${search}` : routePatterns.dossiers;
}

export function dossierPath(dossierId: string): string {
  return `${routePatterns.dossiers}/${encodeURIComponent(dossierId)}`;
}
