import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';

const config = new ReadingConfig();
config.unit = ['đồng'];
// "một trăm linh năm", as administrative documents write it (the library's default is the southern "lẻ").
config.oddText = 'linh';

/**
 * An amount of đồng in words, as a fee receipt writes it under the figure:
 * 28000 → "Hai mươi tám nghìn đồng". Official text: Vietnamese whatever the UI's language.
 */
export function amountInWords(amount: number): string {
  const words = doReadNumber(String(Math.round(amount)), config).trim();
  return words.charAt(0).toLocaleUpperCase('vi') + words.slice(1);
}
