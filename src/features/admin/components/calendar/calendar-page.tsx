import { Button, EmptyState, Group, Select, Stack, Table, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../../components/form-dialog.tsx';
import { WrappingBadge } from '../../../../components/wrapping-badge.tsx';
import type { AdminCalendarDay } from '../../../../domain/schemas/admin-calendar.ts';
import { formatLocalDate } from '../../../../lib/format.ts';
import { todayInVietnam } from '../../../../lib/report-period.ts';
import { useCalendarYear, useDeleteCalendarDay } from '../../api/calendar.ts';
import { AdminPage, LoadError } from '../admin-page.tsx';
import { ConfirmDialog } from '../confirm-dialog.tsx';
import { TableSkeleton } from '../table-skeleton.tsx';
import { AddDaysForm } from './add-days-form.tsx';
import { DossiersOnHolidays } from './dossiers-on-holidays.tsx';
import { EditDayForm } from './edit-day-form.tsx';

const day = (date: string) => formatLocalDate(date);
const weekdayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const weekdayOf = (date: string) => weekdayNames[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? 'monday';

function thisYear(): number {
  return Number(todayInVietnam().slice(0, 4));
}

/** /quan-tri/lich-lam-viec: a year's holidays and swapped working days. */
export function CalendarPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(thisYear);
  const calendar = useCalendarYear(year);
  const remove = useDeleteCalendarDay();
  const [adding, setAdding] = useState(false);
  const [editingDate, setEditingDate] = useState<string | null>(null);
  const [deletingDate, setDeletingDate] = useState<string | null>(null);
  const editing = calendar.data?.days.find((d) => d.date === editingDate) ?? null;
  const deleting = calendar.data?.days.find((d) => d.date === deletingDate) ?? null;
  const years = Array.from({ length: 5 }, (_, index) => thisYear() - 1 + index);

  function confirmDelete(target: AdminCalendarDay) {
    remove.mutate(target, {
      onSuccess: () => {
        notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.calendar.deleted', { date: day(target.date) }) });
        setDeletingDate(null);
      },
      onError: (error) => notifications.show({ color: 'red', title: t('admin.common.loadFailed'), message: error.message }),
    });
  }

  function content() {
    if (calendar.isError && !calendar.data) return <LoadError error={calendar.error} onRetry={() => void calendar.refetch()} retrying={calendar.isFetching} />;
    if (!calendar.data) return <TableSkeleton />;
    return (
      <Stack gap="md">
        <DossiersOnHolidays dossiers={calendar.data.dossiersOnHolidays} />
        {calendar.data.days.length === 0 ? (
          <EmptyState py="xl" icon={<IconCalendarEvent size={40} aria-hidden />} withIndicatorBackground title={t('admin.calendar.emptyTitle', { year })} description={t('admin.calendar.emptyBody')} />
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover verticalSpacing="xs" aria-busy={calendar.isPlaceholderData}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.calendar.date')}</Table.Th>
                  <Table.Th scope="col">{t('admin.calendar.weekday')}</Table.Th>
                  <Table.Th scope="col" miw={150}>
                    {t('admin.calendar.kind')}
                  </Table.Th>
                  <Table.Th scope="col">{t('admin.calendar.name')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('admin.common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {calendar.data.days.map((entry) => (
                  <Table.Tr key={entry.date}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{day(entry.date)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`admin.settings.workingTime.weekdays.${weekdayOf(entry.date)}`)}</Table.Td>
                    <Table.Td>
                      <WrappingBadge variant="light" color={entry.kind === 'holiday' ? 'red' : 'blue'}>
                        {t(`admin.calendar.kinds.${entry.kind}`)}
                      </WrappingBadge>
                    </Table.Td>
                    <Table.Td>{entry.name}</Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button size="xs" variant="subtle" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditingDate(entry.date)} aria-label={t('admin.common.editItem', { name: day(entry.date) })}>
                          {t('admin.common.edit')}
                        </Button>
                        <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDeletingDate(entry.date)} aria-label={t('admin.common.deleteItem', { name: day(entry.date) })}>
                          {t('admin.common.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    );
  }

  return (
    <AdminPage
      title={t('admin.calendar.title')}
      subtitle={t('admin.calendar.subtitle')}
      actions={
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
          {t('admin.calendar.add')}
        </Button>
      }
    >
      <Select
        label={t('admin.calendar.year')}
        data={years.map((value) => String(value))}
        value={String(year)}
        onChange={(value) => value && setYear(Number(value))}
        allowDeselect={false}
        w={140}
      />
      {content()}
      <FormDialog opened={adding} onClose={() => setAdding(false)} title={t('admin.calendar.addTitle')} size="xl">
        {adding && <AddDaysForm year={year} onDone={() => setAdding(false)} />}
      </FormDialog>
      <FormDialog opened={editing !== null} onClose={() => setEditingDate(null)} title={editing ? t('admin.calendar.editTitle', { date: day(editing.date) }) : ''} size="md">
        {editing && <EditDayForm day={editing} onDone={() => setEditingDate(null)} onReload={() => void calendar.refetch()} />}
      </FormDialog>
      <ConfirmDialog
        opened={deleting !== null}
        title={deleting ? t('admin.calendar.deleteTitle', { date: day(deleting.date) }) : ''}
        body={deleting ? t('admin.calendar.deleteBody', { date: day(deleting.date) }) : ''}
        confirm={t('admin.common.delete')}
        danger
        pending={remove.isPending}
        onConfirm={() => deleting && confirmDelete(deleting)}
        onClose={() => setDeletingDate(null)}
      />
    </AdminPage>
  );
}
