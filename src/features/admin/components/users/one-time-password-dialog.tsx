import { Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The one-time password of a new or reset account, shown once. */
export function OneTimePasswordDialog({ name, username, password, onClose }: { name: string; username: string; password: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal closeButtonProps={{ 'aria-label': t('shell.closeDialog') }} opened onClose={onClose} title={t('admin.users.passwordTitle')}>
      <Stack gap="md">
        <Text size="sm">{t('admin.users.passwordBody', { name, username })}</Text>
        <TextInput
          label={t('admin.users.passwordLabel')}
          value={password}
          readOnly
          ff="monospace"
          styles={{ input: { fontSize: 20, letterSpacing: 2 } }}
          onFocus={(event) => event.currentTarget.select()}
          data-autofocus
        />
        <Group justify="flex-end">
          <CopyButton value={password}>
            {({ copied, copy }) => (
              <Button variant="default" leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />} onClick={copy}>
                {copied ? t('admin.users.copied') : t('admin.users.copy')}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose}>{t('admin.common.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
