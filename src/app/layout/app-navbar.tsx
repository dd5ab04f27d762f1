import { Badge, Box, Kbd, NavLink, Text } from '@mantine/core';
import {
  IconBuilding,
  IconCalendarEvent,
  IconCategory,
  IconChartBar,
  IconFilePlus,
  IconFolders,
  IconHistory,
  IconInbox,
  IconListDetails,
  IconNotebook,
  IconSettings,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { queuesByRole } from '../../domain/queues.ts';
import type { Role } from '../../domain/roles.ts';
import { useQueueCounts } from '../../features/dossiers/api/get-queue-counts.ts';
import { dossierListPath, routePatterns } from '../../lib/paths.ts';
import { reportsOf } from '../../domain/reports.ts';
import { adminScreensOf, mayOpenAuditLog, type AdminScreen } from '../../domain/admin-screens.ts';

const adminLinks: Record<AdminScreen, { to: string; icon: Icon }> = {
  procedures: { to: routePatterns.adminProcedures, icon: IconListDetails },
  fields: { to: routePatterns.adminFields, icon: IconCategory },
  units: { to: routePatterns.adminUnits, icon: IconBuilding },
  users: { to: routePatterns.adminUsers, icon: IconUsers },
  calendar: { to: routePatterns.adminCalendar, icon: IconCalendarEvent },
  settings: { to: routePatterns.adminSettings, icon: IconSettings },
};

export interface AppNavbarProps {
  role: Role;
  /** Called when a link is followed (closes the navigation on small screens). */
  onNavigate?: () => void;
}

const queuePageKeys = new Set(['queue', 'page', 'pageSize', 'sort', 'order']);

/** The role-aware navigation: all dossiers, then the role's work queues. */
export function AppNavbar({ role, onNavigate }: AppNavbarProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const onList = location.pathname === routePatterns.dossiers;
  const current = new URLSearchParams(location.search);
  const queues = queuesByRole[role];
  // A queue is the current page only when nothing else narrows it (a status, a search…); paging and sorting do not.
  const activeQueue = onList && [...current.keys()].every((key) => queuePageKeys.has(key)) ? current.get('queue') : null;
  const counts = useQueueCounts();
  const allActive = location.pathname.startsWith(routePatterns.dossiers) && !activeQueue;

  return (
    <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {role === 'desk_officer' && (
        <li>
          <NavLink
            component={Link}
            to={routePatterns.intake}
            label={t('intake.navLabel')}
            leftSection={<IconFilePlus size={20} aria-hidden />}
            rightSection={<Kbd size="xs" title={t('intake.shortcutHint')} aria-hidden>{t('intake.shortcut')}</Kbd>}
            aria-keyshortcuts="F2"
            active={location.pathname === routePatterns.intake}
            aria-current={location.pathname === routePatterns.intake ? 'page' : undefined}
            onClick={onNavigate}
          />
        </li>
      )}
      <li>
        <NavLink
          component={Link}
          to={dossierListPath()}
          label={t('nav.dossiers')}
          leftSection={<IconFolders size={20} aria-hidden />}
          active={allActive}
          aria-current={allActive ? 'page' : undefined}
          onClick={onNavigate}
        />
      </li>
      {reportsOf(role).map((report) => {
        const active = location.pathname === routePatterns[report];
        return (
          <li key={report}>
            <NavLink
              component={Link}
              to={routePatterns[report]}
              label={t(`${report}.navLabel`)}
              leftSection={report === 'overview' ? <IconChartBar size={20} aria-hidden /> : <IconNotebook size={20} aria-hidden />}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
            />
          </li>
        );
      })}
      {mayOpenAuditLog(role) && role !== 'admin' && (
        <li>
          <NavLink
            component={Link}
            to={routePatterns.auditLog}
            label={t('admin.nav.audit')}
            leftSection={<IconHistory size={20} aria-hidden />}
            active={location.pathname === routePatterns.auditLog}
            aria-current={location.pathname === routePatterns.auditLog ? 'page' : undefined}
            onClick={onNavigate}
          />
        </li>
      )}
      {adminScreensOf(role).length > 0 && (
        <li>
          <Text id="nav-admin" size="xs" fw={700} c="dimmed" px="sm" pt="md" pb={4}>
            {t('admin.nav.group')}
          </Text>
          <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby="nav-admin">
            {adminScreensOf(role).map((screen) => {
              const { to, icon: ScreenIcon } = adminLinks[screen];
              const active = location.pathname === to || location.pathname.startsWith(`${to}/`);
              return (
                <li key={screen}>
                  <NavLink
                    component={Link}
                    to={to}
                    label={t(`admin.nav.${screen}`)}
                    leftSection={<ScreenIcon size={18} aria-hidden />}
                    active={active}
                    aria-current={location.pathname === to ? 'page' : undefined}
                    onClick={onNavigate}
                  />
                </li>
              );
            })}
            <li>
              <NavLink
                component={Link}
                to={routePatterns.auditLog}
                label={t('admin.nav.audit')}
                leftSection={<IconHistory size={18} aria-hidden />}
                active={location.pathname === routePatterns.auditLog}
                aria-current={location.pathname === routePatterns.auditLog ? 'page' : undefined}
                onClick={onNavigate}
              />
            </li>
          </Box>
        </li>
      )}
      {queues.length > 0 && (
        <li>
          <Text id="nav-queues" size="xs" fw={700} c="dimmed" px="sm" pt="md" pb={4}>
            {t('nav.queues')}
          </Text>
          <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby="nav-queues">
            {queues.map((queue) => {
              const active = activeQueue === queue;
              const count = counts[queue];
              return (
                <li key={queue}>
                  <NavLink
                    component={Link}
                    to={dossierListPath({ queue })}
                    label={t(`search.queue.${queue}`)}
                    leftSection={<IconInbox size={18} aria-hidden />}
                    rightSection={
                      count !== undefined && (
                        <Badge size="sm" variant={queue === 'late' && count > 0 ? 'filled' : 'light'} color={queue === 'late' && count > 0 ? 'red' : undefined} title={t('search.queueCount', { count })}>
                          {count}
                        </Badge>
                      )
                    }
                    active={active}
                    aria-current={active ? 'page' : undefined}
                    onClick={onNavigate}
                  />
                </li>
              );
            })}
          </Box>
        </li>
      )}
    </Box>
  );
}
