import { Alert, Anchor, Button, Card, FileInput, Group, List, SimpleGrid, Stack, Switch, Table, Text } from '@mantine/core';
import { WrappingBadge } from '../../../../components/wrapping-badge.tsx';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDownload, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DownloadButton } from '../../../../components/download-button.tsx';
import type { ImportPreview, ImportPreviewRow, ImportProblemWire } from '../../../../domain/schemas/admin-catalogue.ts';
import { formatLocalDate } from '../../../../lib/format.ts';
import { routePatterns } from '../../../../lib/paths.ts';
import { translateMessage } from '../../../../i18n/translate-message.ts';
import { useApplyImport, usePreviewImport } from '../../api/procedures.ts';
import { catalogueFiles } from '../../api/files.ts';
import { AdminPage } from '../admin-page.tsx';

const statusColor = { new: 'blue', changed: 'orange', unchanged: 'gray', error: 'red' } as const;
/** What an import row may change (the procedure's rules and its descriptive fields). */
const changeNames = ['duration', 'feeLines', 'supplementClock', 'documents', 'legShares', 'name', 'fieldId', 'decidingUnitId', 'onlineLevel', 'active'] as const;

/** /quan-tri/thu-tuc/nhap: choose a workbook, see what it would do row by row, then import it all at once. */
export function CatalogueImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const previewImport = usePreviewImport();
  const applyImport = useApplyImport();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [onlyProblems, setOnlyProblems] = useState(true);

  function choose(chosen: File | null) {
    setFile(chosen);
    setPreview(null);
    applyImport.reset();
    if (chosen) previewImport.mutate(chosen, { onSuccess: setPreview });
  }

  function apply() {
    if (!file || !preview) return;
    applyImport.mutate(
      { file, fingerprint: preview.fingerprint },
      {
        onSuccess: (result) => {
          notifications.show({ color: 'teal', title: t('admin.common.saved'), message: t('admin.import.applied', result) });
          void navigate(routePatterns.adminProcedures);
        },
        // A catalogue changed since the preview: preview again so what is shown is what would be written.
        onError: (error) => {
          if (error.status === 409) previewImport.mutate(file, { onSuccess: setPreview });
        },
      },
    );
  }

  const errors = preview ? preview.counts.error + preview.problems.length : 0;
  const toApply = preview ? preview.counts.new + preview.counts.changed : 0;
  const rows = preview ? preview.rows.filter((row) => !onlyProblems || row.status === 'error' || row.status === 'changed' || row.status === 'new') : [];

  return (
    <AdminPage
      title={t('admin.import.title')}
      subtitle={t('admin.import.subtitle')}
      actions={
        <>
          <DownloadButton href={catalogueFiles.template.href} fileName={catalogueFiles.template.fileName} fetchFile={catalogueFiles.template.fetch} failedTitle={t('admin.procedures.exportFailed')} variant="default" leftSection={<IconDownload size={18} aria-hidden />}>
            {t('admin.import.template')}
          </DownloadButton>
          <DownloadButton href={catalogueFiles.export.href} fileName={catalogueFiles.export.fileName} fetchFile={catalogueFiles.export.fetch} failedTitle={t('admin.procedures.exportFailed')} variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden />}>
            {t('admin.import.export')}
          </DownloadButton>
        </>
      }
    >
      <Anchor component={Link} to={routePatterns.adminProcedures} size="sm">
        ← {t('admin.procedures.title')}
      </Anchor>
      <FileInput
        label={t('admin.import.file')}
        placeholder={t('admin.import.filePlaceholder')}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={choose}
        leftSection={<IconUpload size={16} aria-hidden />}
        clearable
        maw={480}
        data-autofocus
      />
      {previewImport.isPending && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('admin.import.previewing')}
        </Text>
      )}
      {previewImport.isError && (
        <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />} title={t('admin.import.previewFailed')}>
          {previewImport.error.message}
        </Alert>
      )}
      {preview && (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" aria-live="polite">
            {(['new', 'changed', 'unchanged', 'error'] as const).map((status) => (
              <Card key={status} withBorder padding="sm">
                <Text size="xs" c="dimmed">
                  {t(`admin.import.counts.${status}`)}
                </Text>
                <Text size="xl" fw={700} c={status === 'error' && preview.counts.error > 0 ? 'red' : undefined}>
                  {preview.counts[status]}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          {preview.newFields.length > 0 && (
            <Text size="sm">{t('admin.import.newFields', { list: preview.newFields.map((field) => `${field.code} ${field.name}`).join(', ') })}</Text>
          )}
          {preview.problems.length > 0 && (
            <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />} title={t('admin.import.fileProblems')}>
              <List size="sm">
                {preview.problems.map((problem, index) => (
                  <List.Item key={index}>
                    <ProblemText problem={problem} />
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Switch label={t('admin.import.onlyProblems')} checked={onlyProblems} onChange={(event) => setOnlyProblems(event.currentTarget.checked)} />
          {rows.length > 0 && <PreviewTable rows={rows} />}
          {applyImport.isError && (
            <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />}>
              {applyImport.error.message}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            {errors > 0 ? (
              <Text size="sm" c="red">
                {t('admin.import.fixFirst')}
              </Text>
            ) : toApply === 0 ? (
              <Text size="sm" c="dimmed">
                {t('admin.import.nothingToApply')}
              </Text>
            ) : null}
            <Button onClick={apply} disabled={errors > 0 || toApply === 0} loading={applyImport.isPending} loaderProps={{ 'aria-label': t('admin.import.applying') }}>
              {t('admin.import.apply', { count: toApply })}
            </Button>
          </Group>
        </Stack>
      )}
    </AdminPage>
  );
}

function ProblemText({ problem }: { problem: ImportProblemWire }) {
  const { t } = useTranslation();
  const sheet = t(`admin.import.sheetNames.${problem.sheet}`);
  const where =
    problem.row !== null && problem.column
      ? t('admin.import.where', { sheet, row: problem.row, column: problem.column })
      : problem.row !== null
        ? t('admin.import.whereRow', { sheet, row: problem.row })
        : t('admin.import.whereSheet', { sheet });
  return (
    <>
      <Text span size="sm" c="dimmed">
        {where}:
      </Text>{' '}
      {translateMessage(problem)}
    </>
  );
}

function PreviewTable({ rows }: { rows: ImportPreviewRow[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.import.columns.row')}</Table.Th>
            <Table.Th scope="col">{t('admin.import.columns.code')}</Table.Th>
            <Table.Th scope="col">{t('admin.import.columns.name')}</Table.Th>
            <Table.Th scope="col" miw={110}>
              {t('admin.import.columns.status')}
            </Table.Th>
            <Table.Th scope="col">{t('admin.import.columns.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td ff="monospace">{row.code}</Table.Td>
              <Table.Td>{row.name}</Table.Td>
              <Table.Td>
                <WrappingBadge variant="light" color={statusColor[row.status]}>
                  {t(`admin.import.statuses.${row.status}`)}
                </WrappingBadge>
              </Table.Td>
              <Table.Td>
                {row.problems.length > 0 ? (
                  <List size="sm" c="red">
                    {row.problems.map((problem, index) => (
                      <List.Item key={index}>
                        <ProblemText problem={problem} />
                      </List.Item>
                    ))}
                  </List>
                ) : (
                  <Text size="sm">
                    {row.changes.map((change) => { const known = changeNames.find((name) => name === change); return known ? t(`admin.import.changes.${known}`) : change; }).join(', ')}
                    {row.newVersionFrom && ` — ${t('admin.import.newVersion', { date: formatLocalDate(row.newVersionFrom) })}`}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
