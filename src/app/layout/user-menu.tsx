import { Group, Kbd, Menu, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCommand, IconDevicesX, IconKey, IconKeyboard, IconLanguage, IconLogout, IconPalette } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { CurrentUser } from '../../domain/schemas/auth.ts';
import { useLogout } from '../../features/auth/api/logout.ts';
import { useLogoutEverywhere } from '../../features/auth/api/logout-everywhere.ts';
import { changeLanguage, currentLanguage, languages } from '../../i18n/i18n.ts';
import type { LazyControlProps } from '../../lib/lazy-control.tsx';
import { changePasswordPath, loginPath } from '../../lib/paths.ts';
import { UserMenuButton } from './user-menu-button.tsx';

export interface UserMenuProps {
  user: CurrentUser;
  onShowShortcuts: () => void;
  onOpenPalette: () => void;
}

const colorSchemes: readonly MantineColorScheme[] = ['light', 'dark', 'auto'];

/** A tick before the current choice, the same room before the others. */
function checkMark(current: boolean) {
  return current ? <IconCheck size={16} aria-hidden /> : <span style={{ width: 16 }} />;
}

/**
 * Who is logged in (name, role, unit), the keyboard tools, language and colour scheme, the
 * password and logging out (here or everywhere).
 */
export function UserMenu({ user, onShowShortcuts, onOpenPalette, openOnArrival }: UserMenuProps & LazyControlProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const leave = () => navigate(loginPath(), { replace: true });
  const logout = useLogout({ leave });
  const logoutEverywhere = useLogoutEverywhere({ leave });
  const language = currentLanguage();
  const { colorScheme, setColorScheme } = useMantineColorScheme();

  return (
    <Menu width={280} defaultOpened={openOnArrival}>
      <Menu.Target>
        <UserMenuButton user={user} />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label hiddenFrom="lg">
          {user.fullName} — {t(`role.${user.role}`)}, {user.unitName}
        </Menu.Label>
        <Menu.Item leftSection={<IconCommand size={16} aria-hidden />} rightSection={<Kbd size="xs">Ctrl K</Kbd>} aria-keyshortcuts="Control+K" onClick={onOpenPalette}>
          {t('shell.palette.label')}
        </Menu.Item>
        <Menu.Item leftSection={<IconKeyboard size={16} aria-hidden />} rightSection={<Kbd size="xs">?</Kbd>} aria-keyshortcuts="?" onClick={onShowShortcuts}>
          {t('shell.shortcuts.open')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>
          <Group gap={6}>
            <IconLanguage size={14} aria-hidden />
            {t('user.language')}
          </Group>
        </Menu.Label>
        {languages.map((code) => (
          <Menu.Item key={code} lang={code} leftSection={checkMark(code === language)} aria-current={code === language ? 'true' : undefined} onClick={() => void changeLanguage(code)}>
            {t(`user.languages.${code}`)}
          </Menu.Item>
        ))}
        <Menu.Label>
          <Group gap={6}>
            <IconPalette size={14} aria-hidden />
            {t('shell.colorScheme.label')}
          </Group>
        </Menu.Label>
        {colorSchemes.map((scheme) => (
          <Menu.Item
            key={scheme}
            leftSection={checkMark(scheme === colorScheme)}
            aria-current={scheme === colorScheme ? 'true' : undefined}
            closeMenuOnClick={false}
            onClick={() => setColorScheme(scheme)}
          >
            {t(`shell.colorScheme.${scheme}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={() => void navigate(changePasswordPath(`${pathname}${search}`))}>
          {t('account.changePassword.title')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconDevicesX size={16} aria-hidden />}
          disabled={logoutEverywhere.isPending}
          onClick={() =>
            logoutEverywhere.mutate(undefined, {
              onError: (error) => notifications.show({ color: 'red', title: t('account.logoutEverywhere.failed'), message: error.message }),
            })
          }
        >
          {logoutEverywhere.isPending ? t('account.logoutEverywhere.running') : t('account.logoutEverywhere.action')}
        </Menu.Item>
        <Menu.Item
          // Not `color`: Mantine's menu items use shade 6 (3.3:1); `c` is the red tone.
          c="red"
          leftSection={<IconLogout size={16} aria-hidden />}
          disabled={logout.isPending}
          onClick={() =>
            logout.mutate(undefined, {
              onError: (error) => notifications.show({ color: 'red', title: t('user.logoutFailed'), message: error.message }),
            })
          }
        >
          {logout.isPending ? t('user.loggingOut') : t('user.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
