import { formatDossierCode } from '../../src/domain/dossier-code.ts';
import { dossierSearchText } from '../../src/domain/text.ts';
import type { BuiltDossier } from './build-dossier.ts';
import type { Random } from './random.ts';
import type { DemoContext } from './types.ts';

const OFFSET_MS = 7 * 3_600_000;

export interface NumberedDossier extends BuiltDossier {
  code: string;
  portalSubmissionId: string | null;
  registerBook: string | null;
  registerNumber: number | null;
  resultNumber: string | null;
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

function byTime<T>(items: T[], instant: (item: T) => Date): T[] {
  return items.sort((a, b) => instant(a).getTime() - instant(b).getTime());
}

/**
 * The numbering a live desk does as dossiers arrive: codes with a gap-free daily sequence
 * in arrival order (online dossiers are numbered when submitted, the others when
 * received), the tracking-register number, portal ids and result (or denial notice) numbers.
 */
export function numberDossiers(context: DemoContext, built: readonly BuiltDossier[]): { dossiers: NumberedDossier[]; counters: CounterRow[] } {
  const { calendar, centre } = context;
  const codeInstant = (d: BuiltDossier) => (d.scenario.channel === 'online' ? d.state.submittedAt : d.state.receivedAt)!;
  const codes = new Map<string, string>();
  const lastNumbers = new Map<string, number>();
  for (const dossier of byTime([...built], codeInstant)) {
    const day = calendar.localDate(codeInstant(dossier));
    const sequence = (lastNumbers.get(day) ?? 0) + 1;
    lastNumbers.set(day, sequence);
    codes.set(dossier.id, formatDossierCode(centre.code, day, sequence));
  }

  const portalIds = new Map<string, string>();
  const online = byTime(built.filter((d) => d.scenario.channel === 'online'), (d) => d.state.submittedAt!);
  online.forEach((d, i) => {
    const day = calendar.localDate(d.state.submittedAt!).replaceAll('-', '').slice(2);
    portalIds.set(d.id, `G22.DVCQG-${day}-${String(i + 1).padStart(6, '0')}`);
  });

  const register = new Map<string, { book: string; number: number }>();
  const perBook = new Map<string, number>();
  for (const d of byTime(built.filter((x) => x.state.receivedAt), (x) => x.state.receivedAt!)) {
    const book = `Sổ theo dõi hồ sơ năm ${calendar.localDate(d.state.receivedAt!).slice(0, 4)}`;
    const number = (perBook.get(book) ?? 0) + 1;
    perBook.set(book, number);
    register.set(d.id, { book, number });
  }

  const resultNumbers = new Map<string, string>();
  const perProcedure = new Map<string, number>();
  // Decided results in decision order, then the drafts awaiting approval (numbered as
  // submitted, in their order): every result the chairperson sees carries its number.
  const numbered = [
    ...byTime(built.filter((x) => x.state.decidedAt), (x) => x.state.decidedAt!),
    ...built.filter((x) => x.state.resultKind && !x.state.decidedAt),
  ];
  for (const d of numbered) {
    const year = Number(calendar.localDate(d.state.decidedAt ?? d.state.receivedAt!).slice(0, 4));
    // A denial is a numbered notice (thông báo) of the committee, whatever the procedure.
    const denied = d.state.resultKind === 'denied';
    const key = denied ? `TB/${year}` : `${d.scenario.procedure.code}/${year}`;
    const n = (perProcedure.get(key) ?? 0) + 1;
    perProcedure.set(key, n);
    resultNumbers.set(d.id, denied ? `${n}/TB-UBND` : d.scenario.procedure.texts.resultNumber(n, year));
  }

  // Fee receipts: the desk's receipt book numbers them through the year; the portal's
  // transactions carry its own ids. Both go into the payment and its event.
  const receiptNumbers = new Map<string, number>();
  const payments = byTime(built.flatMap((d) => d.payments), (p) => p.paid_at);
  payments.forEach((payment, index) => {
    const year = calendar.localDate(payment.paid_at).slice(0, 4);
    if (payment.method === 'online') {
      payment.portal_transaction_id = `DVCQG-TT-${calendar.localDate(payment.paid_at).replaceAll('-', '').slice(2)}-${String(index + 1).padStart(6, '0')}`;
    } else {
      const n = (receiptNumbers.get(year) ?? 0) + 1;
      receiptNumbers.set(year, n);
      payment.receipt_number = String(n).padStart(7, '0');
    }
  });
  const paymentEvents = new Map(built.flatMap((d) => d.events).filter((e) => e.action === 'record_payment').map((e) => [e.id, e]));
  for (const payment of payments) {
    const event = paymentEvents.get(payment.event_id);
    if (event) event.details = { ...event.details, receiptNumber: payment.receipt_number, transactionId: payment.portal_transaction_id };
  }

  const dossiers = built.map((d) => {
    const code = codes.get(d.id)!;
    return {
      ...d,
      code,
      portalSubmissionId: portalIds.get(d.id) ?? null,
      registerBook: register.get(d.id)?.book ?? null,
      registerNumber: register.get(d.id)?.number ?? null,
      resultNumber: resultNumbers.get(d.id) ?? null,
      searchText: dossierSearchText({
        code,
        applicantName: d.applicant.name,
        submitterName: d.submitter?.name,
        idNumber: d.applicant.idNumber,
        phone: d.applicant.phone,
      }),
    };
  });
  const counters = [...lastNumbers].map(([day, last]) => ({ unit_id: centre.id, day, last_number: last }));
  return { dossiers, counters };
}

/**
 * The outbox as the notifier left it: receipt SMS (and e-mail for online applicants) and
 * result-ready SMS for the last two weeks, all delivered.
 */
export function buildNotifications(random: Random, context: DemoContext, dossiers: readonly NumberedDossier[]): NotificationRow[] {
  const sender = context.senderName;
  const since = context.now.getTime() - 14 * 86_400_000;
  const rows: NotificationRow[] = [];
  const push = (d: NumberedDossier, eventId: string, at: Date, row: Pick<NotificationRow, 'channel' | 'recipient' | 'template' | 'subject' | 'body'>) => {
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
