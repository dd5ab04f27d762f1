import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierAction } from '../../../domain/dossier-lifecycle.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { DraftResult } from './draft-result.tsx';

export interface ActionIntroProps {
  action: DossierAction;
  dossier?: DossierDetail;
}

/**
 * What the step does, in a sentence; for the chairperson's steps also the draft result being
 * decided on (with its files), so approving never happens without seeing what is approved.
 */
export function ActionIntro({ action, dossier }: ActionIntroProps) {
  const { t } = useTranslation();
  const deciding = (action === 'approve' || action === 'return_to_handler') && dossier?.result;
  if (!deciding) return <>{t(`workflow.intro.${action}`)}</>;
  return (
    <Stack gap="xs">
      <span>{t(`workflow.intro.${action}`)}</span>
      <DraftResult dossier={dossier} />
    </Stack>
  );
}
