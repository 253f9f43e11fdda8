import { readFileSync } from 'fs';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * axe-core, run inside the production pane. The script is evaluated through the debugging
 * protocol rather than added as a <script>, so the pane's Content-Security-Policy stays exactly
 * as shipped (it allows no inline script, rightly) and nothing is fetched from anywhere.
 */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices (landmarks, heading order, regions). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One line per failing element: the rule, its impact, where, and axe's own summary of the fix. */
function describe(violation: Result): string[] {
  return violation.nodes.map(
    (node) =>
      `${violation.id} (${violation.impact ?? 'n/a'}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help}`,
  );
}

/**
 * Results axe could not decide ("needs review") are reported too, except the contrast of text
 * inside the narrative's scrolling box (role=document), whose background axe cannot see once it
 * is scrolled out of view; the same text and colours are checked where they are in view.
 */
/** The violations on the page as it stands, as readable lines (empty when there are none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  // Fluent's buttons fade between states: judge colours once every transition has ended, not midway.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  const results = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<AxeResults> } }).axe;
    const { violations, incomplete } = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    const inNarrative = (target: unknown) =>
      typeof target === 'string' && Boolean(document.querySelector(target)?.closest('[role=document]'));
    const undecidable = incomplete.map((r) => ({
      ...r,
      nodes: r.nodes.filter((n) => !(r.id === 'color-contrast' && inNarrative(n.target[0]))),
    }));
    return { violations, incomplete: undecidable.filter((r) => r.nodes.length > 0) };
  }, TAGS);
  const review = results.incomplete.map((r) => ({ ...r, id: `needs review: ${r.id}` }));
  return [...results.violations, ...review].flatMap(describe);
}
