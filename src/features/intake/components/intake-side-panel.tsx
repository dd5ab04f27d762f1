import { Alert, Card, DataList, Divider, Group, Kbd, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCalendarEvent, IconScan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Procedure } from '../../../domain/schemas/catalogue.ts';
import { formatDate, formatMoney, formatTime } from '../../../lib/format.ts';
import { useLiveAppointment } from '../hooks/use-live-appointment.ts';
import { formatWeekday } from '../utils/weekday.ts';
import classes from './intake-form.module.css';

export interface IntakeSidePanelProps {
  procedure: Procedure | undefined;
  requiredTotal: number;
  requiredMissing: number;
}

/**
 * What the officer tells the applicant while typing: the live appointment for a receipt
 * now (recomputed every minute), the processing time, who decides, the fee, and whether
 * the required papers are all there.
 */
export function IntakeSidePanel({ procedure, requiredTotal, requiredMissing }: IntakeSidePanelProps) {
  const { t, i18n } = useTranslation();
  const { now, appointmentAt, error } = useLiveAppointment(procedure);

  function appointmentContent() {
    if (!procedure) return <Text c="dimmed">{t('intake.panel.pickProcedure')}</Text>;
    if (error && !appointmentAt) {
      return (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} p="xs">
          {t('intake.panel.appointmentFailed')} {error.message}
        </Alert>
      );
    }
    if (!appointmentAt) {
      return (
        <Group gap="xs">
          <Loader size="sm" aria-hidden />
          <Text c="dimmed">{t('intake.panel.computing')}</Text>
        </Group>
      );
    }
    return (
      <div>
        <Text className={classes.appointmentDate} data-testid="live-appointment">
          {formatDate(appointmentAt)}
        </Text>
        <Text fw={600} size="lg">
          {t('intake.panel.at', { time: formatTime(appointmentAt), weekday: formatWeekday(appointmentAt, i18n.language) })}
        </Text>
      </div>
    );
  }

  return (
    <Card component="aside" aria-labelledby="intake-appointment-title">
      <Stack gap="md">
        <Group gap="xs" wrap="nowrap">
          <IconCalendarEvent size={22} aria-hidden />
          <Title order={2} size="h3" id="intake-appointment-title">
            {t('intake.panel.title')}
          </Title>
        </Group>
        <div>
          {/* Announced when the date changes, not each minute the clock below moves. */}
          <div aria-live="polite" aria-atomic="true">
            {appointmentContent()}
          </div>
          {appointmentAt && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('intake.panel.receivedNow', { time: formatTime(now) })}
            </Text>
          )}
        </div>
        {procedure && (
          <>
            <Divider />
            <DataList orientation="vertical" gap="sm">
              <DataList.Item>
                <DataList.ItemLabel>{t('intake.panel.duration')}</DataList.ItemLabel>
                <DataList.ItemValue>{t(`duration.${procedure.durationUnit}`, { count: procedure.durationAmount })}</DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>{t('intake.panel.decidingUnit')}</DataList.ItemLabel>
                <DataList.ItemValue>{procedure.decidingUnitName}</DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>{t('intake.panel.fee')}</DataList.ItemLabel>
                <DataList.ItemValue>
                  {procedure.feeAmount > 0 ? formatMoney(procedure.feeAmount) : t('intake.panel.noFee')}
                  {procedure.feeNote && (
                    <Text size="xs" c="dimmed">
                      {procedure.feeNote}
                    </Text>
                  )}
                </DataList.ItemValue>
              </DataList.Item>
              {requiredTotal > 0 && (
                <DataList.Item>
                  <DataList.ItemLabel>{t('intake.panel.checklist')}</DataList.ItemLabel>
                  <DataList.ItemValue>
                    {t('intake.panel.checklistCount', { received: requiredTotal - requiredMissing, total: requiredTotal })}
                    {requiredMissing > 0 && (
                      <Text size="sm" fw={600} c="#9a3412">
                        {t('intake.panel.missing', { count: requiredMissing })}
                      </Text>
                    )}
                  </DataList.ItemValue>
                </DataList.Item>
              )}
            </DataList>
          </>
        )}
        <Divider />
        <Stack gap={6}>
          <Text size="xs" fw={700} c="dimmed">
            {t('intake.panel.shortcuts')}
          </Text>
          <Group gap="xs">
            <Kbd>F2</Kbd>
            <Text size="sm">{t('intake.panel.shortcutNew')}</Text>
          </Group>
          <Group gap="xs">
            <Kbd>Ctrl</Kbd>+<Kbd>Enter</Kbd>
            <Text size="sm">{t('intake.panel.shortcutSubmit')}</Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <IconScan size={18} aria-hidden style={{ flexShrink: 0 }} />
            <Text size="sm">{t('intake.panel.shortcutScan')}</Text>
          </Group>
        </Stack>
      </Stack>
    </Card>
  );
}
