import { Avatar, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconChevronDown, IconDevicesX, IconKey, IconLanguage, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { CurrentUser } from '../../domain/schemas/auth.ts';
import { useLogout } from '../../features/auth/api/logout.ts';
import { useLogoutEverywhere } from '../../features/auth/api/logout-everywhere.ts';
import { changeLanguage, currentLanguage, languages } from '../../i18n/i18n.ts';
import { changePasswordPath, loginPath } from '../../lib/paths.ts';

export interface UserMenuProps {
  user: CurrentUser;
}

function initials(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  const first = words.length > 1 ? (words.at(-2) ?? '') : '';
  // Vietnamese names are addressed by the last word: "Nguyễn Thị Lan" → "TL".
  return `${first.charAt(0)}${last.charAt(0)}`.toUpperCase();
}

/** Who is logged in (name, role, unit), the language switch, the password and logging out (here or everywhere). */
export function UserMenu({ user }: UserMenuProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const leave = () => navigate(loginPath(), { replace: true });
  const logout = useLogout({ leave });
  const logoutEverywhere = useLogoutEverywhere({ leave });
  const language = currentLanguage();

  return (
    <Menu width={260}>
      <Menu.Target>
        <UnstyledButton aria-label={t('user.menuLabel', { name: user.fullName })} px="xs" py={4} style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
          <Group gap="sm" wrap="nowrap">
            <Avatar color="deskBlue" radius="xl" size={36} aria-hidden>
              {initials(user.fullName)}
            </Avatar>
            <Stack gap={0} visibleFrom="sm" miw={0}>
              <Text size="sm" fw={600} truncate="end" maw={{ base: 220, lg: 340 }}>
                {user.fullName}
              </Text>
              <Text size="xs" c="dimmed" truncate="end" maw={{ base: 220, lg: 340 }}>
                {t(`role.${user.role}`)} · {user.unitName}
              </Text>
            </Stack>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label hiddenFrom="sm">
          {user.fullName} — {t(`role.${user.role}`)}, {user.unitName}
        </Menu.Label>
        <Menu.Label>
          <Group gap={6}>
            <IconLanguage size={14} aria-hidden />
            {t('user.language')}
          </Group>
        </Menu.Label>
        {languages.map((code) => (
          <Menu.Item
            key={code}
            lang={code}
            leftSection={code === language ? <IconCheck size={16} aria-hidden /> : <span style={{ width: 16 }} />}
            aria-current={code === language ? 'true' : undefined}
            onClick={() => void changeLanguage(code)}
          >
            {t(`user.languages.${code}`)}
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
          color="red"
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
