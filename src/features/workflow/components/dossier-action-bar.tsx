import { Button, Card, Group, Menu, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierAction } from '../../../domain/dossier-lifecycle.ts';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { usePageCommands } from '../../../lib/page-commands.ts';
import { endingActions, splitActions } from '../utils/action-groups.ts';
import { ActionDialog } from './action-dialog.tsx';
import { DraftResult } from './draft-result.tsx';
import { StepIcon } from './step-icon.tsx';
import { PrintForms } from './print-forms.tsx';

export interface DossierActionBarProps {
  dossier: DossierDetail;
}

/**
 * What the user may do with the dossier now — exactly the API's `availableActions`: the
 * expected next step as the primary button, the rest under "Thao tác khác" (and every one
 * in the command palette); and the forms to print. Whoever decides on a draft result sees
 * it here, right above Approve and Return.
 */
export function DossierActionBar({ dossier }: DossierActionBarProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<DossierAction | null>(null);
  const { primary, others } = splitActions(dossier.availableActions);
  const commands = useMemo(() => {
    const split = splitActions(dossier.availableActions);
    return [...(split.primary ? [split.primary] : []), ...split.others].map((action) => ({
      id: action,
      label: t(`action.${action}`),
      danger: endingActions.has(action),
      run: () => setOpen(action),
    }));
  }, [dossier.availableActions, t]);
  usePageCommands(commands);
  const deciding = dossier.result && dossier.availableActions.includes('approve');
  return (
    <Card component="section" aria-labelledby="dossier-actions" padding="md">
      <VisuallyHidden>
        <h2 id="dossier-actions">{t('workflow.actionBar.title')}</h2>
      </VisuallyHidden>
      {deciding && (
        <Paper component="section" aria-labelledby="draft-result" withBorder p="sm" mb="sm" bg="var(--mantine-color-body)">
          <Stack gap={6}>
            <Title order={3} size="h5" id="draft-result">
              {t('workflow.draft.title')}
            </Title>
            <DraftResult dossier={dossier} />
          </Stack>
        </Paper>
      )}
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
                    c={endingActions.has(action) ? 'red' : undefined}
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
