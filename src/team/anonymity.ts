// Who may be shown, decided from the counts alone and before any figure is computed (SPEC.md "Anonymity", "Privacy").
import { msg } from '../i18n/index.js';
import type { LowThresholdWarning } from './document.js';

/** Default anonymity threshold: a group with fewer respondents shows only its count. */
export const DEFAULT_MIN_GROUP = 5;
/** Below this threshold every output carries a warning. */
const SAFE_MIN_GROUP = 3;

/** The counts visibility is decided from: the team's respondents, and each group's (in display order). */
export interface Headcount {
  team: number;
  groups: readonly { name: string; respondents: number }[];
}

/** Why a group is shown or not. */
export type GroupVisibility = 'shown' | 'below-threshold' | 'hidden-by-subtraction';

/** What may be shown: the team, and each group (in the order given) with the reason when it is not. */
export interface Visibility {
  team: boolean;
  groups: { name: string; respondents: number; visibility: GroupVisibility }[];
  /** How many groups have fewer respondents than the threshold. */
  belowThreshold: number;
  /** How many groups reach the threshold but are hidden so that subtraction gives nobody away. */
  hiddenBySubtraction: number;
}

/**
 * Decides, from the counts alone, what may be shown. A set (the team or a group) is shown only when it has at least
 * `minGroup` respondents (and at least one). Then, so that no one can be worked out by subtraction, the respondents of
 * the team outside the groups shown (smaller groups, respondents without a group) must be none or at least `minGroup`:
 * while they are not, the smallest group shown is hidden too (ties: the first in the order given).
 */
export function decideVisibility(counts: Headcount, minGroup: number): Visibility {
  const threshold = Math.max(1, minGroup);
  const team = counts.team >= threshold;
  const groups = counts.groups.map((g) => ({ name: g.name, respondents: g.respondents, visibility: (team && g.respondents >= threshold ? 'shown' : 'below-threshold') as GroupVisibility }));
  const belowThreshold = groups.filter((g) => g.visibility === 'below-threshold').length;
  let hiddenBySubtraction = 0;
  if (team) {
    let rest = counts.team - groups.reduce((n, g) => n + (g.visibility === 'shown' ? g.respondents : 0), 0);
    while (rest > 0 && rest < threshold) {
      let smallest: (typeof groups)[number] | undefined;
      for (const g of groups) if (g.visibility === 'shown' && (!smallest || g.respondents < smallest.respondents)) smallest = g;
      if (!smallest) break;
      smallest.visibility = 'hidden-by-subtraction';
      rest += smallest.respondents;
      hiddenBySubtraction++;
    }
  }
  return { team, groups, belowThreshold, hiddenBySubtraction };
}

/**
 * One figure's protection against subtraction, for a whole and its parts (a team and its groups, a side and its
 * units): `counts[k]` is the contributors of part k's published figure, or null when it is not published. While the
 * whole's contributors outside the published parts are more than none and fewer than `t`, the published part with the
 * fewest contributors is withheld too (ties: the first). Returns the positions of the parts to withhold.
 */
export function withholdBySubtraction(total: number, counts: readonly (number | null)[], t: number): number[] {
  const published = counts.map((n, k) => ({ n, k })).filter((x): x is { n: number; k: number } => x.n !== null);
  published.sort((a, b) => a.n - b.n || a.k - b.k);
  let rest = total - published.reduce((sum, x) => sum + x.n, 0);
  const withheld: number[] = [];
  for (const x of published) {
    if (!(rest > 0 && rest < t)) break;
    rest += x.n;
    withheld.push(x.k);
  }
  return withheld;
}

/** The warning every output carries when the anonymity threshold is below SAFE_MIN_GROUP, else null. */
export function lowThresholdWarning(minGroup: number): LowThresholdWarning | null {
  if (minGroup >= SAFE_MIN_GROUP) return null;
  return msg('team.note.lowThreshold', { minGroup, safeMin: SAFE_MIN_GROUP }) as LowThresholdWarning;
}
