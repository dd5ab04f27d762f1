import { Anchor, Group, Loader, Text } from '@mantine/core';
import { IconExternalLink, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isOpen } from '../../../domain/dossier-status.ts';
import { personPath } from '../../../lib/paths.ts';
import { usePerson } from '../../../lib/people.ts';

export interface PersonSummaryProps {
  /** A valid 12-digit ID number from the form. */
  idNumber: string;
}

/** How many dossiers the applicant already has, and their page (in a new tab: the form stays). */
export function PersonSummary({ idNumber }: PersonSummaryProps) {
  const { t } = useTranslation();
  const person = usePerson(idNumber);
  const dossiers = person.data?.dossiers ?? [];
  return (
    <section aria-labelledby="intake-person-title">
      <Group gap={6} wrap="nowrap" mb={4}>
        <IconUser size={18} aria-hidden />
        <Text size="sm" fw={700} id="intake-person-title">
          {t('intake.person.title')}
        </Text>
        {person.isFetching && <Loader size="xs" aria-hidden />}
      </Group>
      {person.data && (
        <Text size="sm">
          {dossiers.length === 0
            ? t('intake.person.none')
            : t('intake.person.summary', { count: dossiers.length, open: dossiers.filter((d) => isOpen(d.status)).length })}
        </Text>
      )}
      <Anchor href={personPath(idNumber)} target="_blank" rel="noopener" size="sm">
        <Group gap={4} component="span" wrap="nowrap">
          {t('intake.person.link')}
          <IconExternalLink size={14} aria-hidden />
        </Group>
      </Anchor>
    </section>
  );
}
