import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportPeriod } from '../../../lib/report-period.ts';
import { useTrainingControls } from '../../../lib/training-context.ts';
import { useExportRegister } from '../api/export-register.ts';
import { registerXlsxFileName, registerXlsxHref, type RegisterFilters } from '../utils/register-search.ts';

export interface RegisterActionsProps {
  period: ReportPeriod;
  filters: RegisterFilters;
  /** False while there is nothing to print yet. */
  canPrint: boolean;
}

function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  // Let the download start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Xuất Excel" (the same rows as an .xlsx file) and "In sổ" (A4 landscape). */
export function RegisterActions({ period, filters, canPrint }: RegisterActionsProps) {
  const { t } = useTranslation();
  const training = useTrainingControls();
  const exportRegister = useExportRegister();
  const fileName = registerXlsxFileName(period);

  function exportInPage(event: MouseEvent<HTMLAnchorElement>) {
    // Training mode signs requests with a header only the app adds: fetch, then save.
    event.preventDefault();
    exportRegister.mutate(
      { period, filters },
      {
        onSuccess: (blob) => saveBlob(blob, fileName),
        onError: (error) => notifications.show({ color: 'red', title: t('register.actions.exportFailed'), message: error.message }),
      },
    );
  }

  return (
    <Group gap="sm">
      <Button
        component="a"
        href={registerXlsxHref(period, filters)}
        download={fileName}
        variant="default"
        leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
        loading={exportRegister.isPending}
        onClick={training ? exportInPage : undefined}
      >
        {t('register.actions.exportExcel')}
      </Button>
      <Button
        leftSection={<IconPrinter size={18} aria-hidden />}
        onClick={() => window.print()}
        disabled={!canPrint}
        title={t('register.actions.printHint')}
      >
        {t('register.actions.print')}
      </Button>
    </Group>
  );
}
