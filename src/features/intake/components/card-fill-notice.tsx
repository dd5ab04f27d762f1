import { Alert, CloseButton, DataList, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconId } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import type { CardFill, CardField } from '../utils/card-fill.ts';

export interface CardFillNoticeProps {
  /** The last scan: what it filled, or that it could not be read. */
  scan: CardFill | 'unreadable';
  onDismiss: () => void;
}

/**
 * What the last citizen ID card scan put into the form, field by field, so the officer can
 * check it against the card in hand. Render it inside a live region: a screen reader hears it too.
 */
export function CardFillNotice({ scan, onDismiss }: CardFillNoticeProps) {
  const { t } = useTranslation();
  const dismiss = <CloseButton size="sm" aria-label={t('intake.card.dismiss')} onClick={onDismiss} />;
  if (scan === 'unreadable') {
    return (
      <Alert color="red" icon={<IconAlertTriangle aria-hidden />} py="xs">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm">{t('intake.card.unreadable')}</Text>
          {dismiss}
        </Group>
      </Alert>
    );
  }
  const { card } = scan;
  const value = (field: CardField) => {
    if (field === 'name') return card.fullName;
    if (field === 'idNumber') return card.idNumber;
    if (field === 'dateOfBirth') return formatDate(`${card.dateOfBirth}T12:00:00+07:00`);
    if (field === 'gender') return card.gender ? t(`gender.${card.gender}`) : '';
    return card.address;
  };
  return (
    <Alert color="teal" icon={<IconId aria-hidden />} py="xs" aria-label={t(`intake.card.filled_${scan.block}`)}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={700} mb={4}>
            {t(`intake.card.filled_${scan.block}`)}
          </Text>
          <DataList labelWidth={130} gap={2} size="sm">
            {scan.fields.map((field) => (
              <DataList.Item key={field}>
                <DataList.ItemLabel>{t(`intake.card.field.${field}`)}</DataList.ItemLabel>
                <DataList.ItemValue ff={field === 'idNumber' ? 'monospace' : undefined}>{value(field)}</DataList.ItemValue>
              </DataList.Item>
            ))}
            {card.oldIdNumber && (
              <DataList.Item>
                <DataList.ItemLabel>{t('intake.card.oldIdNumber')}</DataList.ItemLabel>
                <DataList.ItemValue ff="monospace">{card.oldIdNumber}</DataList.ItemValue>
              </DataList.Item>
            )}
          </DataList>
        </div>
        {dismiss}
      </Group>
    </Alert>
  );
}
