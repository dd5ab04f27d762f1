import { ActionIcon, Button, Group, Menu, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsExchange, IconDots, IconKey, IconLock, IconLockOpen, IconPencil, IconPlus, IconSearch } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../../components/form-dialog.tsx';
import { WrappingBadge } from '../../../../components/wrapping-badge.tsx';
import { roles } from '../../../../domain/roles.ts';
import { foldText } from '../../../../domain/text.ts';
import { isApiError } from '../../../../lib/api-client.ts';
import { dialogOpener } from '../../../../lib/focus-return.ts';
import { formatDateTime } from '../../../../lib/format.ts';
import { useAdminUnits } from '../../api/directory.ts';
import { useAdminUsers, useResetPassword, useSetUserActive } from '../../api/users.ts';
import { AdminPage, LoadError } from '../admin-page.tsx';
import { TableSkeleton } from '../table-skeleton.tsx';
import { ConfirmDialog } from '../confirm-dialog.tsx';
import { OneTimePasswordDialog, type OneTimePassword } from './one-time-password-dialog.tsx';
import { TransferDialog } from './transfer-dialog.tsx';
import { UserForm } from './user-form.tsx';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; id: string }
  | { kind: 'lock'; id: string }
  | { kind: 'reset'; id: string }
  | { kind: 'transfer'; id: string; blocked?: boolean }
  | ({ kind: 'password' } & OneTimePassword);

