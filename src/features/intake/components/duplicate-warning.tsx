import { Alert, Anchor, Checkbox, Group, Stack, Text } from '@mantine/core';
import { IconCopy, IconExternalLink } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/status-badge.tsx';
import type { DuplicateDossier } from '../../../domain/schemas/person.ts';
import { formatDate } from '../../../lib/format.ts';
import { dossierPath } from '../../../lib/paths.ts';

export interface DuplicateWarningProps {
  duplicates: readonly DuplicateDossier[];
  /** The officer looked and receives a new dossier anyway (recorded in its history). */
  proceed: boolean;
  onProceedChange: (proceed: boolean) => void;
  /** Shown when the officer tried to save without deciding. */
  error?: string;
  checkboxRef?: Ref<HTMLInputElement>;
}

/**
 * Beside the intake form, before saving: the applicant's open dossiers of the same
 * procedure, each a link that opens in a new tab (the form keeps what was typed), and the
 * officer's choice to go on.
 */
export function DuplicateWarning({ duplicates, proceed, onProceedChange, error, checkboxRef }: DuplicateWarningProps) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconCopy aria-hidden />}
      title={t('intake.duplicates.title', { count: duplicates.length })}
    >
      <Stack gap="sm">
        <Text size="sm">{t('intake.duplicates.intro')}</Text>
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {duplicates.map((duplicate) => (
            <li key={duplicate.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor
                  href={dossierPath(duplicate.id)}
                  target="_blank"
                  rel="noopener"
                  fw={700}
                  ff="monospace"
                  fz="sm"
                  aria-label={t('intake.duplicates.open', { code: duplicate.code })}
                >
                  <Group gap={4} component="span" wrap="nowrap">
                    {duplicate.code}
                    <IconExternalLink size={14} aria-hidden />
                  </Group>
                </Anchor>
                <StatusBadge status={duplicate.status} size="sm" />
              </Group>
              <Text size="xs" c="dimmed">
                {[
                  duplicate.applicantName,
                  duplicate.matchedBy === 'name_and_birth_date' ? t('intake.duplicates.byName') : null,
                  duplicate.receivedAt
                    ? t('intake.duplicates.received', { date: formatDate(duplicate.receivedAt) })
                    : duplicate.submittedAt && t('intake.duplicates.submitted', { date: formatDate(duplicate.submittedAt) }),
                  duplicate.appointmentAt ? t('intake.duplicates.appointment', { date: formatDate(duplicate.appointmentAt) }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </li>
          ))}
        </Stack>
        <Checkbox
          ref={checkboxRef}
          label={t('intake.duplicates.proceed')}
          description={t('intake.duplicates.proceedHint')}
          checked={proceed}
          onChange={(event) => onProceedChange(event.currentTarget.checked)}
          error={error}
        />
      </Stack>
    </Alert>
  );
}
