import { Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { legShareKinds, type LegShares } from '../../../domain/control-slip.ts';

export interface LegSharesInputsProps {
  value: LegShares;
  onChange: (value: LegShares) => void;
  /** Field errors by leg kind (the sum's error sits on the last one). */
  errors?: Partial<Record<keyof LegShares, string>>;
  /** Prefix of the inputs' ids, unique on the page. */
  idPrefix: string;
}

const toPercent = (share: number) => Math.round(share * 10_000) / 100;

/** The four timed legs of the control slip as percentages of the time limit (stored as fractions). */
export function LegSharesInputs({ value, onChange, errors = {}, idPrefix }: LegSharesInputsProps) {
  const { t, i18n } = useTranslation();
  const total = legShareKinds.reduce((sum, kind) => sum + toPercent(value[kind]), 0);
  const decimal = i18n.resolvedLanguage === 'en' ? '.' : ',';
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="sm">
        {legShareKinds.map((kind) => (
          <NumberInput
            key={kind}
            id={`${idPrefix}-${kind}`}
            label={t(`admin.procedures.fields.shares.${kind}`)}
            value={toPercent(value[kind])}
            onChange={(next) => onChange({ ...value, [kind]: (typeof next === 'number' ? next : Number(String(next).replace(',', '.')) || 0) / 100 })}
            min={0}
            max={100}
            decimalScale={2}
            decimalSeparator={decimal}
            suffix=" %"
            error={errors[kind]}
          />
        ))}
      </SimpleGrid>
      <Group gap="xs">
        <Text size="sm" c={Math.abs(total - 100) > 0.01 ? 'red' : 'dimmed'} aria-live="polite">
          {t('admin.procedures.fields.sharesTotal', { total: total.toLocaleString(i18n.resolvedLanguage === 'en' ? 'en' : 'vi', { maximumFractionDigits: 2 }) })}
        </Text>
      </Group>
    </Stack>
  );
}
