import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconDeviceTablet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { counterRatingPath } from '../../../lib/paths.ts';

export interface RatingCardProps {
  dossier: DossierDetail;
}

/** The applicant's rating once the result is returned, or the desk's way to ask for it on the counter tablet. */
export function RatingCard({ dossier }: RatingCardProps) {
  const { t } = useTranslation();
  const { rating } = dossier;
  const mayAsk = dossier.availableActions.includes('rate');
  if (!rating && dossier.status !== 'returned') return null;
  return (
    <Card component="section" aria-labelledby="dossier-rating">
      <Stack gap="xs">
        <Title order={2} size="h3" id="dossier-rating">
          {t('citizens.ratingCard.title')}
        </Title>
        {rating ? (
          <>
            <Text fw={600}>
              {rating.level}/5 · {t(`citizens.rating.levels.${String(rating.level) as '1' | '2' | '3' | '4' | '5'}`)}
            </Text>
            {rating.comment && <Text size="sm">“{rating.comment}”</Text>}
            <Text size="xs" c="dimmed">
              {t(`citizens.ratingCard.channel.${rating.channel}`)} · {t('citizens.ratingCard.at', { time: formatDateTime(rating.ratedAt) })}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('citizens.ratingCard.none')}
          </Text>
        )}
        {mayAsk && (
          <Group>
            <Button
              component="a"
              href={counterRatingPath(dossier.id)}
              target="_blank"
              rel="noopener"
              variant="light"
              leftSection={<IconDeviceTablet size={18} aria-hidden />}
            >
              {t('citizens.ratingCard.invite')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
