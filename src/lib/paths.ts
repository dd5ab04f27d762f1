import type { Channel } from '../domain/channels.ts';
import type { DossierStatus } from '../domain/dossier-status.ts';
import type { FeeFilter, QueueKey } from '../domain/queues.ts';
import type { RatingFilter } from '../domain/satisfaction.ts';

/** Route patterns (Vietnamese slugs: officers read and share these URLs). */
export const routePatterns = {
  login: '/dang-nhap',
  changePassword: '/doi-mat-khau',
  dossiers: '/ho-so',
  dossier: '/ho-so/:dossierId',
  intake: '/tiep-nhan',
  person: '/cong-dan/:idNumber',
  overview: '/tong-quan',
  register: '/so-theo-doi',
  printReceipt: '/in/ho-so/:dossierId/bien-nhan',
  printSupplementRequest: '/in/ho-so/:dossierId/yeu-cau-bo-sung/:eventId',
  printRefusal: '/in/ho-so/:dossierId/tu-choi',
  printIntakeSlip: '/in/phieu/:slipId',
  printApology: '/in/ho-so/:dossierId/xin-loi/:eventId',
  printStopNotice: '/in/ho-so/:dossierId/dung-giai-quyet',
  printControlSlip: '/in/ho-so/:dossierId/phieu-kiem-soat',
  printFeeReceipt: '/in/ho-so/:dossierId/bien-lai/:eventId',
  lookup: '/tra-cuu',
  counterRating: '/quay/danh-gia',
  counterRatingDossier: '/quay/danh-gia/:dossierId',
  adminProcedures: '/quan-tri/thu-tuc',
  adminProcedureNew: '/quan-tri/thu-tuc/them',
  adminProcedureImport: '/quan-tri/thu-tuc/nhap',
  adminProcedure: '/quan-tri/thu-tuc/:code',
  adminFields: '/quan-tri/linh-vuc',
  adminUnits: '/quan-tri/don-vi',
  adminUsers: '/quan-tri/nguoi-dung',
  adminCalendar: '/quan-tri/lich-lam-viec',
  adminSettings: '/quan-tri/cai-dat',
  auditLog: '/nhat-ky',
  setup: '/thiet-lap',
} as const;

/** A procedure's page in the administration. */
export function adminProcedurePath(code: string): string {
  return `/quan-tri/thu-tuc/${encodeURIComponent(code)}`;
}

/** The official forms' print views (Circular 03/2025, forms 01–06), outside the app shell. */
export const printPaths = {
  /** Form 01: receipt and appointment slip. */
  receipt: (dossierId: string) => `/in/ho-so/${dossierId}/bien-nhan`,
  /** Form 02 for a dossier: the completion request (online intake) or supplement request (processing) of that event. */
  supplementRequest: (dossierId: string, eventId: string) => `/in/ho-so/${dossierId}/yeu-cau-bo-sung/${eventId}`,
  /** Form 03 for an online dossier refused at intake. */
  refusal: (dossierId: string) => `/in/ho-so/${dossierId}/tu-choi`,
  /** Form 02 or 03 given to a walk-in without creating a dossier. */
  intakeSlip: (slipId: string) => `/in/phieu/${slipId}`,
  /** Form 04: apology and new appointment (that apology event). */
  apology: (dossierId: string, eventId: string) => `/in/ho-so/${dossierId}/xin-loi/${eventId}`,
  /** Form 05: notice of stopping (withdrawal or stop). */
  stopNotice: (dossierId: string) => `/in/ho-so/${dossierId}/dung-giai-quyet`,
  /** Form 06: processing control slip. */
  controlSlip: (dossierId: string) => `/in/ho-so/${dossierId}/phieu-kiem-soat`,
  /** The fee receipt (biên lai thu phí, lệ phí) of the payment that step recorded. */
  feeReceipt: (dossierId: string, eventId: string) => `/in/ho-so/${dossierId}/bien-lai/${eventId}`,
} as const;

/** The public lookup, with the code filled in when given (the QR code on form 01 opens this). */
export function lookupPath(code?: string): string {
  return code ? `${routePatterns.lookup}?ma=${encodeURIComponent(code)}` : routePatterns.lookup;
}

/**
 * The lookup page as a citizen's phone opens it: at the centre's public address when one is
 * set (Quản trị → Cài đặt), otherwise where this browser reaches the server.
 */
export function publicLookupUrl(code: string, publicAddress: string, origin: string): string {
  return `${(publicAddress || origin).replace(/\/+$/, '')}${lookupPath(code)}`;
}

/** The counter tablet's rating screen: waiting for the next citizen, or for one dossier. */
export function counterRatingPath(dossierId?: string): string {
  return dossierId ? `${routePatterns.counterRating}/${encodeURIComponent(dossierId)}` : routePatterns.counterRating;
}

/** Where to go after logging in when no (safe) `next` was given. */
export const homePath = routePatterns.dossiers;

/** The login page, remembering where to come back to. */
export function loginPath(next?: string): string {
  return next ? `${routePatterns.login}?next=${encodeURIComponent(next)}` : routePatterns.login;
}

/** The change-password page, remembering where to go afterwards. */
export function changePasswordPath(next?: string): string {
  return next && next !== routePatterns.changePassword ? `${routePatterns.changePassword}?next=${encodeURIComponent(next)}` : routePatterns.changePassword;
}

/**
 * A `next` target we are willing to follow: an in-app path only. Anything else (another
 * origin, `//host`, `javascript:`) falls back to the home page, so a crafted login link
 * cannot send an officer elsewhere.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return homePath;
  for (const page of [routePatterns.login, routePatterns.changePassword]) if (next === page || next.startsWith(`${page}?`)) return homePath;
  return next;
}

/**
 * Filters a link to the list can carry, named as the API's `DossierListQuery` (dates are
 * Vietnam days, `YYYY-MM-DD`). The overview links each figure to exactly its dossiers.
 */
export interface DossierListLinkFilter {
  status?: readonly DossierStatus[];
  /** The search box's text: code, name (accents optional), ID number or phone. */
  q?: string;
  queue?: QueueKey;
  due?: 'late' | 'due_soon';
  departmentId?: string;
  handlerId?: string;
  procedureId?: string;
  channel?: Channel;
  /** Received by the desk (the clock started), as opposed to awaiting intake or refused. */
  received?: boolean;
  receivedFrom?: string;
  receivedTo?: string;
  decidedFrom?: string;
  decidedTo?: string;
  decidedLate?: boolean;
  /** Documents and result stored electronically (Decision 766 digitisation). */
  digitised?: boolean;
  fee?: FeeFilter;
  feePaidFrom?: string;
  feePaidTo?: string;
  rating?: RatingFilter;
  returnedById?: string;
}

/** The dossier list filtered (the navigation's work queues, the overview's figures). */
export function dossierListPath(filter: DossierListLinkFilter = {}): string {
  const { status = [], ...others } = filter;
  const params = new URLSearchParams();
  for (const value of status) params.append('status', value);
  for (const [key, value] of Object.entries(others)) if (value !== undefined) params.set(key, String(value));
  const search = params.toString();
  return search ? `${routePatterns.dossiers}?${search}` : routePatterns.dossiers;
}

export function dossierPath(dossierId: string): string {
  return `${routePatterns.dossiers}/${encodeURIComponent(dossierId)}`;
}

/** The person's page: every dossier of one ID number (số định danh cá nhân). */
export function personPath(idNumber: string): string {
  return `/cong-dan/${encodeURIComponent(idNumber)}`;
}
