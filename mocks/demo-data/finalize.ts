import { formatDossierCode } from '../../src/domain/dossier-code.ts';
import { dossierSearchText } from '../../src/domain/text.ts';
import type { Channel, ReturnMethod } from '../../src/domain/channels.ts';
import type { BuiltDossier } from './build-dossier.ts';
import type { DemoPerson } from './people.ts';
import type { Random } from './random.ts';
import type { EventRow, PaymentRow, ReplayedState } from './replay.ts';
import type { DemoContext, DemoProcedure } from './types.ts';

const OFFSET_MS = 7 * 3_600_000;

export interface NumberedDossier extends BuiltDossier, DossierNumbers {
  searchText: string;
}

export interface CounterRow {
  unit_id: string;
  day: string;
  last_number: number;
}

export interface NotificationRow {
  id: string;
  dossier_id: string;
  event_id: string;
  channel: 'sms' | 'email';
  recipient: string;
  template: string;
  subject: string;
  body: string;
  status: 'sent';
  attempts: number;
  created_at: Date;
  sent_at: Date;
}

/** 'HH:mm dd/MM/yyyy' in Vietnam time, as the SMS templates print it. */
function formatLocal(at: Date): string {
  const iso = new Date(at.getTime() + OFFSET_MS).toISOString();
  return `${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Sorts `items` in place by their instants, keeping the order of equal ones. */
function byTime<T>(items: T[], instant: (item: T) => Date): T[] {
  // Each instant read once (a million dossiers take twenty million comparisons).
  const times = items.map((item) => instant(item).getTime());
  const order = items.map((_, i) => i).sort((a, b) => times[a]! - times[b]!);
  const sorted = order.map((i) => items[i]!);
  sorted.forEach((item, i) => (items[i] = item));
  return items;
}

/** What numbering needs to know about a dossier (a `BuiltDossier` has it all). */
export interface NumberingInput {
  id: string;
  scenario: { channel: Channel; procedure: Pick<DemoProcedure, 'code' | 'texts'> };
  state: Pick<ReplayedState, 'submittedAt' | 'receivedAt' | 'decidedAt' | 'resultKind'>;
}

export interface DossierNumbers {
  code: string;
  portalSubmissionId: string | null;
  registerBook: string | null;
  registerNumber: number | null;
  resultNumber: string | null;
}

/**
 * The numbering a live desk does as dossiers arrive: codes with a gap-free daily sequence
 * in arrival order (online dossiers are numbered when submitted, the others when
 * received), the tracking-register number, portal ids and result (or denial notice)
 * numbers. `numbers[i]` belongs to `items[i]`.
 */
export function assignNumbers(context: DemoContext, items: readonly NumberingInput[]): { numbers: DossierNumbers[]; counters: CounterRow[] } {
  const { calendar, centre } = context;
  const numbers: DossierNumbers[] = items.map(() => ({ code: '', portalSubmissionId: null, registerBook: null, registerNumber: null, resultNumber: null }));
  const indexes = items.map((_, i) => i);
  const codeInstant = (i: number) => (items[i]!.scenario.channel === 'online' ? items[i]!.state.submittedAt : items[i]!.state.receivedAt)!;
  const lastNumbers = new Map<string, number>();
  for (const i of byTime([...indexes], codeInstant)) {
    const day = calendar.localDate(codeInstant(i));
    const sequence = (lastNumbers.get(day) ?? 0) + 1;
    lastNumbers.set(day, sequence);
    numbers[i]!.code = formatDossierCode(centre.code, day, sequence);
  }

  const online = byTime(indexes.filter((i) => items[i]!.scenario.channel === 'online'), (i) => items[i]!.state.submittedAt!);
  online.forEach((index, position) => {
    const day = calendar.localDate(items[index]!.state.submittedAt!).replaceAll('-', '').slice(2);
    numbers[index]!.portalSubmissionId = `G22.DVCQG-${day}-${String(position + 1).padStart(6, '0')}`;
  });

  const perBook = new Map<string, number>();
  for (const i of byTime(indexes.filter((x) => items[x]!.state.receivedAt), (x) => items[x]!.state.receivedAt!)) {
    const book = `Sổ theo dõi hồ sơ năm ${calendar.localDate(items[i]!.state.receivedAt!).slice(0, 4)}`;
    const number = (perBook.get(book) ?? 0) + 1;
    perBook.set(book, number);
    numbers[i]!.registerBook = book;
    numbers[i]!.registerNumber = number;
  }

  const perProcedure = new Map<string, number>();
  // Decided results in decision order, then the drafts awaiting approval (numbered as
  // submitted, in their order): every result the chairperson sees carries its number.
  const numbered = [
    ...byTime(indexes.filter((x) => items[x]!.state.decidedAt), (x) => items[x]!.state.decidedAt!),
    ...indexes.filter((x) => items[x]!.state.resultKind && !items[x]!.state.decidedAt),
  ];
  for (const i of numbered) {
    const { state, scenario } = items[i]!;
    const year = Number(calendar.localDate(state.decidedAt ?? state.receivedAt!).slice(0, 4));
    // A denial is a numbered notice (thông báo) of the committee, whatever the procedure.
    const denied = state.resultKind === 'denied';
    const key = denied ? `TB/${year}` : `${scenario.procedure.code}/${year}`;
    const n = (perProcedure.get(key) ?? 0) + 1;
    perProcedure.set(key, n);
    numbers[i]!.resultNumber = denied ? `${n}/TB-UBND` : scenario.procedure.texts.resultNumber(n, year);
  }
  const counters = [...lastNumbers].map(([day, last]) => ({ unit_id: centre.id, day, last_number: last }));
  return { numbers, counters };
}

/** The search box's text for a numbered dossier (the domain's rule). */
export function searchTextOf(
  code: string,
  d: { applicant: Pick<DemoPerson, 'name' | 'idNumber' | 'phone'>; submitter: Pick<DemoPerson, 'name'> | null },
): string {
  return dossierSearchText({
    code,
    applicantName: d.applicant.name,
    submitterName: d.submitter?.name,
    idNumber: d.applicant.idNumber,
    phone: d.applicant.phone,
  });
}

/**
 * Fee receipts: the desk's receipt book numbers them through the year; the portal's
 * transactions carry its own ids. Both go into the payment and its event (`events` holds
 * at least the payments' `record_payment` events).
 */
export function numberPayments(context: DemoContext, payments: PaymentRow[], events: Iterable<EventRow>): void {
  const { calendar } = context;
  const receiptNumbers = new Map<string, number>();
  byTime(payments, (p) => p.paid_at).forEach((payment, index) => {
    const year = calendar.localDate(payment.paid_at).slice(0, 4);
    if (payment.method === 'online') {
      payment.portal_transaction_id = `DVCQG-TT-${calendar.localDate(payment.paid_at).replaceAll('-', '').slice(2)}-${String(index + 1).padStart(6, '0')}`;
    } else {
      const n = (receiptNumbers.get(year) ?? 0) + 1;
      receiptNumbers.set(year, n);
      payment.receipt_number = String(n).padStart(7, '0');
    }
  });
  const paymentEvents = new Map<string, EventRow>();
  for (const event of events) if (event.action === 'record_payment') paymentEvents.set(event.id, event);
  for (const payment of payments) {
    const event = paymentEvents.get(payment.event_id);
    if (event) event.details = { ...event.details, receiptNumber: payment.receipt_number, transactionId: payment.portal_transaction_id };
  }
}

/** Every built dossier with its numbers and search text; their payments numbered too. */
export function numberDossiers(context: DemoContext, built: readonly BuiltDossier[]): { dossiers: NumberedDossier[]; counters: CounterRow[] } {
  const { numbers, counters } = assignNumbers(context, built);
  numberPayments(context, built.flatMap((d) => d.payments), built.flatMap((d) => d.events));
  const dossiers = built.map((d, i) => ({ ...d, ...numbers[i]!, searchText: searchTextOf(numbers[i]!.code, d) }));
  return { dossiers, counters };
}

/** What the outbox needs of a dossier: a `NumberedDossier`, or its receipt and approval events only. */
export interface NotifiableDossier {
  id: string;
  code: string;
  events: readonly Pick<EventRow, 'id' | 'action' | 'at' | 'details'>[];
  state: Pick<ReplayedState, 'appointmentAt'>;
  applicant: Pick<DemoPerson, 'phone' | 'email'>;
  scenario: { channel: Channel; returnMethod: ReturnMethod; procedure: Pick<DemoProcedure, 'name'> };
}

/** Messages are kept for the last two weeks before `now`. */
export const notificationsSince = (context: DemoContext) => context.now.getTime() - 14 * 86_400_000;

/** The events the outbox writes messages for. */
export const notifiedActions: ReadonlySet<string> = new Set(['receive', 'accept_online', 'approve']);

/**
 * The outbox as the notifier left it: receipt SMS (and e-mail for online applicants) and
 * result-ready SMS for the last two weeks, all delivered.
 */
export function buildNotifications(random: Random, context: DemoContext, dossiers: readonly NotifiableDossier[]): NotificationRow[] {
  const sender = context.senderName;
  const since = notificationsSince(context);
  const rows: NotificationRow[] = [];
  const push = (d: NotifiableDossier, eventId: string, at: Date, row: Pick<NotificationRow, 'channel' | 'recipient' | 'template' | 'subject' | 'body'>) => {
    const sentAt = new Date(at.getTime() + random.int(5, 120) * 1000);
    if (sentAt.getTime() >= context.now.getTime()) return;
    rows.push({ id: random.uuid(), dossier_id: d.id, event_id: eventId, status: 'sent', attempts: 1, created_at: at, sent_at: sentAt, ...row });
  };
  for (const d of dossiers) {
    const receipt = d.events.find((e) => e.action === 'receive' || e.action === 'accept_online');
    if (receipt && receipt.at.getTime() >= since && d.state.appointmentAt) {
      const appointment = receipt.details['appointmentAt'];
      const body = `${sender}: Hồ sơ ${d.code} (${d.scenario.procedure.name}) đã được tiếp nhận lúc ${formatLocal(receipt.at)}. Hẹn trả kết quả: ${formatLocal(new Date(String(appointment)))}.`;
      if (d.applicant.phone) push(d, receipt.id, receipt.at, { channel: 'sms', recipient: d.applicant.phone, template: 'received', subject: '', body });
      if (d.applicant.email && d.scenario.channel === 'online') {
        push(d, receipt.id, receipt.at, { channel: 'email', recipient: d.applicant.email, template: 'received', subject: `Tiếp nhận hồ sơ ${d.code}`, body });
      }
    }
    const approval = d.events.find((e) => e.action === 'approve');
    if (approval && approval.at.getTime() >= since && d.applicant.phone) {
      const where =
        d.scenario.returnMethod === 'online'
          ? 'Kết quả điện tử đã được trả trên Cổng Dịch vụ công.'
          : d.scenario.returnMethod === 'post'
            ? 'Kết quả sẽ được gửi qua dịch vụ bưu chính công ích.'
            : 'Mời ông/bà đến Trung tâm Phục vụ hành chính công xã để nhận kết quả.';
      push(d, approval.id, approval.at, { channel: 'sms', recipient: d.applicant.phone, template: 'result_ready', subject: '', body: `${sender}: Hồ sơ ${d.code} đã có kết quả. ${where}` });
    }
  }
  return rows;
}
