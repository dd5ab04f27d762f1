import { useTranslation } from 'react-i18next';
import classes from './skip-link.module.css';

export interface SkipLinkProps {
  /** id of the element that receives focus (it needs tabIndex={-1}). */
  targetId: string;
}

/** The first tab stop: jumps over the header and navigation to the page itself. */
export function SkipLink({ targetId }: SkipLinkProps) {
  const { t } = useTranslation();
  return (
    <a
      className={classes.link}
      href={`#${targetId}`}
      onClick={(event) => {
        // Focus the target without changing the URL (the router owns it).
        event.preventDefault();
        const target = document.getElementById(targetId);
        target?.focus();
        target?.scrollIntoView();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
