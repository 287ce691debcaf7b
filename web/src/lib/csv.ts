import { safeCsvText } from '../../../src/domain/csv-cell.ts';

/** CSV of exactly the rows and columns a panel shows (RFC 4180 quoting; text that would start a spreadsheet formula gets a leading `'`). */
export function toCsv(columns: { key: string; label?: string }[], rows: Record<string, unknown>[]): string {
  const cell = (v: unknown) => {
    const text = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : typeof v === 'object' ? JSON.stringify(v) : String(v);
    const s = typeof v === 'number' ? text : safeCsvText(text);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.map((c) => cell(c.key)).join(','), ...rows.map((r) => columns.map((c) => cell(r[c.key])).join(','))].join('\n') + '\n';
}

export function downloadCsv(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
