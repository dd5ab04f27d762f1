import { Alert, Anchor, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DossierOnHoliday } from '../../../../domain/schemas/admin-calendar.ts';
import { formatDateTime } from '../../../../lib/format.ts';
import { dossierPath } from '../../../../lib/paths.ts';

/** Open dossiers due on a holiday: their appointments stay as given, so somebody should act. */
export function DossiersOnHolidays({ dossiers }: { dossiers: DossierOnHoliday[] }) {
  const { t } = useTranslation();
  if (dossiers.length === 0) return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('admin.calendar.affectedTitle', { count: dossiers.length })}>
      <Stack gap="xs">
        <Text size="sm">{t('admin.calendar.affectedBody')}</Text>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.calendar.affectedColumns.code')}</Table.Th>
                <Table.Th scope="col">{t('admin.calendar.affectedColumns.appointment')}</Table.Th>
                <Table.Th scope="col">{t('admin.calendar.affectedColumns.applicant')}</Table.Th>
                <Table.Th scope="col">{t('admin.calendar.affectedColumns.holder')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dossiers.map((dossier) => (
                <Table.Tr key={dossier.id}>
                  <Table.Td>
                    <Anchor component={Link} to={dossierPath(dossier.id)} ff="monospace" size="sm">
                      {dossier.code}
                    </Anchor>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(dossier.appointmentAt)}</Table.Td>
                  <Table.Td>{dossier.applicantName}</Table.Td>
                  <Table.Td>{dossier.holderName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Alert>
  );
}
