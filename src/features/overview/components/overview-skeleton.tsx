import { SimpleGrid, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The overview's shape while its figures load. */
export function OverviewSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy>
      <VisuallyHidden component="output">{t('overview.loading')}</VisuallyHidden>
      <Skeleton height={28} width={220} />
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 6 }} spacing="sm">
        {Array.from({ length: 6 }, (_, index) => (
          <Skeleton key={index} height={72} />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Skeleton height={220} />
        <Skeleton height={220} />
      </SimpleGrid>
      <Skeleton height={28} width={220} mt="lg" />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} height={240} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
