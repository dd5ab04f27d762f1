import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The register's shape while its rows load. */
export function RegisterSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" aria-busy>
      <VisuallyHidden component="output">{t('register.loading')}</VisuallyHidden>
      <Skeleton height={48} />
      <Skeleton height={24} width="40%" mx="auto" />
      {Array.from({ length: 8 }, (_, index) => (
        <Skeleton key={index} height={36} />
      ))}
    </Stack>
  );
}
