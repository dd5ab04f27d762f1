import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RatingFields } from '../../../components/rating-fields.tsx';
import type { RatingLevel } from '../../../domain/satisfaction.ts';
import type { CounterDossier } from '../../../domain/schemas/ratings.ts';
import { useRateAtCounter } from '../api/counter.ts';
import classes from './counter.module.css';

export interface CounterRatingFormProps {
  dossier: CounterDossier;
  onRated: () => void;
  /** The applicant left without rating: wait for the next one. */
  onSkip: () => void;
}

/** The question, five big faces, an optional comment and one button: for the applicant, on the tablet. */
export function CounterRatingForm({ dossier, onRated, onSkip }: CounterRatingFormProps) {
  const { t } = useTranslation();
  const rate = useRateAtCounter();
  const [level, setLevel] = useState<RatingLevel | null>(null);
  const [comment, setComment] = useState('');
  const [missingLevel, setMissingLevel] = useState(false);

  async function submit() {
    if (level === null) {
      setMissingLevel(true);
      return;
    }
    try {
      await rate.mutateAsync({ dossierId: dossier.id, version: dossier.version, level, comment });
      onRated();
    } catch {
      // Shown below from the mutation's error.
    }
  }

  return (
    <Stack gap="xl">
      <div>
        <Text size="xl" c="dimmed">
          {t('public.counter.dossierLabel')}
        </Text>
        <Text className={classes.code}>{dossier.code}</Text>
        <Text size="lg">{dossier.procedureName}</Text>
      </div>
      <Text component="h1" className={classes.question} fw={650} m={0}>
        {t('public.counter.question')}
      </Text>
      <RatingFields
        size="xl"
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
          {rate.error.message}
        </Alert>
      )}
      <Group justify="space-between" wrap="nowrap">
        <Button variant="subtle" color="gray" onClick={onSkip}>
          {t('public.counter.skip')}
        </Button>
        <Button size="xl" onClick={() => void submit()} loading={rate.isPending}>
          {t('citizens.rating.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
