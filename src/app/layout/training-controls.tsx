import { ActionIcon, Badge, Button, Group, Modal, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingControls as TrainingControlsApi } from '../../lib/training-context.ts';

export interface TrainingControlsProps {
  training: TrainingControlsApi;
}

/** The training-mode badge and the guarded "reset training data" action. */
export function TrainingControls({ training }: TrainingControlsProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [resetting, setResetting] = useState(false);

  async function reset() {
    setResetting(true);
    try {
      await training.resetTrainingData();
      window.location.reload();
    } catch (error) {
      setResetting(false);
      notifications.show({
        color: 'red',
        title: t('training.resetFailed'),
        message: error instanceof Error ? error.message : t('common.unknownError'),
      });
    }
  }

  return (
    <Group gap="xs" wrap="nowrap">
      <Badge color="yellow.4" autoContrast variant="filled" size="lg" c="dark.9">
        {t('training.badge')}
      </Badge>
      <Button variant="default" size="xs" leftSection={<IconRestore size={16} aria-hidden />} onClick={open} visibleFrom="lg">
        {t('training.reset')}
      </Button>
      <Tooltip label={t('training.reset')}>
        <ActionIcon variant="default" size="lg" aria-label={t('training.reset')} onClick={open} hiddenFrom="lg">
          <IconRestore size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Modal opened={opened} onClose={close} title={t('training.resetTitle')} closeButtonProps={{ 'aria-label': t('shell.closeDialog') }}>
        <Text mb="lg">{t('training.resetBody')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={resetting}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void reset()} loading={resetting}>
            {t('training.resetConfirm')}
          </Button>
        </Group>
      </Modal>
    </Group>
  );
}
