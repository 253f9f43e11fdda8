import type { CatalogueField, Polarity } from '../types';
import { FIELD_HEADER } from './catalogueColumns';
import type { CatalogueRowReader } from './catalogueRow';

/** Catalogue cells that only make sense with a RAG: one filled in means a target was meant. */
const RATING_FIELDS: CatalogueField[] = ['floor', 'innerBand', 'outerBand', 'bandType'];

/**
 * A context measure (referrals in the month) is a catalogue row with a blank target and nothing
 * else that rates: no floor, no bands, no band type. It has a result, a trend and, when a
 * polarity is given, arrows; its polarity may be blank (then no arrows).
 */
export function isContextRow(r: CatalogueRowReader): boolean {
  return r.blank('target') && ratingFields(r).length === 0;
}

function ratingFields(r: CatalogueRowReader): CatalogueField[] {
  return RATING_FIELDS.filter((field) => !r.blank(field));
}

/**
 * The target, or undefined for a context measure. A blank target is an error where a RAG was
 * meant: a floor or bands without a target, or T (close to a target) with none to be close to.
 */
export function readTarget(r: CatalogueRowReader, polarity: Polarity | undefined): number | undefined {
  if (!r.blank('target')) return r.number('target');
  const given = ratingFields(r);
  if (given.length === 0 && polarity !== 'T') return undefined;
  const why =
    given.length > 0
      ? `${given.map((f) => FIELD_HEADER[f]).join(' and ')} ${given.length === 1 ? 'is' : 'are'} filled in, so a RAG was meant`
      : 'a T indicator is rated by how close it is to its target';
  return r.fail(
    'target',
    'missing-target',
    `Target is blank, but ${why}.`,
    'Type the target (for a percentage, as 85%). For a context measure with no RAG, leave the target, floor and bands all blank.',
  );
}
