import { Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierEvent } from '../../../domain/schemas/dossier.ts';
import { statusTone } from '../../../domain/dossier-status.ts';
import { DossierHistoryItem } from './dossier-history-item.tsx';

export interface DossierHistoryProps {
  events: DossierEvent[];
}

/**
 * The status history, newest first: an officer opens a dossier to learn where it is now
 * and what just happened to it, so the latest step sits next to the summary above and
 * needs no scrolling. The printed control slip (form 06) keeps the legal oldest-first order.
 */
export function DossierHistory({ events }: DossierHistoryProps) {
  const { t } = useTranslation();
  const newestFirst = [...events].sort((a, b) => b.seq - a.seq);
  return (
    <Card component="section" aria-labelledby="dossier-history">
      <Stack gap="md">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3" id="dossier-history">
            {t('dossierDetail.historyTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dossierDetail.historyOrder')}
          </Text>
        </Group>
        {newestFirst.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('dossierDetail.historyEmpty')}
          </Text>
        ) : (
          <Timeline
            active={newestFirst.length - 1}
            component="ol"
            aria-labelledby="dossier-history"
            style={{ listStyle: 'none', marginBlock: 0 }}
          >
            {newestFirst.map((event) => (
              <Timeline.Item
                key={event.id}
                component="li"
                color={statusTone[event.toStatus]}
                title={
                  <Text fw={600} component="h3" size="md" m={0}>
                    {t(`action.${event.action}`)}
                  </Text>
                }
              >
                <DossierHistoryItem event={event} />
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Card>
  );
}
