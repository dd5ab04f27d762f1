import { Alert, Button, Checkbox, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../../../components/dialog-form.tsx';
import { FormDialog } from '../../../../components/form-dialog.tsx';
import { dossierStatuses } from '../../../../domain/dossier-status.ts';
import { mayTakeOver } from '../../../../domain/roles.ts';
import type { AdminUser } from '../../../../domain/schemas/admin-users.ts';
import { formatDateTime } from '../../../../lib/format.ts';
import { useHeldDossiers, useTransferDossiers } from '../../api/users.ts';
import { FormError } from '../admin-page.tsx';
import { TableSkeleton } from '../table-skeleton.tsx';

export interface TransferDialogProps {
  /** Whose dossiers; null keeps the dialog closed. */
  user: AdminUser | null;
  users: readonly AdminUser[];
  /** Opened because a lock or a move was refused. */
  blocked: boolean;
  onClose: () => void;
  /** Where focus goes on closing when what opened the dialog is gone (see `FormDialog`). */
  focusFallback?: () => HTMLElement | null;
}

/** Hands a user's open dossiers to a colleague with the same role in the same unit, all at once. */
export function TransferDialog({ user, users, blocked, onClose, focusFallback }: TransferDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog opened={user !== null} onClose={onClose} title={user ? t('admin.users.heldTitle', { name: user.fullName }) : ''} size="xl" focusFallback={focusFallback}>
      {user && <TransferForm key={user.id} user={user} users={users} blocked={blocked} onDone={onClose} />}
    </FormDialog>
  );
}

interface TransferFormProps {
  user: AdminUser;
  users: readonly AdminUser[];
  blocked: boolean;
  onDone: () => void;
}

/** The dialog's body: the dossiers, ticked, and to whom; only a Close button when there is nothing to hand over or nobody to take it. */
function TransferForm({ user, users, blocked, onDone }: TransferFormProps) {
  const { t } = useTranslation();
  const held = useHeldDossiers(user.id);
  const transfer = useTransferDossiers();
  const [unselected, setUnselected] = useState<ReadonlySet<string>>(new Set());
  const [toUserId, setToUserId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const colleagues = users.filter((candidate) => mayTakeOver({ id: user.id, role: user.role, unitId: user.unitId }, candidate));
  const dossiers = held.data ?? [];
  const chosen = dossiers.filter((dossier) => !unselected.has(dossier.id));
  const toggle = (id: string) =>
    setUnselected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Ctrl+Enter before a colleague is chosen, or again while the request runs.
    if (!toUserId || chosen.length === 0 || transfer.isPending) return;
    const target = colleagues.find((candidate) => candidate.id === toUserId);
    transfer.mutate(
      { id: user.id, toUserId, note, items: chosen.map(({ id, version }) => ({ id, version })) },
      {
        onSuccess: ({ transferred }) => {
          notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.users.transferred', { count: transferred, name: target?.fullName ?? '' }) });
          onDone();
        },
      },
    );
  }

  const list = (
    <>
      {blocked && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('admin.users.blockedTitle')}>
          {t('admin.users.heldIntro')}
        </Alert>
      )}
      {!blocked && <Text size="sm">{t('admin.users.heldIntro')}</Text>}
      {held.isError ? (
        <FormError message={held.error.message} />
      ) : !held.data ? (
        <TableSkeleton rows={3} />
      ) : dossiers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('admin.users.heldNone')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640} mah={360}>
          <Table verticalSpacing={4} fz="sm" stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <Checkbox
                    aria-label={t('admin.users.transferSubmit', { count: dossiers.length })}
                    checked={unselected.size === 0}
                    indeterminate={unselected.size > 0 && unselected.size < dossiers.length}
                    onChange={() => setUnselected(unselected.size === 0 ? new Set(dossiers.map((d) => d.id)) : new Set())}
                  />
                </Table.Th>
                <Table.Th scope="col">{t('admin.users.columns.code')}</Table.Th>
                <Table.Th scope="col">{t('admin.users.columns.procedure')}</Table.Th>
                <Table.Th scope="col">{t('admin.users.columns.applicant')}</Table.Th>
                <Table.Th scope="col">{t('admin.users.columns.status')}</Table.Th>
                <Table.Th scope="col">{t('admin.users.columns.appointment')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dossiers.map((dossier) => {
                const status = dossierStatuses.find((value) => value === dossier.status);
                return (
                  <Table.Tr key={dossier.id}>
                    <Table.Td>
                      <Checkbox aria-label={dossier.code} checked={!unselected.has(dossier.id)} onChange={() => toggle(dossier.id)} />
                    </Table.Td>
                    <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      {dossier.code}
                    </Table.Td>
                    <Table.Td>{dossier.procedureName}</Table.Td>
                    <Table.Td>{dossier.applicantName}</Table.Td>
                    <Table.Td>{status ? t(`status.${status}`) : dossier.status}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{dossier.appointmentAt ? formatDateTime(dossier.appointmentAt) : '—'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );

  if (dossiers.length === 0 || colleagues.length === 0) {
    return (
      <Stack gap="md">
        {list}
        {dossiers.length > 0 && (
          <Alert color="orange" icon={<IconAlertTriangle aria-hidden />}>
            {t('admin.users.noColleague')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('admin.common.close')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const toUserError = transfer.error?.fieldMessage('toUserId');
  return (
    <DialogForm
      onSubmit={submit}
      submitLabel={t('admin.users.transferSubmit', { count: chosen.length })}
      pending={transfer.isPending}
      submitDisabled={!toUserId || chosen.length === 0}
      error={transfer.isError && !toUserError ? transfer.error.message : undefined}
      dirty={toUserId !== null || note !== '' || unselected.size > 0}
    >
      {list}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('admin.users.transferTo')}
          required
          data={colleagues.map((colleague) => ({ value: colleague.id, label: `${colleague.fullName} (${colleague.username})` }))}
          value={toUserId}
          onChange={setToUserId}
          error={toUserError}
          w={{ base: '100%', sm: 320 }}
          data-autofocus
        />
        <TextInput label={t('admin.users.transferNote')} value={note} onChange={(event) => setNote(event.currentTarget.value)} style={{ flex: '1 1 16rem' }} />
      </Group>
    </DialogForm>
  );
}
