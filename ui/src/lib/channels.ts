// Near-duplicate channel names: "Trade show" typed beside "Trade shows"
// would silently become a second channel, so the Sources screen asks first.

/** Lower case, without spaces: "Trade Shows" and "tradeshows" read alike. */
const fold = (name: string) => name.toLocaleLowerCase().replace(/\s+/g, "");

const PLURALS = ["s", "es", "en", "er"];

/** Levenshtein distance, by the two-row table. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[y.length];
}

/** How far `typed` is from `existing`: 0 when they are the same apart from
 * case, spaces or a trailing plural (s, es, en, er), else the edit distance
 * of the folded names; null when they are not alike. A distance that
 * replaces the whole shorter name ("TV" and "PR") is no likeness. */
function likeness(typed: string, existing: string): number | null {
  const a = fold(typed);
  const b = fold(existing);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (PLURALS.some((p) => long === short + p) || a === b) return 0;
  const d = editDistance(a, b);
  return d <= 2 && d < [...short].length ? d : null;
}

/** Whether `typed` reads like `existing` (the same name counts too). */
export const resembles = (typed: string, existing: string) => likeness(typed, existing) !== null;

/** The store takes a name in other ASCII letter case for the same channel
 * (SQLite's NOCASE), so "trade shows" is "Trade shows" and no question. */
const sameInStore = (a: string, b: string) =>
  a === b || (/^[\x00-\x7f]*$/.test(a + b) && a.toLowerCase() === b.toLowerCase());

/** The existing channel that `typed` most resembles without being it, or null. */
export function similarChannel(typed: string, channels: string[]): string | null {
  const name = typed.trim();
  if (name === "" || channels.some((c) => sameInStore(c.trim(), name))) return null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of channels) {
    const d = likeness(name, c);
    if (d !== null && d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return best;
}
