import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCash, IconPrinter } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feeRemaining } from '../../../domain/fees.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { formatDateTime, formatMoney } from '../../../lib/format.ts';
import { printPaths } from '../../../lib/paths.ts';
import { ActionDialog } from './action-dialog.tsx';

// Light badges: their text is the status tone of the colour, readable in both schemes (src/app/css-variables.ts).
const stateColor = { none: 'gray', unpaid: 'orange', partial: 'yellow', paid: 'teal' } as const;

export interface FeesCardProps {
  dossier: DossierDetail;
}

/**
 * Phí, lệ phí of the dossier: what is owed and when (the procedure version's rule), paid or
 * not, each payment with its receipt to print, and the desk's button to record one.
 */
export function FeesCard({ dossier }: FeesCardProps) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState(false);
  const card = useRef<HTMLDivElement>(null);
  const { fee } = dossier;
  const canRecord = dossier.availableActions.includes('record_payment');
  if (fee.amount <= 0 && dossier.payments.length === 0) return null;
  return (
    <Card component="section" aria-labelledby="dossier-fees" ref={card}>
      <Stack gap="sm">
        <Group justify="space-between" align="center" gap="xs">
          <Title order={2} size="h3" id="dossier-fees">
            {t('citizens.fees.title')}
          </Title>
          <Group gap={6}>
            <Badge color={stateColor[fee.state]}>
              {t(`citizens.fees.state.${fee.state}`)}
            </Badge>
            {fee.paidOnline && <Badge color="blue">{t('citizens.fees.paidOnline')}</Badge>}
          </Group>
        </Group>
        <Group gap="lg" wrap="wrap">
          <div>
            <Text size="xs" c="dimmed">
              {t('citizens.fees.amount')}
            </Text>
            <Text fw={600}>{formatMoney(fee.amount)}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('citizens.fees.paid')}
            </Text>
            <Text fw={600}>{formatMoney(fee.paidAmount)}</Text>
          </div>
          {fee.state !== 'paid' && fee.state !== 'none' && (
            <div>
              <Text size="xs" c="dimmed">
                {t('citizens.fees.remaining')}
              </Text>
              <Text fw={600} c="orange">
                {formatMoney(feeRemaining(fee.amount, fee.paidAmount))}
              </Text>
            </div>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t(`citizens.fees.due.${fee.due}`)}
          {fee.lines.length > 0 && ` · ${fee.lines.map((line) => `${t(`citizens.fees.kind.${line.kind}`)}${line.note ? `: ${line.note}` : ''}`).join('; ')}`}
        </Text>
        {dossier.payments.length > 0 && (
          <Table.ScrollContainer minWidth={320}>
            <Table verticalSpacing={6} fz="sm" aria-label={t('citizens.fees.payments')}>
              <Table.Tbody>
                {dossier.payments.map((payment) => (
                  <Table.Tr key={payment.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {formatMoney(payment.amount)} · {t(`citizens.fees.method.${payment.method}`)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {payment.receiptNumber
                          ? t('citizens.fees.receiptNumber', { number: payment.receiptNumber })
                          : payment.transactionId
                            ? t('citizens.fees.transaction', { id: payment.transactionId })
                            : null}
                        {' · '}
                        {t('citizens.fees.paidBy', { name: payment.payerName, time: formatDateTime(payment.paidAt) })}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {payment.recordedByName ? t('citizens.fees.recordedBy', { name: payment.recordedByName }) : t('citizens.fees.recordedByPortal')}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" valign="top">
                      {payment.method !== 'online' && (
                        <Button
                          component="a"
                          href={printPaths.feeReceipt(dossier.id, payment.eventId)}
                          target="_blank"
                          rel="noopener"
                          variant="subtle"
                          size="compact-sm"
                          leftSection={<IconPrinter size={16} aria-hidden />}
                          aria-label={t('citizens.fees.printReceiptOf', { number: payment.receiptNumber ?? '' })}
                        >
                          {t('citizens.fees.printReceipt')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canRecord && (
          <Group>
            <Button variant="light" leftSection={<IconCash size={18} aria-hidden />} onClick={() => setRecording(true)}>
              {t('citizens.fees.record')}
            </Button>
          </Group>
        )}
      </Stack>
      <ActionDialog
        action={recording ? 'record_payment' : null}
        subject={dossier}
        dossier={dossier}
        onClose={() => setRecording(false)}
        // Paid in full, the button is gone: the newest receipt's print button, where the officer goes next.
        focusFallback={() => [...(card.current?.querySelectorAll<HTMLElement>('a[href*="/bien-lai/"]') ?? [])].at(-1) ?? null}
      />
    </Card>
  );
}
