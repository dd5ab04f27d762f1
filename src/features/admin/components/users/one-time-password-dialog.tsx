import { Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../../components/form-dialog.tsx';

export interface OneTimePassword {
  name: string;
  username: string;
  password: string;
}

export interface OneTimePasswordDialogProps {
  /** The account and its new password; null keeps the dialog closed. */
  account: OneTimePassword | null;
  onClose: () => void;
  /**
   * Where focus goes on closing: the dialog opens as another closes (the new account's form,
   * the reset question), so what had focus is gone by then.
   */
  focusFallback?: () => HTMLElement | null;
}

/** The one-time password of a new or reset account, shown once. */
export function OneTimePasswordDialog({ account, onClose, focusFallback }: OneTimePasswordDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog opened={account !== null} onClose={onClose} title={t('admin.users.passwordTitle')} size="md" focusFallback={focusFallback}>
      {account && (
        <Stack gap="md">
          <Text size="sm">{t('admin.users.passwordBody', { name: account.name, username: account.username })}</Text>
          <TextInput
            label={t('admin.users.passwordLabel')}
            value={account.password}
            readOnly
            ff="monospace"
            styles={{ input: { fontSize: 20, letterSpacing: 2 } }}
            onFocus={(event) => event.currentTarget.select()}
            data-autofocus
          />
          <Group justify="flex-end">
            <CopyButton value={account.password}>
              {({ copied, copy }) => (
                <Button variant="default" leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />} onClick={copy}>
                  {copied ? t('admin.users.copied') : t('admin.users.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>{t('admin.common.close')}</Button>
          </Group>
        </Stack>
      )}
    </FormDialog>
  );
}
