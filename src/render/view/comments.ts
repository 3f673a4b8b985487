// The comments of a team view, format-neutral: none when there are none; the count only below the threshold; else
// the items (already sorted and masked by the team code), never attributed.
import { wordsFor } from '../../i18n/index.js';
import type { Aggregate } from '../../team/aggregate.js';

/** What every format shows of the comments. */
export interface CommentsBlock {
  title: string;
  /** Below the threshold: how many there are and from how many they are shown. */
  hidden: string | null;
  note: string;
  items: string[];
}

/** The comments block of a team view, or null when no comment was given (or the document predates comments). */
export function commentsBlock(a: Aggregate): CommentsBlock | null {
  const c = a.comments;
  if (!c || c.count === 0) return null;
  const { w } = wordsFor(a.language);
  return {
    title: w('room.commentsTitle'),
    hidden: c.shown ? null : w('room.commentsHidden', { count: c.count, min: c.minComments }),
    note: w('room.commentsNote'),
    items: c.shown ? c.items : [],
  };
}
