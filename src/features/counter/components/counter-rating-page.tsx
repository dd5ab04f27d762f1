import { Alert, Center, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { IconCircleCheck, IconDeviceTablet } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { CounterDossier } from '../../../domain/schemas/ratings.ts';
import { counterRatingPath } from '../../../lib/paths.ts';
import { awaitingRatingQueryOptions, counterDossierQueryOptions } from '../api/counter.ts';
import { CounterRatingForm } from './counter-rating-form.tsx';
import classes from './counter.module.css';

/** How long the thanks (or "already rated") stays before the screen waits for the next citizen. */
export const COUNTER_RESET_MS = 6_000;

/**
 * /quay/danh-gia — the counter tablet, in the desk officer's session. It waits for the
 * dossier the officer hands over (or shows the one opened from its page,
 * /quay/danh-gia/:dossierId), takes the applicant's rating with big buttons, thanks them and
 * resets itself for the next citizen.
 */
export function CounterRatingPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('public.counter.documentTitle')} · ${t('app.documentTitle')}`);
  const { dossierId } = useParams();
  const navigate = useNavigate();
  const [thanked, setThanked] = useState<string | null>(null);
  const [skipped, setSkipped] = useState<readonly string[]>([]);
  const awaiting = useQuery({ ...awaitingRatingQueryOptions(), enabled: !dossierId && thanked === null });
  const opened = useQuery({ ...counterDossierQueryOptions(dossierId ?? ''), enabled: dossierId !== undefined && thanked === null });

  const waiting = awaiting.data?.dossier;
  const current: CounterDossier | null | undefined = dossierId ? opened.data : waiting && !skipped.includes(waiting.id) ? waiting : null;
  const alreadyRated = current?.rated === true;

  // Thanks, or a dossier rated already: back to waiting for the next citizen after a while.
  useEffect(() => {
    if (thanked === null && !alreadyRated) return;
    const timer = setTimeout(() => {
      setThanked(null);
      if (dossierId) void navigate(counterRatingPath(), { replace: true });
    }, COUNTER_RESET_MS);
    return () => clearTimeout(timer);
  }, [thanked, alreadyRated, dossierId, navigate]);

  function body() {
    if (thanked !== null) {
      return (
        <Stack component="output" align="center" gap="lg" aria-live="polite">
          <ThemeIcon size={120} radius={60} color="teal" variant="light" aria-hidden>
            <IconCircleCheck size={80} />
          </ThemeIcon>
          <Title order={1} ta="center">
            {t('public.counter.thanksTitle')}
          </Title>
          <Text size="xl" ta="center">
            {t('public.counter.thanksBody')}
          </Text>
        </Stack>
      );
    }
    if (dossierId && opened.isError) {
      return (
        <Alert color="red" title={t('public.counter.loadFailed')}>
          {opened.error.message}
        </Alert>
      );
    }
    if (dossierId && opened.isPending) {
      return (
        <Center>
          <Loader size="xl" aria-label={t('app.loading')} />
        </Center>
      );
    }
    if (current && alreadyRated) {
      return (
        <Text component="output" size="xl" ta="center" aria-live="polite" display="block">
          {t('public.counter.alreadyRated', { code: current.code })}
        </Text>
      );
    }
    if (current) {
      return (
        <CounterRatingForm
          key={current.id}
          dossier={current}
          onRated={() => setThanked(current.id)}
          onSkip={() => {
            setSkipped((list) => [...list, current.id]);
            if (dossierId) void navigate(counterRatingPath(), { replace: true });
          }}
        />
      );
    }
    return (
      <Stack component="output" align="center" gap="lg" aria-live="polite">
        <ThemeIcon size={120} radius={60} variant="light" aria-hidden>
          <IconDeviceTablet size={72} />
        </ThemeIcon>
        <Title order={1} ta="center" className={classes.question}>
          {t('public.counter.waitingTitle')}
        </Title>
        <Text size="xl" c="dimmed" ta="center">
          {t('public.counter.waitingBody')}
        </Text>
      </Stack>
    );
  }

  return (
    <main className={classes.screen}>
      <div className={classes.body}>{body()}</div>
    </main>
  );
}
