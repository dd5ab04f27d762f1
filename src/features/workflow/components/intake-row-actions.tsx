import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DossierListItem } from '../../../domain/schemas/dossier.ts';
import { StepIcon } from './step-icon.tsx';
import classes from './intake-row-actions.module.css';

/** The steps the desk takes on an online dossier straight from the queue. */
export type IntakeAction = 'accept_online' | 'request_completion' | 'refuse';

export interface IntakeRowActionsProps {
  dossier: DossierListItem;
  onPick: (action: IntakeAction) => void;
}

/** In the online intake queue, a row's three outcomes: accept, ask to complete (02), refuse (03). */
export function IntakeRowActions({ dossier, onPick }: IntakeRowActionsProps) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-sm"
        variant="light"
        classNames={{ section: classes.section }}
        leftSection={<StepIcon action="accept_online" size={14} />}
        onClick={() => onPick('accept_online')}
        aria-label={t('workflow.queue.acceptDossier', { code: dossier.code })}
        title={t('workflow.queue.acceptDossier', { code: dossier.code })}
      >
        <span className={classes.label}>{t('workflow.queue.accept')}</span>
      </Button>
      <Menu>
        <Menu.Target>
          <ActionIcon size="md" variant="subtle" aria-label={t('workflow.queue.moreFor', { code: dossier.code })}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<StepIcon action="request_completion" size={16} />} onClick={() => onPick('request_completion')}>
            {t('action.request_completion')}
          </Menu.Item>
          <Menu.Item c="red" leftSection={<StepIcon action="refuse" size={16} />} onClick={() => onPick('refuse')}>
            {t('action.refuse')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
