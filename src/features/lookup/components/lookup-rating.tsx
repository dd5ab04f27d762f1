import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RatingFields } from '../../../components/rating-fields.tsx';
import type { RatingLevel } from '../../../domain/satisfaction.ts';
import type { PublicDossier, PublicLookupRequest } from '../../../domain/schemas/public-lookup.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useRateFromLookup } from '../api/lookup-dossier.ts';

export interface LookupRatingProps {
  dossier: PublicDossier;
  request: PublicLookupRequest;
  onRated: (dossier: PublicDossier) => void;
}

/** The rating on the lookup page: offered once the result is returned, thanked once given. */
export function LookupRating({ dossier, request, onRated }: LookupRatingProps) {
  const { t } = useTranslation();
  const rate = useRateFromLookup();
  const [level, setLevel] = useState<RatingLevel | null>(null);
  const [comment, setComment] = useState('');
  const [missingLevel, setMissingLevel] = useState(false);

  if (dossier.rating.given) {
    return (
      <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title={t('public.lookup.rateThanks')} />
    );
  }

  async function submit() {
    if (level === null) {
      setMissingLevel(true);
      return;
    }
    try {
      onRated(await rate.mutateAsync({ ...request, level, comment }));
    } catch {
      // Shown below from the mutation's error.
    }
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="lookup-rate">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="lookup-rate">
            {t('public.lookup.rateTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('public.lookup.rateIntro')}
          </Text>
        </div>
        <RatingFields
          level={level}
          onLevel={(value) => {
            setLevel(value);
            setMissingLevel(false);
          }}
          missingLevel={missingLevel}
          comment={comment}
          onComment={setComment}
        />
        {rate.isError && (
          <Alert color="red" role="alert">
            {isApiError(rate.error) ? rate.error.message : t('common.unknownError')}
          </Alert>
        )}
        <Button size="md" onClick={() => void submit()} loading={rate.isPending}>
          {t('citizens.rating.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
