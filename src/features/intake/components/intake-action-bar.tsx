import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCalendarEvent, IconFileAlert, IconPrinter, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Procedure } from '../../../domain/schemas/catalogue.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLiveAppointment } from '../hooks/use-live-appointment.ts';
import { formatWeekday } from '../utils/weekday.ts';
import classes from './intake-form.module.css';

export interface IntakeActionBarProps {
  procedure: Procedure | undefined;
  /** Required papers are missing: the primary action becomes the guidance slip (form 02). */
  incomplete: boolean;
  receiving: boolean;
  /** Scans being saved after the receipt, one by one. */
  uploading?: { done: number; total: number } | null;
  /** A failure that belongs to no single field. */
  formError?: string;
  onRefuse: () => void;
}

/**
 * The form's submit button (its label follows the checklist) and the refusal. Below the
 * `lg` breakpoint the side panel sits under the form, so the bar repeats the appointment.
 */
export function IntakeActionBar({ procedure, incomplete, receiving, uploading, formError, onRefuse }: IntakeActionBarProps) {
  const { t, i18n } = useTranslation();
  const { appointmentAt } = useLiveAppointment(procedure);
  return (
    <div className={classes.actionBar}>
      <Stack gap="xs">
        {formError && (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert" p="xs">
            {formError}
          </Alert>
        )}
        {appointmentAt && (
          <Group gap={6} hiddenFrom="lg" wrap="nowrap">
            <IconCalendarEvent size={18} aria-hidden />
            <Text size="sm">
              {t('intake.panel.title')}:{' '}
              <Text span fw={700} size="md">
                {formatDateTime(appointmentAt)}
              </Text>{' '}
              ({formatWeekday(appointmentAt, i18n.language)})
            </Text>
          </Group>
        )}
        {uploading && (
          <Text size="sm" component="output" display="block">
            {t('intake.scans.uploading', uploading)}
          </Text>
        )}
        {incomplete && (
          <Text size="sm" c="#9a3412" fw={600} id="intake-incomplete-hint">
            {t('intake.actions.missingHint')}
          </Text>
        )}
        <Group justify="space-between" gap="sm">
          <Button
            type="submit"
            size="md"
            color={incomplete ? 'orange.9' : undefined}
            leftSection={incomplete ? <IconFileAlert size={20} aria-hidden /> : <IconPrinter size={20} aria-hidden />}
            loading={receiving}
            loaderProps={{ 'aria-label': t('intake.actions.receiving') }}
            aria-describedby={incomplete ? 'intake-incomplete-hint' : undefined}
          >
            {incomplete ? t('intake.actions.guidance') : t('intake.actions.receive')}
          </Button>
          <Button type="button" size="md" variant="default" c="#b02525" leftSection={<IconX size={20} aria-hidden />} onClick={onRefuse}>
            {t('intake.actions.refuse')}
          </Button>
        </Group>
      </Stack>
    </div>
  );
}
