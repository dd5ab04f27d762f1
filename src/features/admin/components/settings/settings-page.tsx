import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAdminSettings } from '../../api/settings.ts';
import { AdminPage, LoadError } from '../admin-page.tsx';
import { TableSkeleton } from '../table-skeleton.tsx';
import { IdentitySection } from './identity-section.tsx';
import { WorkingTimeSection } from './working-time-section.tsx';
import { DeadlinesSection } from './deadlines-section.tsx';
import { SessionsSection } from './sessions-section.tsx';
import { TemplatesSection } from './templates-section.tsx';

const tabs = ['identity', 'workingTime', 'deadlines', 'sessions', 'templates'] as const;
type Tab = (typeof tabs)[number];

/** /quan-tri/cai-dat: the settings, one tab per section (the tab is in the URL). */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useAdminSettings();
  const [params, setParams] = useSearchParams();
  const tab: Tab = tabs.find((candidate) => candidate === params.get('muc')) ?? 'identity';
  const reload = () => void settings.refetch();

  function panel(section: Tab) {
    if (!settings.data) return null;
    switch (section) {
      case 'identity':
        return <IdentitySection settings={settings.data} onReload={reload} />;
      case 'workingTime':
        return <WorkingTimeSection settings={settings.data} onReload={reload} />;
      case 'deadlines':
        return <DeadlinesSection settings={settings.data} onReload={reload} />;
      case 'sessions':
        return <SessionsSection settings={settings.data} onReload={reload} />;
      case 'templates':
        return <TemplatesSection settings={settings.data} onReload={reload} />;
    }
  }

  return (
    <AdminPage title={t('admin.settings.title')} subtitle={t('admin.settings.subtitle')}>
      {settings.isError && !settings.data ? (
        <LoadError error={settings.error} onRetry={reload} retrying={settings.isFetching} />
      ) : !settings.data ? (
        <TableSkeleton />
      ) : (
        <Tabs value={tab} onChange={(value) => setParams(value && value !== 'identity' ? { muc: value } : {}, { replace: true })} keepMounted={false}>
          <Tabs.List mb="lg">
            {tabs.map((section) => (
              <Tabs.Tab key={section} value={section}>
                {t(`admin.settings.tabs.${section}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {tabs.map((section) => (
            <Tabs.Panel key={section} value={section}>
              {panel(section)}
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </AdminPage>
  );
}
