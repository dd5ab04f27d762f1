import { publicLookupUrl } from '../../../lib/paths.ts';
import { useSheetTranslation } from '../hooks/use-sheet-translation.ts';
import { useQrDataUrl } from '../hooks/use-qr-data-url.ts';
import classes from './sheet.module.css';

/**
 * The dossier's public lookup page as a QR code: a phone's camera opens it with the code
 * filled in, and the applicant types only the last 4 digits of their phone or ID number.
 * The address is the centre's public address (settings), or this server's as the officer's
 * browser reaches it.
 */
export function DossierCodeQr({ code, publicAddress }: { code: string; publicAddress: string }) {
  const t = useSheetTranslation();
  const qr = useQrDataUrl(publicLookupUrl(code, publicAddress, globalThis.location.origin));
  return (
    <figure className={classes.qr}>
      {qr.data ? <img src={qr.data} alt={t('print.sheet.qrAlt', { code })} /> : <div style={{ width: '18mm', height: '18mm' }} />}
      <figcaption>{t('print.sheet.qrCaption')}</figcaption>
    </figure>
  );
}
