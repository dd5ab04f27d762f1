import { Button, Center, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface TrainingBootScreenProps {
  /** The step the training database is on, as reported by startTrainingMode. */
  step: string;
  percent: number;
  /** Set when start-up failed; the screen then offers a reload. */
  error?: string;
}

/** What an officer sees while the in-browser training database starts (several seconds). */
export function TrainingBootScreen({ step, percent, error }: TrainingBootScreenProps) {
  const { t } = useTranslation();
  return (
    <Center component="main" mih="100vh" p="md" bg="var(--motcua-page-muted-bg)">
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
              <Progress value={percent} size="lg" animated aria-label={t('training.booting')} />
              <Text component="output" size="sm" c="dimmed" aria-live="polite">
                {step}
              </Text>
            </>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
