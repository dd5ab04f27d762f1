import { Card, Grid, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The dossier page's shape while it loads. */
export function DossierDetailSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" aria-busy>
      <VisuallyHidden component="output">{t('dossierDetail.loading')}</VisuallyHidden>
      <Card>
        <Skeleton height={14} width={90} mb="xs" />
        <Skeleton height={30} width="45%" mb="xl" />
        <Grid>
          {Array.from({ length: 6 }, (_, index) => (
            <Grid.Col key={index} span={{ base: 12, sm: 6, lg: 4 }}>
              <Skeleton height={12} width="40%" mb={8} />
              <Skeleton height={16} width="75%" />
            </Grid.Col>
          ))}
        </Grid>
      </Card>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Card>
            <Skeleton height={20} width="40%" mb="md" />
            <Skeleton height={12} mb={8} />
            <Skeleton height={12} mb={8} />
            <Skeleton height={12} width="70%" />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card>
            <Skeleton height={20} width="30%" mb="md" />
            <Skeleton height={12} mb={8} />
            <Skeleton height={12} mb={8} />
            <Skeleton height={12} width="60%" />
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
