import { QueryErrorAlert } from '../../../components/query-error-alert.tsx';
import { useTranslation } from 'react-i18next';

export interface DirectoryLoadErrorProps {
  error: Error | null;
  onRetry: () => void;
}

/** A picker's list (units, staff) did not load: say so where the options would be. */
export function DirectoryLoadError({ error, onRetry }: DirectoryLoadErrorProps) {
  const { t } = useTranslation();
  return <QueryErrorAlert title={t('workflow.fields.directoryFailed')} error={error} onRetry={onRetry} />;
}
