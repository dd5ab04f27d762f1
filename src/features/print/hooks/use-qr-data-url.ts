import { useQuery } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { printKeys } from '../api/print-keys.ts';

/**
 * A QR code of `text` as an SVG data URL. SVG rather than PNG: it needs no canvas and
 * prints sharp at any size.
 */
export function useQrDataUrl(text: string) {
  return useQuery({
    queryKey: printKeys.qr(text),
    queryFn: async () => {
      const svg = await QRCode.toString(text, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    },
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  });
}
