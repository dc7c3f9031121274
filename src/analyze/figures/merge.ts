/**
 * The same quantity said twice is one figure. Money matches on any reading (the lede's
 * "$1.2 billion" is the conversion of a later "1.5 trillion won ($1.2 billion)"); counts also
 * need the same noun; percentages, which repeat by coincidence far more often, also need
 * labels that share a content word.
 */
import { contentStems, countShared } from '../words.js';
import { readingsOf, sameReading, type Mention } from './mention.js';

/** Mentions of one quantity: indices into the mention list, in text order. */
export interface MentionGroup {
  members: number[];
  /** The most informative member: the one whose span, label and sentence the figure shows. */
  representative: number;
}

/** Groups mentions of the same quantity; groups come out in order of first mention. */
export function groupMentions(mentions: readonly Mention[], labels: readonly string[]): MentionGroup[] {
  // Only percentages compare labels, so stems are built on first use.
  const cache = new Map<number, Set<string>>();
  const stems = (index: number): Set<string> => {
    let found = cache.get(index);
    if (found === undefined) cache.set(index, (found = contentStems(labels[index] ?? '')));
    return found;
  };
  let groups: number[][] = [];
  mentions.forEach((_, index) => {
    // A mention can join groups that did not match each other: "1.5 trillion won" and
    // "$1.2 billion" meet in "1.5 trillion won ($1.2 billion)".
    const matching = groups.filter((members) => members.some((member) => sameQuantity(mentions, stems, member, index)));
    const merged = [...matching.flat(), index].sort((left, right) => left - right);
    groups = [...groups.filter((members) => !matching.includes(members)), merged];
  });
  groups.sort((left, right) => (left[0] ?? 0) - (right[0] ?? 0));
  return groups.map((members) => ({ members, representative: mostInformative(mentions, labels, members) }));
}

function sameQuantity(mentions: readonly Mention[], stems: (index: number) => Set<string>, left: number, right: number): boolean {
  const a = mentions[left];
  const b = mentions[right];
  if (a === undefined || b === undefined) return false;
  const shared = readingsOf(a).some((reading) => readingsOf(b).some((other) => sameReading(reading, other)));
  if (!shared) return false;
  if (a.unit === 'count') return a.noun?.toLowerCase() === b.noun?.toLowerCase();
  if (a.unit === '%' || a.unit === 'pp') return countShared(stems(left), stems(right)) > 0;
  return true;
}

/** A conversion beats a bare amount, a qualifier beats none, a label of two words or more beats a shorter one; ties go to the earliest. */
function mostInformative(mentions: readonly Mention[], labels: readonly string[], members: readonly number[]): number {
  let best = members[0] ?? 0;
  let bestScore = -1;
  for (const member of members) {
    const mention = mentions[member];
    if (mention === undefined) continue;
    const described = (labels[member] ?? '').includes(' ');
    const score = (mention.converted === undefined ? 0 : 4) + (mention.qualifier === undefined ? 0 : 2) + (described ? 1 : 0);
    if (score > bestScore) {
      best = member;
      bestScore = score;
    }
  }
  return best;
}
