import { Button, Card, Group, Menu, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierAction } from '../../../domain/dossier-lifecycle.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { endingActions, splitActions } from '../utils/action-groups.ts';
import { ActionDialog } from './action-dialog.tsx';
import { StepIcon } from './step-icon.tsx';
import { PrintForms } from './print-forms.tsx';

export interface DossierActionBarProps {
  dossier: DossierDetail;
}

/**
 * What the user may do with the dossier now — exactly the API's `availableActions`: the
 * expected next step as the primary button, the rest under "Thao tác khác"; and the forms
 * to print.
 */
export function DossierActionBar({ dossier }: DossierActionBarProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<DossierAction | null>(null);
  const { primary, others } = splitActions(dossier.availableActions);
  return (
    <Card component="section" aria-labelledby="dossier-actions" padding="md">
      <VisuallyHidden>
        <h2 id="dossier-actions">{t('workflow.actionBar.title')}</h2>
      </VisuallyHidden>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="sm" wrap="wrap">
          {primary && (
            <Button onClick={() => setOpen(primary)} leftSection={<StepIcon action={primary} />}>
              {t(`action.${primary}`)}
            </Button>
          )}
          {others.length > 0 && (
            <Menu>
              <Menu.Target>
                <Button variant={primary ? 'default' : 'filled'} rightSection={<IconChevronDown size={16} aria-hidden />}>
                  {t('workflow.actionBar.more')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {others.map((action) => (
                  <Menu.Item
                    key={action}
                    color={endingActions.has(action) ? 'red' : undefined}
                    leftSection={<StepIcon action={action} size={16} />}
                    onClick={() => setOpen(action)}
                  >
                    {t(`action.${action}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
          {!primary && others.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('workflow.actionBar.none')}
            </Text>
          )}
        </Group>
        <PrintForms dossier={dossier} />
      </Group>
      <ActionDialog action={open} subject={dossier} dossier={dossier} onClose={() => setOpen(null)} />
    </Card>
  );
}
