import type { Unit } from '../../engine';

/**
 * A target, floor or band as typed in the pane: blank is no change; a percentage may be typed
 * as 85%, 85 or 0.85 (a number above 1 is read as points); other units as plain numbers.
 */
export function parseBandingInput(text: string, unit: Unit): number | undefined | 'bad' {
  const trimmed = text.trim().replace(/,/g, '');
  if (!trimmed) return undefined;
  const percent = trimmed.endsWith('%');
  const body = percent ? trimmed.slice(0, -1).trim() : trimmed;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(body)) return 'bad';
  const value = Number(body);
  if (unit !== 'percentage') return percent ? 'bad' : value;
  return percent || value > 1 ? Number((value / 100).toPrecision(15)) : value;
}
