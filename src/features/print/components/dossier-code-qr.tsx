import { useSheetTranslation } from '../hooks/use-sheet-translation.ts';
import { useQrDataUrl } from '../hooks/use-qr-data-url.ts';
import classes from './sheet.module.css';

/** The dossier code as a QR code, for tracking by phone or at the desk's scanner. */
export function DossierCodeQr({ code }: { code: string }) {
  const t = useSheetTranslation();
  const qr = useQrDataUrl(code);
  return (
    <figure className={classes.qr}>
      {qr.data ? <img src={qr.data} alt={t('print.sheet.qrAlt', { code })} /> : <div style={{ width: '18mm', height: '18mm' }} />}
      <figcaption>{t('print.sheet.qrCaption')}</figcaption>
    </figure>
  );
}
