import { Menu, Popover, Stack, TextInput, Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../lib/api-client.ts';
import type { LazyControlProps } from '../../../lib/lazy-control.tsx';
import { routePatterns } from '../../../lib/paths.ts';
import { useDeleteView, useSavedViews, useSaveView } from '../api/saved-views.ts';
import { SavedViewsButton, SaveViewButton } from './saved-views-buttons.tsx';

export interface SaveViewProps {
  /** The list's current URL search string (without `?`), saved as it is. */
  search: string;
}

function useFailureNotice() {
  const { t } = useTranslation();
  return (title: string, error: unknown) =>
    notifications.show({ color: 'red', title, message: isApiError(error) ? error.message : t('common.unknownError') });
}

/**
 * "Lưu bộ lọc" and "Bộ lọc đã lưu": an officer's own shortcuts to the lists they open every
 * day. Two controls, each loaded after the list's first paint (their buttons stand in).
 */
export function SaveView({ search, openOnArrival }: SaveViewProps & LazyControlProps) {
  const { t } = useTranslation();
  const saveView = useSaveView();
  const failed = useFailureNotice();
  const [saving, setSaving] = useState(openOnArrival);
  const [name, setName] = useState('');

  function save(event: FormEvent) {
    event.preventDefault();
    saveView.mutate(
      { name: name.trim(), query: search },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('search.savedViews.saved') });
          setSaving(false);
          setName('');
        },
        onError: (error) => failed(t('search.savedViews.saveFailed'), error),
      },
    );
  }

  return (
    <Popover opened={saving} onChange={setSaving} trapFocus position="bottom-end" withArrow>
      <Popover.Target>
        <SaveViewButton onClick={() => setSaving((open) => !open)} />
      </Popover.Target>
      <Popover.Dropdown>
        <form onSubmit={save}>
          <Stack gap="xs">
            <TextInput label={t('search.savedViews.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} required maxLength={80} />
            <Button type="submit" loading={saveView.isPending} disabled={!name.trim()}>
              {t('search.savedViews.saveConfirm')}
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}

/** The officer's saved lists: open one, or delete it (a submenu of its own). */
export function SavedViewsMenu({ openOnArrival }: LazyControlProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const views = useSavedViews();
  const deleteView = useDeleteView();
  const failed = useFailureNotice();

  return (
    <Menu position="bottom-end" withinPortal defaultOpened={openOnArrival}>
      <Menu.Target>
        <SavedViewsButton />
      </Menu.Target>
      <Menu.Dropdown>
        {/* A menu holds menu items, even with nothing to offer: then the reason is one, disabled
            but focusable (as menus do), so the keyboard and Esc stay in the menu. */}
        {!views.data?.length && (
          <Menu.Item aria-disabled c="dimmed" closeMenuOnClick={false}>
            {views.isError ? t('search.savedViews.loadFailed') : views.isPending ? t('app.loading') : t('search.savedViews.empty')}
          </Menu.Item>
        )}
        {views.data?.map((view) => (
          // Named by its visible name, so "open <name>" said aloud finds it.
          <Menu.Item key={view.id} onClick={() => void navigate(view.query ? `${routePatterns.dossiers}?${view.query}` : routePatterns.dossiers)}>
            {view.name}
          </Menu.Item>
        ))}
        {views.data && views.data.length > 0 && (
          <>
            <Menu.Divider />
            {/* Only menu items inside a menu: deleting is a submenu of its own. */}
            <Menu.Sub position="left-start">
              <Menu.Sub.Target>
                <Menu.Sub.Item leftSection={<IconTrash size={16} aria-hidden />}>{t('search.savedViews.deleteMenu')}</Menu.Sub.Item>
              </Menu.Sub.Target>
              <Menu.Sub.Dropdown>
                {views.data.map((view) => (
                  <Menu.Item
                    key={view.id}
                    c="red"
                    aria-label={t('search.savedViews.delete', { name: view.name })}
                    onClick={() => deleteView.mutate(view.id, { onError: (error) => failed(t('search.savedViews.deleteFailed'), error) })}
                  >
                    {view.name}
                  </Menu.Item>
                ))}
              </Menu.Sub.Dropdown>
            </Menu.Sub>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
