import { Button, Group, VisuallyHidden } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, languages } from '../../../i18n/i18n.ts';

/**
 * The interface language before logging in: each language named in itself (and marked with
 * its `lang`), the current one pressed. The user menu offers the same after logging in.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Group component="fieldset" gap={4} m={0} p={0} style={{ border: 0 }}>
      <VisuallyHidden component="legend">{t('user.language')}</VisuallyHidden>
      <IconLanguage size={18} aria-hidden color="var(--mantine-color-dimmed)" />
      {languages.map((code) => (
        <Button
          key={code}
          size="compact-sm"
          variant={code === language ? 'light' : 'subtle'}
          lang={code}
          aria-pressed={code === language}
          onClick={() => void changeLanguage(code)}
        >
          {t(`user.languages.${code}`)}
        </Button>
      ))}
    </Group>
  );
}
