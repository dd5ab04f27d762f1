import { Badge, Group, Spoiler, Stack, Text } from '@mantine/core';
import { IconMail, IconMessage, IconMessageCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isNotificationTemplate } from '../../../domain/notifications.ts';
import type { DossierNotification } from '../../../domain/schemas/dossier.ts';
import { formatDateTime } from '../../../lib/format.ts';

export interface NotificationItemProps {
  notification: DossierNotification;
}

const channelIcon = { sms: IconMessage, email: IconMail, zalo: IconMessageCircle } as const;
const statusColor = { pending: 'yellow', sent: 'green', failed: 'red' } as const;
// Darker than Mantine's shade 6 so the small badge text stays readable (as the status badges).
const statusText = { pending: '#7c5800', sent: '#2b6b32', failed: '#b02525' } as const;


/** One message to the applicant: channel, recipient, what about, when, delivered or not, and its text. */
export function NotificationItem({ notification }: NotificationItemProps) {
  const { t } = useTranslation();
  const Glyph = channelIcon[notification.channel];
  const about = isNotificationTemplate(notification.template)
    ? t(`workflow.notifications.template.${notification.template}`) : notification.subject || t('workflow.notifications.other');
  const sentOrQueued = notification.sentAt ?? notification.createdAt;
  return (
    <Stack gap={4} p="sm" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap={6} wrap="nowrap">
          <Glyph size={18} aria-hidden />
          <Text size="sm" fw={600}>
            {t(`workflow.notifications.channel.${notification.channel}`)}
          </Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {notification.recipient}
          </Text>
        </Group>
        <Badge size="md" color={statusColor[notification.status]} c={statusText[notification.status]}>
          {t(`workflow.notifications.status.${notification.status}`)}
        </Badge>
      </Group>
      <Text size="sm">
        {about}
        <Text span size="xs" c="dimmed">
          {' · '}
          <time dateTime={sentOrQueued}>{formatDateTime(sentOrQueued)}</time>
        </Text>
      </Text>
      <Spoiler maxHeight={50} showLabel={t('workflow.notifications.more')} hideLabel={t('workflow.notifications.less')}>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
          {notification.body}
        </Text>
      </Spoiler>
    </Stack>
  );
}
