import { Box, Kbd, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { dossierCodePattern } from '../../../domain/dossier-code.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { dossierListPath, dossierPath } from '../../../lib/paths.ts';
import { dossierByCodeQueryOptions } from '../api/get-dossier-by-code.ts';
import { useCitizenCardScan, useOpenPersonByCard } from '../hooks/use-citizen-card-scan.ts';

/**
 * The header's search box. A dossier code opens that dossier directly, so a barcode or QR
 * scanner (which types the code and Enter) lands on the dossier; anything else lists the
 * matches. A citizen ID card scanned into it, or anywhere outside a text field (but the
 * intake form), opens that person's page. "/" focuses it from anywhere outside a text field.
 */
export function DossierSearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);

  useHotkeys([['/', () => input.current?.focus()]]);
  const openPersonByCard = useOpenPersonByCard();
  useCitizenCardScan();

  async function search(event: FormEvent) {
    event.preventDefault();
    const query = text.trim();
    if (!query) return;
    setError(null);
    if (openPersonByCard(query)) {
      setText('');
      return;
    }
    const code = query.toUpperCase();
    if (!dossierCodePattern.test(code)) {
      void navigate(dossierListPath({ q: query }));
      return;
    }
    setSearching(true);
    try {
      const match = await queryClient.fetchQuery(dossierByCodeQueryOptions(code));
      setText('');
      void navigate(dossierPath(match.id));
    } catch (failure) {
      setError(isApiError(failure) && failure.isNotFound ? t('search.box.codeNotFound', { code }) : t('search.box.failed'));
    } finally {
      setSearching(false);
    }
  }

  return (
    // A form with the search role, not <search>, which jsdom and older browsers do not know yet.
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
    <Box component="form" role="search" onSubmit={(event) => void search(event)} style={{ flex: 1, maxWidth: 420 }}>
      <TextInput
        ref={input}
        aria-label={t('search.box.label')}
        placeholder={t('search.box.placeholder')}
        type="search"
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') event.currentTarget.blur();
        }}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={<Kbd size="xs" title={t('search.box.shortcutHint')} aria-hidden>/</Kbd>}
        aria-keyshortcuts="/"
        aria-busy={searching}
        error={error}
      />
    </Box>
  );
}
