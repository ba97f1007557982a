//! A small seeded pseudo-random generator for the demo company.
//!
//! The demo must be identical for identical options on every platform and
//! every release, so it cannot depend on an external crate whose stream may
//! change between versions. This is xoshiro256** (Blackman and Vigna), with
//! its state filled by SplitMix64 as its authors recommend. Everything is
//! integer arithmetic: probabilities are given in per mille and weights as
//! integers, so no float ever comes near an amount.

/// xoshiro256** with helpers for the draws the generator needs.
#[derive(Debug, Clone)]
pub struct Rng {
    s: [u64; 4],
}

/// One step of SplitMix64; also used to mix a seed with a stream label.
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    pub fn new(seed: u64) -> Self {
        let mut sm = seed;
        let s = [
            splitmix64(&mut sm),
            splitmix64(&mut sm),
            splitmix64(&mut sm),
            splitmix64(&mut sm),
        ];
        // SplitMix64 never yields four zero words in a row, but the all-zero
        // state would be a fixed point, so make it impossible by construction.
        if s == [0; 4] {
            return Rng { s: [1, 2, 3, 4] };
        }
        Rng { s }
    }

    /// An independent stream for one part of the data (spend, inquiries, ...),
    /// so that changing how one part draws does not reshuffle the others.
    pub fn stream(seed: u64, label: &str) -> Self {
        // FNV-1a of the label, then mixed with the seed.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in label.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01B3);
        }
        let mut mix = seed ^ h.rotate_left(17);
        Rng::new(splitmix64(&mut mix))
    }

    pub fn next_u64(&mut self) -> u64 {
        let result = self.s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        result
    }

    /// Uniform in `0..n` without modulo bias (Lemire's multiply and reject);
    /// `n = 0` yields 0 so callers need not special-case empty ranges.
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let threshold = n.wrapping_neg() % n;
        loop {
            let m = u128::from(self.next_u64()) * u128::from(n);
            if (m as u64) >= threshold {
                return (m >> 64) as u64;
            }
        }
    }

    /// Uniform in `lo..=hi`; returns `lo` when the range is empty.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        let span = (hi - lo) as u64 + 1;
        lo + self.below(span) as i64
    }

    /// True with probability `per_mille` / 1000.
    pub fn chance(&mut self, per_mille: u32) -> bool {
        self.below(1000) < u64::from(per_mille)
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// An index drawn with the given integer weights. All-zero weights pick
    /// index 0, which the callers avoid by always having a positive weight.
    pub fn weighted(&mut self, weights: &[u64]) -> usize {
        let total: u64 = weights.iter().sum();
        let mut x = self.below(total);
        for (i, &w) in weights.iter().enumerate() {
            if x < w {
                return i;
            }
            x -= w;
        }
        0
    }

    /// One of `items`, drawn by the weight beside each.
    pub fn pick_weighted<T: Copy>(&mut self, items: &[(T, u64)]) -> T {
        let total: u64 = items.iter().map(|i| i.1).sum();
        let mut x = self.below(total);
        for &(item, w) in items {
            if x < w {
                return item;
            }
            x -= w;
        }
        items[0].0
    }

    /// `value` changed by a uniform factor in `(1000 - spread)..=(1000 + spread)`
    /// per mille: the noise on amounts, counts and visitors.
    pub fn vary(&mut self, value: i64, spread_per_mille: i64) -> i64 {
        let f = self.range(1000 - spread_per_mille, 1000 + spread_per_mille);
        ((i128::from(value) * i128::from(f)) / 1000) as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream_and_streams_differ() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        let xs: Vec<u64> = (0..16).map(|_| a.next_u64()).collect();
        let ys: Vec<u64> = (0..16).map(|_| b.next_u64()).collect();
        assert_eq!(xs, ys);
        let mut c = Rng::stream(7, "spend");
        let mut d = Rng::stream(7, "deals");
        assert_ne!(c.next_u64(), d.next_u64());
    }

    #[test]
    fn draws_stay_in_range_and_cover_it() {
        let mut r = Rng::new(42);
        let mut seen = [0u32; 6];
        for _ in 0..6000 {
            let x = r.range(-2, 3);
            assert!((-2..=3).contains(&x));
            seen[(x + 2) as usize] += 1;
        }
        // Each of six values should land near 1000 times.
        assert!(seen.iter().all(|&n| (850..1150).contains(&n)), "{seen:?}");
        assert_eq!(r.range(5, 5), 5);
        assert_eq!(r.below(0), 0);
    }

    #[test]
    fn weighted_and_chance_follow_their_weights() {
        let mut r = Rng::new(3);
        let mut counts = [0u32; 3];
        for _ in 0..10_000 {
            counts[r.weighted(&[1, 0, 3])] += 1;
        }
        assert_eq!(counts[1], 0);
        assert!((2300..2700).contains(&counts[0]), "{counts:?}");
        let picks = (0..1000).filter(|_| r.pick_weighted(&[('a', 0), ('b', 5)]) == 'b');
        assert_eq!(picks.count(), 1000);
        let hits = (0..10_000).filter(|_| r.chance(200)).count();
        assert!((1800..2200).contains(&hits), "{hits}");
        let v = r.vary(1000, 100);
        assert!((900..=1100).contains(&v));
    }
}