/** /quan-tri/nguoi-dung: staff accounts. */
export function UsersPage() {
  const { t } = useTranslation();
  const users = useAdminUsers();
  const units = useAdminUnits();
  const setActive = useSetUserActive();
  const reset = useResetPassword();
  const [dialog, setDialogState] = useState<Dialog | null>(null);
  // One dialog can lead to the next (a new account → its password, a refused lock → the
  // transfer): what opened the first is where focus goes back when the last closes.
  const firstOpener = useRef<HTMLElement | null>(null);
  const dialogOpened = useRef(false);
  const setDialog = (next: Dialog | null) => {
    if (next && !dialogOpened.current) firstOpener.current = dialogOpener(document.activeElement);
    dialogOpened.current = next !== null;
    setDialogState(next);
  };
  const focusFallback = () => firstOpener.current;
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const byId = (id: string) => users.data?.find((user) => user.id === id);
  const close = () => setDialog(null);
  const needle = foldText(search);
  const shown = (users.data ?? []).filter(
    (user) => (!needle || foldText(`${user.fullName} ${user.username}`).includes(needle)) && (!role || user.role === role) && (!unitId || user.unitId === unitId),
  );

  function toggleActive(id: string) {
    const user = byId(id);
    if (!user) return;
    setActive.mutate(
      { id, active: !user.active, version: user.version },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t(saved.active ? 'admin.users.reactivated' : 'admin.users.deactivated', { username: saved.username }) });
          close();
        },
        onError: (error) => {
          // Still holding dossiers: offer to hand them over right away.
          if (isApiError(error) && error.code === 'holds_dossiers') setDialog({ kind: 'transfer', id, blocked: true });
          else notifications.show({ color: 'red', title: t('admin.common.loadFailed'), message: error.message });
        },
      },
    );
  }

  function resetPassword(id: string) {
    const user = byId(id);
    if (!user) return;
    reset.mutate(
      { id, version: user.version },
      {
        onSuccess: ({ user: saved, oneTimePassword }) => setDialog({ kind: 'password', name: saved.fullName, username: saved.username, password: oneTimePassword }),
        onError: (error) => notifications.show({ color: 'red', title: t('admin.common.loadFailed'), message: error.message }),
      },
    );
  }

  function content() {
    if (users.isError && !users.data) return <LoadError error={users.error} onRetry={() => void users.refetch()} retrying={users.isFetching} />;
    if (!users.data) return <TableSkeleton />;
    return (
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.users.fullName')}</Table.Th>
              <Table.Th scope="col">{t('admin.users.role')}</Table.Th>
              <Table.Th scope="col">{t('admin.users.unit')}</Table.Th>
              <Table.Th scope="col" miw={150}>
                {t('admin.users.status')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('admin.users.held')}
              </Table.Th>
              <Table.Th scope="col" visibleFrom="lg">
                {t('admin.users.lastSignIn')}
              </Table.Th>
              <Table.Th scope="col">{t('admin.common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {user.fullName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {user.username}
                    {user.title && ` · ${user.title}`}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`role.${user.role}`)}</Table.Td>
                <Table.Td>{user.unitName}</Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <WrappingBadge color={user.active ? 'teal' : 'gray'}>{user.active ? t('admin.users.activeAccount') : t('admin.users.locked')}</WrappingBadge>
                    {user.mustChangePassword && <WrappingBadge color="orange">{t('admin.users.mustChange')}</WrappingBadge>}
                  </Stack>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{user.heldDossierCount > 0 ? t('admin.users.heldCount', { count: user.heldDossierCount }) : '—'}</Table.Td>
                <Table.Td visibleFrom="lg" style={{ whiteSpace: 'nowrap' }}>
                  {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : t('admin.users.never')}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="subtle" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setDialog({ kind: 'edit', id: user.id })} aria-label={t('admin.common.editItem', { name: user.fullName })}>
                      {t('admin.common.edit')}
                    </Button>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" aria-label={t('admin.users.moreActions', { name: user.fullName })}>
                          <IconDots size={18} aria-hidden />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={() => setDialog({ kind: 'reset', id: user.id })} disabled={!user.active}>
                          {t('admin.users.resetPassword')}
                        </Menu.Item>
                        <Menu.Item leftSection={<IconArrowsExchange size={16} aria-hidden />} onClick={() => setDialog({ kind: 'transfer', id: user.id })} disabled={user.heldDossierCount === 0}>
                          {t('admin.users.transfer')}
                        </Menu.Item>
                        {user.active ? (
                          <Menu.Item c="red" leftSection={<IconLock size={16} aria-hidden />} onClick={() => setDialog({ kind: 'lock', id: user.id })}>
                            {t('admin.users.deactivate')}
                          </Menu.Item>
                        ) : (
                          <Menu.Item leftSection={<IconLockOpen size={16} aria-hidden />} onClick={() => toggleActive(user.id)}>
                            {t('admin.users.reactivate')}
                          </Menu.Item>
                        )}
                      </Menu.Dropdown>
                    </Menu>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  const editing = dialog && 'id' in dialog ? byId(dialog.id) : undefined;
  return (
    <AdminPage
      title={t('admin.users.title')}
      subtitle={t('admin.users.subtitle')}
      actions={
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setDialog({ kind: 'create' })}>
          {t('admin.users.add')}
        </Button>
      }
    >
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('admin.users.searchLabel')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', sm: 280 }}
        />
        <Select label={t('admin.users.role')} placeholder={t('admin.common.all')} data={roles.map((value) => ({ value, label: t(`role.${value}`) }))} value={role} onChange={setRole} clearable w={{ base: '100%', sm: 220 }} />
        <Select
          label={t('admin.users.unit')}
          placeholder={t('admin.common.all')}
          data={(units.data ?? []).filter((unit) => unit.kind !== 'external').map((unit) => ({ value: unit.id, label: unit.name }))}
          value={unitId}
          onChange={setUnitId}
          clearable
          w={{ base: '100%', sm: 280 }}
        />
      </Group>
      {users.data && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('admin.common.count', { count: shown.length })}
        </Text>
      )}
      {content()}

      <FormDialog
        opened={dialog?.kind === 'create' || (dialog?.kind === 'edit' && !!editing)}
        onClose={close}
        title={dialog?.kind === 'create' ? t('admin.users.newTitle') : editing ? t('admin.users.editTitle', { name: editing.fullName }) : ''}
        focusFallback={focusFallback}
      >
        {dialog?.kind === 'create' && <UserForm user={null} onCreated={(saved, password) => setDialog({ kind: 'password', name: saved.fullName, username: saved.username, password })} />}
        {dialog?.kind === 'edit' && editing && (
          <UserForm user={editing} onSaved={close} onBlocked={() => setDialog({ kind: 'transfer', id: editing.id, blocked: true })} onReload={() => void users.refetch()} />
        )}
      </FormDialog>
      <ConfirmDialog
        opened={dialog?.kind === 'lock' && !!editing}
        title={editing ? t('admin.users.deactivateTitle', { name: editing.fullName }) : ''}
        body={t('admin.users.deactivateBody')}
        confirm={t('admin.users.deactivate')}
        danger
        pending={setActive.isPending}
        onConfirm={() => editing && toggleActive(editing.id)}
        onClose={close}
        focusFallback={focusFallback}
      />
      <ConfirmDialog
        opened={dialog?.kind === 'reset' && !!editing}
        title={editing ? t('admin.users.resetTitle', { name: editing.fullName }) : ''}
        body={t('admin.users.resetBody')}
        confirm={t('admin.users.resetPassword')}
        pending={reset.isPending}
        onConfirm={() => editing && resetPassword(editing.id)}
        onClose={close}
        focusFallback={focusFallback}
      />
      <TransferDialog
        user={dialog?.kind === 'transfer' && editing ? editing : null}
        users={users.data ?? []}
        blocked={dialog?.kind === 'transfer' && (dialog.blocked ?? false)}
        onClose={close}
        focusFallback={focusFallback}
      />
      <OneTimePasswordDialog account={dialog?.kind === 'password' ? dialog : null} onClose={close} focusFallback={focusFallback} />
    </AdminPage>
  );
}
