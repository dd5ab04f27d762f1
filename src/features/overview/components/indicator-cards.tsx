import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../domain/schemas/reports.ts';
import type { ReportPeriod } from '../../../lib/report-period.ts';
import { overviewLinks } from '../utils/overview-links.ts';
import { IndicatorCard } from './indicator-card.tsx';

export interface IndicatorCardsProps {
  indicators: Overview['indicators'];
  satisfaction: Overview['satisfaction'];
  onlinePayment: Overview['onlinePayment'];
  period: ReportPeriod;
}

/** Decision 766 targets: full marks at 50% online and 80% digitised; on time aims at all. */
const targets = { onTime: 1, online: 0.5, digitisation: 0.8 } as const;

/** The Decision 766 indicators of the period. */
export function IndicatorCards({ indicators: i, satisfaction: s, onlinePayment: p, period }: IndicatorCardsProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      <IndicatorCard
        title={t('overview.onTime.title')}
        hint={t('overview.onTime.hint')}
        rate={i.onTimeRate}
        part={i.decidedOnTime}
        total={i.decided}
        target={targets.onTime}
        empty={t('overview.onTime.empty')}
        figures={[
          { label: t('overview.onTime.part'), value: i.decidedOnTime, to: overviewLinks.decided(period, false), color: 'teal' },
          { label: t('overview.onTime.late'), value: i.decidedLate, to: overviewLinks.decided(period, true), color: 'red' },
          { label: t('overview.onTime.total'), value: i.decided, to: overviewLinks.decided(period) },
        ]}
      />
      <IndicatorCard
        title={t('overview.online.title')}
        hint={t('overview.online.hint')}
        rate={i.onlineShare}
        part={i.receivedOnline}
        total={i.received}
        target={targets.online}
        empty={t('overview.online.empty')}
        figures={[
          { label: t('overview.online.part'), value: i.receivedOnline, to: overviewLinks.received(period, 'online') },
          { label: t('overview.online.total'), value: i.received, to: overviewLinks.received(period) },
          { label: t('overview.online.refused'), value: i.refusedOnline, to: overviewLinks.refusedOnline(period), color: 'red' },
        ]}
      />
      <IndicatorCard
        title={t('overview.digitisation.title')}
        hint={t('overview.digitisation.hint')}
        rate={i.digitisationShare}
        part={i.digitised}
        total={i.received}
        target={targets.digitisation}
        empty={t('overview.digitisation.empty')}
        figures={[
          { label: t('overview.digitisation.part'), value: i.digitised, to: overviewLinks.digitised(period, true), color: 'teal' },
          { label: t('overview.digitisation.missing'), value: i.received - i.digitised, to: overviewLinks.digitised(period, false), color: 'red' },
          { label: t('overview.digitisation.total'), value: i.received, to: overviewLinks.received(period) },
        ]}
      />
      <IndicatorCard
        title={t('overview.satisfaction.title')}
        hint={t('overview.satisfaction.hint')}
        rate={s.index}
        part={Math.max(0, s.decided - s.late - s.dissatisfied)}
        total={s.decided}
        target={targets.onTime}
        empty={t('overview.satisfaction.empty')}
        figures={[
          { label: t('overview.satisfaction.late'), value: s.late, to: overviewLinks.decided(period, true), color: 'red' },
          { label: t('overview.satisfaction.dissatisfied'), value: s.dissatisfied, to: overviewLinks.rated(period, 'dissatisfied'), color: 'red' },
          { label: t('overview.satisfaction.rated'), value: s.rated, to: overviewLinks.rated(period, 'rated') },
          { label: t('overview.satisfaction.total'), value: s.decided, to: overviewLinks.decided(period) },
        ]}
      />
      <IndicatorCard
        title={t('overview.onlinePayment.title')}
        hint={t('overview.onlinePayment.hint')}
        rate={p.share}
        part={p.paidOnline}
        total={p.paid}
        empty={t('overview.onlinePayment.empty')}
        figures={[
          { label: t('overview.onlinePayment.part'), value: p.paidOnline, to: overviewLinks.feePaid(period, true) },
          { label: t('overview.onlinePayment.total'), value: p.paid, to: overviewLinks.feePaid(period) },
        ]}
      />
    </SimpleGrid>
  );
}
