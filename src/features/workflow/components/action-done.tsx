import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconPrinter } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierAction } from '../../../domain/dossier-lifecycle.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { formIssuedBy, newestEventOf } from '../utils/printable-forms.ts';
import { WorkingDuration } from './working-duration.tsx';

/** Steps after which the officer has something to print or to tell the applicant. */
const stepsWithOutcome: ReadonlySet<DossierAction> = new Set<DossierAction>([
  'accept_online',
  'request_completion',
  'refuse',
  'request_supplement',
  'receive_supplement',
  'apologize',
  'withdraw',
  'stop',
  'record_payment',
]);

export function hasDonePanel(action: DossierAction): boolean {
  return stepsWithOutcome.has(action);
}

export interface ActionDoneProps {
  action: DossierAction;
  /** The dossier as the API returned it after the step. */
  dossier: DossierDetail;
  onClose: () => void;
}

function numberDetail(details: Record<string, unknown>, key: string): number | undefined {
  const value = details[key];
  return typeof value === 'number' ? value : undefined;
}

/** The step went through: the form it issued, ready to print, and the new appointment if it moved. */
export function ActionDone({ action, dossier, onClose }: ActionDoneProps) {
  const { t } = useTranslation();
  const event = newestEventOf(dossier, action);
  const form = event ? formIssuedBy(dossier.id, event) : undefined;
  const paused = event && action === 'receive_supplement' ? numberDetail(event.details, 'pausedWorkingMs') : undefined;
  const restarted = event?.details.clock === 'restart';
  // The form that had the focus is gone: put it on what comes next (print, or close).
  const next = useRef<HTMLAnchorElement & HTMLButtonElement>(null);
  useEffect(() => next.current?.focus(), []);
  return (
    <Stack gap="md">
      <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title={t('workflow.dialog.doneTitle', { action: t(`action.${action}`) })}>
        <Stack gap={4}>
          <Text size="sm">{t('workflow.dialog.doneMessage', { code: dossier.code })}</Text>
          {action === 'receive_supplement' && !restarted && paused !== undefined && (
            <Text size="sm">
              {t('workflow.done.paused')} <WorkingDuration ms={paused} />
            </Text>
          )}
          {action === 'receive_supplement' && restarted && <Text size="sm">{t('workflow.done.restarted')}</Text>}
          {(action === 'accept_online' || action === 'receive_supplement' || action === 'apologize') && dossier.appointmentAt && (
            <Text size="sm">
              {t('workflow.done.appointment')}: <strong>{formatDateTime(dossier.appointmentAt)}</strong>
            </Text>
          )}
        </Stack>
      </Alert>
      {form && <Text size="sm">{t('workflow.done.printOffer')}</Text>}
      <Group justify="flex-end" gap="sm">
        {form && (
          <Button ref={next} component="a" href={form.href} target="_blank" rel="noopener" leftSection={<IconPrinter size={18} aria-hidden />}>
            {t(`workflow.print.${form.kind}`)}
          </Button>
        )}
        <Button ref={form ? undefined : next} variant="default" onClick={onClose}>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}
