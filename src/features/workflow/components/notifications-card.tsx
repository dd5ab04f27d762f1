import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierNotification } from '../../../domain/schemas/dossier.ts';
import { NotificationItem } from './notification-item.tsx';

export interface NotificationsCardProps {
  notifications: DossierNotification[];
}

/** What the applicant was told and how (SMS, e-mail), newest first, and whether it went out. */
export function NotificationsCard({ notifications }: NotificationsCardProps) {
  const { t } = useTranslation();
  const newestFirst = [...notifications].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Card component="section" aria-labelledby="dossier-notifications">
      <Stack gap="md">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3" id="dossier-notifications">
            {t('workflow.notifications.title')}
          </Title>
          {newestFirst.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('workflow.notifications.count', { count: newestFirst.length })}
            </Text>
          )}
        </Group>
        {newestFirst.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('workflow.notifications.empty')}
          </Text>
        ) : (
          <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby="dossier-notifications">
            {newestFirst.map((notification) => (
              <li key={notification.id}>
                <NotificationItem notification={notification} />
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
