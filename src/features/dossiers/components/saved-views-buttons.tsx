import { Button, type ButtonProps, type ElementProps } from '@mantine/core';
import { IconBookmark, IconBookmarkPlus } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface ViewButtonProps extends ButtonProps, ElementProps<'button', 'color' | 'style'> {
  ref?: Ref<HTMLButtonElement>;
}

/** "Lưu bộ lọc": opens the form that names and saves the list's filters (saved-views-menu.tsx). */
export function SaveViewButton(props: ViewButtonProps) {
  const { t } = useTranslation();
  return (
    <Button variant="default" leftSection={<IconBookmarkPlus size={16} aria-hidden />} {...props}>
      {t('search.savedViews.save')}
    </Button>
  );
}

/** "Bộ lọc đã lưu": opens the menu of the officer's saved lists (saved-views-menu.tsx). */
export function SavedViewsButton(props: ViewButtonProps) {
  const { t } = useTranslation();
  return (
    <Button variant="default" leftSection={<IconBookmark size={16} aria-hidden />} {...props}>
      {t('search.savedViews.menu')}
    </Button>
  );
}
