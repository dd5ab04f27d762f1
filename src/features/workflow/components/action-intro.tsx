import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierAction } from '../../../domain/dossier-lifecycle.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';

export interface ActionIntroProps {
  action: DossierAction;
  dossier?: DossierDetail;
}

/**
 * What the step does, in a sentence; for the chairperson's steps also the draft result being
 * decided on, so approving never happens without seeing what is approved.
 */
export function ActionIntro({ action, dossier }: ActionIntroProps) {
  const { t } = useTranslation();
  const result = (action === 'approve' || action === 'return_to_handler') && dossier?.result;
  if (!result) return <>{t(`workflow.intro.${action}`)}</>;
  return (
    <Stack gap={6} component="span">
      <span>{t(`workflow.intro.${action}`)}</span>
      <Group gap="xs" component="span">
        <Badge color={result.kind === 'granted' ? 'green' : 'red'} c={result.kind === 'granted' ? '#2b6b32' : '#b02525'}>
          {t(`resultKind.${result.kind}`)}
        </Badge>
        {result.number && (
          <Text span size="sm" fw={600}>
            {t('workflow.fields.resultNumber')}: {result.number}
          </Text>
        )}
      </Group>
      {result.summary && (
        <Text span size="sm" style={{ whiteSpace: 'pre-line' }}>
          {result.summary}
        </Text>
      )}
    </Stack>
  );
}
