import { useTranslation } from 'react-i18next';
import { FullPageLoader } from '../../components/full-page-loader.tsx';

/** Shown while the first lazy route module downloads. */
export function RouteHydrateFallback() {
  const { t } = useTranslation();
  return <FullPageLoader label={t('app.loading')} />;
}
