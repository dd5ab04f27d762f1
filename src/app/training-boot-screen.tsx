import { Button, Center, Group, Loader, Paper, Progress, Stack, Text, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../lib/format.ts';
import type { TrainingBootProgress } from '../lib/training-context.ts';

export interface TrainingBootScreenProps {
  /** Where start-up is, as reported by startTrainingMode; null before it reports. */
  progress: TrainingBootProgress | null;
  /** Set when start-up failed; the screen then offers a reload. */
  error?: string;
}

const megabytes = (bytes: number, language: string) =>
  (bytes / 1_000_000).toLocaleString(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * What an officer sees while the in-browser training database starts: the steps of this
 * start (done, under way, to come) and, while files download, the bytes received. Nothing
 * is estimated: a step without a measure shows only that it is under way.
 */
export function TrainingBootScreen({ progress, error }: TrainingBootScreenProps) {
  const { t, i18n } = useTranslation();
  const current = progress ? progress.steps.indexOf(progress.current) : -1;
  const download = progress?.current === 'download' ? progress.download : undefined;
  return (
    <Center component="main" mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={480}>
        <Stack gap="md">
          <Title order={1} size="h3">
            {error ? t('training.bootFailed') : t('training.booting')}
          </Title>
          {error ? (
            <>
              <Text c="red.9" role="alert">
                {error}
              </Text>
              <div>
                <Button onClick={() => window.location.reload()}>{t('training.retry')}</Button>
              </div>
            </>
          ) : (
            <>
              {progress?.dataMadeAt && (
                <Text size="sm" c="dimmed">
                  {t('training.dataMadeAt', { date: formatDate(progress.dataMadeAt) })}
                </Text>
              )}
              <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('training.steps.label')}>
                {(progress?.steps ?? []).map((step, index) => {
                  const state = index < current ? 'done' : index === current ? 'active' : 'pending';
                  return (
                    <Group component="li" key={step} gap="sm" wrap="nowrap" aria-current={state === 'active' ? 'step' : undefined}>
                      <Center w={22} h={22} aria-hidden>
                        {state === 'done' ? (
                          <ThemeIcon size={20} radius="xl" color="green.8">
                            <IconCheck size={14} />
                          </ThemeIcon>
                        ) : state === 'active' ? (
                          <Loader size={16} type="oval" />
                        ) : (
                          <ThemeIcon size={20} radius="xl" variant="light" color="gray" />
                        )}
                      </Center>
                      <Text size="sm" fw={state === 'active' ? 600 : 400} c={state === 'pending' ? 'dimmed' : undefined}>
                        {t(`training.steps.${step}`)}
                        <VisuallyHidden> — {t(`training.stepState.${state}`)}</VisuallyHidden>
                      </Text>
                    </Group>
                  );
                })}
              </Stack>
              {download && (
                <Stack gap={4}>
                  <Progress value={Math.min(100, (download.received / download.total) * 100)} size="lg" aria-label={t('training.steps.download')} />
                  <Text component="output" size="sm" c="dimmed" aria-live="polite">
                    {t('training.downloaded', { received: megabytes(download.received, i18n.language), total: megabytes(download.total, i18n.language) })}
                  </Text>
                </Stack>
              )}
              {!progress && (
                <Text component="output" size="sm" c="dimmed" aria-live="polite">
                  {t('app.loading')}
                </Text>
              )}
            </>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
