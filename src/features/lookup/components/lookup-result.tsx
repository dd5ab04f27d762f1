import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconAlertTriangle, IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { statusTone } from '../../../domain/dossier-status.ts';
import type { PublicDossier, PublicLookupRequest } from '../../../domain/schemas/public-lookup.ts';
import { formatDateTime, formatMoney } from '../../../lib/format.ts';
import { LookupRating } from './lookup-rating.tsx';
import classes from './lookup.module.css';

export interface LookupResultProps {
  dossier: PublicDossier;
  /** The code and digits that opened it: a rating is checked with them again. */
  request: PublicLookupRequest;
  /** The dossier as the API answered a rating. */
  onChange: (dossier: PublicDossier) => void;
  onAnother: () => void;
}

/** What the applicant may know: status in plain words, where it is, when it is due, the steps, what to add, where to collect. */
export function LookupResult({ dossier, request, onChange, onAnother }: LookupResultProps) {
  const { t } = useTranslation();
  const status = t(`public.status.${dossier.status}`);
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="lookup-status">
        <Stack gap="sm">
          <Text size="sm" c="dimmed" className={classes.code}>
            {dossier.code}
          </Text>
          <Title order={2} size="h3" id="lookup-status">
            <Badge size="xl" radius="sm" color={statusTone[dossier.status]} variant="light" tt="none" style={{ whiteSpace: 'normal', height: 'auto' }}>
              {status}
            </Badge>
          </Title>
          <dl className={classes.facts}>
            <dt>{t('public.lookup.procedure')}</dt>
            <dd>{dossier.procedureName}</dd>
            <dt>{t('public.lookup.holder')}</dt>
            <dd>{dossier.holderUnitName}</dd>
            {dossier.submittedAt && dossier.channel === 'online' && (
              <>
                <dt>{t('public.lookup.submittedAt')}</dt>
                <dd>{formatDateTime(dossier.submittedAt)}</dd>
              </>
            )}
            {dossier.receivedAt && (
              <>
                <dt>{t('public.lookup.receivedAt')}</dt>
                <dd>{formatDateTime(dossier.receivedAt)}</dd>
              </>
            )}
            <dt>{t('public.lookup.appointmentAt')}</dt>
            <dd className={dossier.appointmentAt ? classes.appointment : undefined}>
              {dossier.appointmentAt ? formatDateTime(dossier.appointmentAt) : t('public.lookup.noAppointment')}
            </dd>
          </dl>
        </Stack>
      </Paper>

      {dossier.supplement && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('public.lookup.supplementTitle')}>
          <Stack gap={6}>
            <List size="sm" spacing={4}>
              {dossier.supplement.items.map((item, index) => (
                <List.Item key={index}>
                  {item.name}
                  {item.note ? ` (${item.note})` : ''}
                </List.Item>
              ))}
            </List>
            {dossier.supplement.reason && <Text size="sm">{t('public.lookup.supplementReason', { reason: dossier.supplement.reason })}</Text>}
            {dossier.supplement.deadlineAt && (
              <Text size="sm" fw={600}>
                {t('public.lookup.supplementDeadline', { time: formatDateTime(dossier.supplement.deadlineAt) })}
              </Text>
            )}
          </Stack>
        </Alert>
      )}

      <ResultSection dossier={dossier} />

      {dossier.fee.amount > 0 && (
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="lookup-fee">
          <Title order={2} size="h4" id="lookup-fee" mb="xs">
            {t('public.lookup.feeTitle')}
          </Title>
          <Group gap="xs" wrap="wrap">
            <Text>{t('public.lookup.feeAmount', { amount: formatMoney(dossier.fee.amount) })}</Text>
            <Badge color={dossier.fee.state === 'paid' ? 'teal' : 'orange'} variant="light">
              {t(`citizens.fees.state.${dossier.fee.state}`)}
            </Badge>
            {dossier.fee.paidOnline && (
              <Badge color="blue" variant="light">
                {t('public.lookup.feePaidOnline')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed" mt={4}>
            {t(`public.lookup.feeDue.${dossier.fee.due}`)}
          </Text>
        </Paper>
      )}

      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="lookup-steps">
        <Title order={2} size="h4" id="lookup-steps" mb="sm">
          {t('public.lookup.steps')}
        </Title>
        <Timeline active={dossier.steps.length - 1} bulletSize={14} lineWidth={2}>
          {dossier.steps.map((step, index) => {
            return (
              <Timeline.Item key={index} title={t(`public.step.${step.action}`)}>
                <Text size="sm" c="dimmed">
                  <time dateTime={step.at}>{formatDateTime(step.at)}</time>
                  {step.unitName ? ` · ${step.unitName}` : ''}
                </Text>
              </Timeline.Item>
            );
          })}
        </Timeline>
      </Paper>

      {(dossier.rating.open || dossier.rating.given) && <LookupRating dossier={dossier} request={request} onRated={onChange} />}

      <Button variant="default" size="md" onClick={onAnother}>
        {t('public.lookup.another')}
      </Button>
    </Stack>
  );
}

/** When and where the result can be collected. */
function ResultSection({ dossier }: { dossier: PublicDossier }) {
  const { t } = useTranslation();
  const { result } = dossier;
  const closedWithout = ['refused', 'withdrawn', 'stopped', 'not_accepted'].includes(dossier.status);
  if (closedWithout) return null;
  const place = result.place.name;
  const method = result.returnMethod === 'desk' ? 'Desk' : result.returnMethod === 'post' ? 'Post' : 'Online';
  const text = result.returnedAt
    ? t('public.lookup.resultReturned', { time: formatDateTime(result.returnedAt) })
    : result.ready
      ? t(`public.lookup.resultReady${method}`, { place })
      : t(`public.lookup.resultPending${method}`, { place });
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="lookup-result">
      <Title order={2} size="h4" id="lookup-result" mb="xs">
        {t('public.lookup.resultTitle')}
      </Title>
      <Stack gap={4}>
        <Text>{text}</Text>
        {result.ready && result.kind === 'denied' && <Text size="sm">{t('public.lookup.resultDenied')}</Text>}
        {result.returnMethod === 'desk' && !result.returnedAt && (result.place.address || result.place.phone) && (
          <Group gap={6} align="flex-start" wrap="nowrap">
            <IconMapPin size={18} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
            <Text size="sm" c="dimmed">
              {[result.place.address && t('public.lookup.address', { address: result.place.address }), result.place.phone && t('public.lookup.phone', { phone: result.place.phone })]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
