const kilobyte = 1024;
const megabyte = kilobyte * 1024;


/** `1,2 MB`, `350 KB`: file sizes as a Vietnamese reader writes decimals. */
export function formatFileSize(bytes: number): string {
  if (bytes >= megabyte) return `${(bytes / megabyte).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
  if (bytes >= kilobyte) return `${Math.round(bytes / kilobyte).toLocaleString('vi-VN')} KB`;
  return `${bytes} B`;
}
