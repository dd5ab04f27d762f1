import { Group, NativeSelect, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pageSizes, type PageSize } from '../utils/dossier-list-search.ts';

export interface DossierListFooterProps {
  page: number;
  pageSize: PageSize;
  total: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: PageSize) => void;
}

/** "Showing 21–40 of 153", the page size and the page buttons. */
export function DossierListFooter({ page, pageSize, total, onPageChange, onPageSizeChange }: DossierListFooterProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const controlLabels = {
    first: t('dossierList.firstPage'),
    previous: t('dossierList.previousPage'),
    next: t('dossierList.nextPage'),
    last: t('dossierList.lastPage'),
  } as const;

  return (
    <Group justify="space-between" align="flex-end" gap="md">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('dossierList.range', { from, to, total })}
      </Text>
      <Group gap="lg" align="flex-end">
        {/* The browser's own picker: three fixed choices need no search, and the list opens without a dropdown's code. */}
        <NativeSelect
          label={t('dossierList.pageSize')}
          data={pageSizes.map((size) => String(size))}
          value={String(pageSize)}
          onChange={(event) => {
            const size = pageSizes.find((candidate) => String(candidate) === event.currentTarget.value);
            if (size) onPageSizeChange(size);
          }}
          w={170}
          size="sm"
        />
        <nav aria-label={t('dossierList.pagination')}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onPageChange}
            withEdges
            siblings={1}
            getItemProps={(item) => ({ 'aria-label': t('dossierList.page', { page: item }) })}
            getControlProps={(control) => ({ 'aria-label': controlLabels[control] })}
          />
        </nav>
      </Group>
    </Group>
  );
}
