import { useTranslation } from 'react-i18next';
import { signerTitleExamples } from '../domain/official-texts/letterhead.ts';

/** The hint beside a signer's title: the examples are the forms' own words, marked Vietnamese. */
export function SignerTitleHint() {
  const { t } = useTranslation();
  return (
    <>
      {t('admin.settings.identity.signerTitleHint')} <span lang="vi">{signerTitleExamples}</span>
    </>
  );
}
