//! The data-driven model: a first-order Markov chain over the paths of one
//! period's leads, and each source's removal effect (`shared/spec/metrics.md`,
//! "Data-driven").
//!
//! The chain's transient states are START and the sources; CONVERSION and
//! NULL absorb. With Q the transitions among transient states and N = (I − Q)⁻¹
//! its fundamental matrix, v = N·r is the probability of being absorbed in
//! CONVERSION from each state and P(conv) = v(START). Paths may revisit a
//! source (A → B → A), so the chain has cycles and is solved as a linear
//! system, exactly up to decimal rounding (Gauss–Jordan elimination with
//! partial pivoting in `Decimal`, no iteration and no tolerance).
//!
//! Removing s sends every transition into s to NULL, which kills exactly the
//! paths that ever visit s. By the strong Markov property
//! P(conv) = P(conv without visiting s) + h(START, s) · v(s), where h is the
//! probability of ever visiting s, and h(START, s) = N[START][s] / N[s][s].
//! So every removal effect follows from one inverse:
//! RE(s) = h(START, s) · v(s) / P(conv).
//!
//! Decimal arithmetic rounds, so the elimination must not depend on the
//! order in which the sources happen to be listed: the chain numbers them in
//! a canonical order (by source id) handed in by the caller, and every sum
//! and tie-break follows that order.

use super::index::FxMap;
use rust_decimal::Decimal;

/// Transition counts of one period's paths. The caller numbers its sources
/// 0..n; inside, source s is state `rank[s]`, its place in the canonical
/// order, and the chain adds START, CONVERSION and NULL after them.
pub(crate) struct Chain<'a> {
    sources: usize,
    rank: &'a [u32],
    counts: FxMap<(u32, u32), u64>,
}

impl<'a> Chain<'a> {
    /// `rank` is a permutation of 0..n: each source's place in the canonical
    /// order.
    pub(crate) fn new(rank: &'a [u32]) -> Chain<'a> {
        Chain {
            sources: rank.len(),
            rank,
            counts: FxMap::default(),
        }
    }

    fn start(&self) -> u32 {
        self.sources as u32
    }

    fn conversion(&self) -> u32 {
        self.sources as u32 + 1
    }

    fn null(&self) -> u32 {
        self.sources as u32 + 2
    }

    /// Adds one lead's path: START, `sources` (consecutive repeats already
    /// merged), then CONVERSION or NULL.
    pub(crate) fn add_path(&mut self, sources: &[u32], converted: bool) {
        let mut from = self.start();
        for &s in sources {
            let s = self.rank[s as usize];
            *self.counts.entry((from, s)).or_insert(0) += 1;
            from = s;
        }
        let end = if converted {
            self.conversion()
        } else {
            self.null()
        };
        *self.counts.entry((from, end)).or_insert(0) += 1;
    }

    /// P(conv) and RE(s) for every source (0 for sources on no path), by
    /// rank; `None` when there is no path or the arithmetic fails.
    pub(crate) fn removal_effects(&self) -> Option<(Decimal, Vec<Decimal>)> {
        // Number the transient states that have outgoing transitions; START
        // first. Every such state reaches an absorbing state, because every
        // path ends in one, so I − Q is invertible.
        let mut slot: FxMap<u32, usize> = FxMap::default();
        let mut states: Vec<u32> = vec![self.start()];
        slot.insert(self.start(), 0);
        let mut keys: Vec<&(u32, u32)> = self.counts.keys().collect();
        keys.sort_unstable();
        for &&(from, _) in &keys {
            if !slot.contains_key(&from) {
                slot.insert(from, states.len());
                states.push(from);
            }
        }
        let m = states.len();
        let mut out_total = vec![0u64; m];
        for (&(from, _), &c) in &self.counts {
            out_total[slot[&from]] += c;
        }
        if out_total[0] == 0 {
            return None;
        }
        // A = I − Q, augmented with the identity; r = P(→ CONVERSION).
        let width = 2 * m;
        let mut a = vec![Decimal::ZERO; m * width];
        let mut r = vec![Decimal::ZERO; m];
        for i in 0..m {
            a[i * width + i] = Decimal::ONE;
            a[i * width + m + i] = Decimal::ONE;
        }
        // Each entry of `a` and `r` takes one count, so the map's order of
        // iteration does not matter.
        for (&(from, to), &c) in &self.counts {
            let i = slot[&from];
            let p = Decimal::from(c).checked_div(Decimal::from(out_total[i]))?;
            if to == self.conversion() {
                r[i] += p;
            } else if to != self.null() {
                let j = *slot.get(&to)?;
                a[i * width + j] -= p;
            }
        }
        let n = invert(&mut a, m)?;
        // v = N r.
        let mut v = vec![Decimal::ZERO; m];
        for i in 0..m {
            let mut acc = Decimal::ZERO;
            for j in 0..m {
                if !r[j].is_zero() {
                    acc = acc.checked_add(n[i * m + j].checked_mul(r[j])?)?;
                }
            }
            v[i] = acc;
        }
        let p_conv = v[0];
        let mut effects = vec![Decimal::ZERO; self.sources];
        if p_conv <= Decimal::ZERO {
            return Some((Decimal::ZERO, effects));
        }
        for (k, &state) in states.iter().enumerate().skip(1) {
            let diagonal = n[k * m + k];
            if diagonal <= Decimal::ZERO {
                continue;
            }
            let reach = n[k].checked_div(diagonal)?;
            let re = reach.checked_mul(v[k])?.checked_div(p_conv)?;
            effects[state as usize] = re.max(Decimal::ZERO).min(Decimal::ONE);
        }
        Some((p_conv, effects))
    }

    /// RE(s) of every source in the caller's numbering, for the leads to
    /// split their credit by; `None` when the model is undefined (P(conv) = 0
    /// or Σ RE = 0) and the caller falls back to linear.
    pub(crate) fn effects(&self) -> Option<Vec<Decimal>> {
        let (p_conv, effects) = self.removal_effects()?;
        // Every effect is at least 0, so their sum is 0 only when each is.
        if p_conv <= Decimal::ZERO || effects.iter().all(|re| re.is_zero()) {
            return None;
        }
        Some(self.rank.iter().map(|&r| effects[r as usize]).collect())
    }
}

/// Inverts the left m×m half of the augmented matrix `a` (m × 2m, the right
/// half the identity) by Gauss–Jordan elimination with partial pivoting and
/// returns the inverse, row-major. `None` if it is singular or overflows.
fn invert(a: &mut [Decimal], m: usize) -> Option<Vec<Decimal>> {
    let width = 2 * m;
    let mut nonzero: Vec<usize> = Vec::with_capacity(width);
    for col in 0..m {
        let mut pivot = col;
        for row in col + 1..m {
            if a[row * width + col].abs() > a[pivot * width + col].abs() {
                pivot = row;
            }
        }
        if a[pivot * width + col].is_zero() {
            return None;
        }
        if pivot != col {
            for j in 0..width {
                a.swap(pivot * width + j, col * width + j);
            }
        }
        let p = a[col * width + col];
        nonzero.clear();
        for j in 0..width {
            let x = a[col * width + j];
            if !x.is_zero() {
                a[col * width + j] = x.checked_div(p)?;
                nonzero.push(j);
            }
        }
        for row in 0..m {
            let factor = a[row * width + col];
            if row == col || factor.is_zero() {
                continue;
            }
            for &j in &nonzero {
                let delta = factor.checked_mul(a[col * width + j])?;
                a[row * width + j] = a[row * width + j].checked_sub(delta)?;
            }
        }
    }
    let mut inverse = Vec::with_capacity(m * m);
    for row in 0..m {
        inverse.extend_from_slice(&a[row * width + m..row * width + width]);
    }
    Some(inverse)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn worked_example_removal_effects() {
        // Sources A = 0, B = 1, Unknown = 2.
        let mut chain = Chain::new(&[0, 1, 2]);
        chain.add_path(&[0, 1], true);
        chain.add_path(&[1], false);
        chain.add_path(&[2], false);
        let (p, re) = chain.removal_effects().unwrap();
        assert_eq!(p.round_dp(20), dec!(0.33333333333333333333));
        assert_eq!(re[0].round_dp(20), dec!(0.5));
        assert_eq!(re[1].round_dp(20), dec!(1));
        assert_eq!(re[2], Decimal::ZERO);
        // What the leads split their credit by, in the caller's numbering.
        assert_eq!(chain.effects().unwrap(), re);
        let mut listed = Chain::new(&[2, 0, 1]);
        listed.add_path(&[1, 2], true);
        listed.add_path(&[2], false);
        listed.add_path(&[0], false);
        assert_eq!(listed.effects().unwrap(), vec![re[2], re[0], re[1]]);
    }

    #[test]
    fn revisits_are_solved_as_a_linear_system() {
        // Paths: A→B→A→conv, A→null, B→conv. Counts: START→A 2, START→B 1,
        // A→B 1, A→conv 1, A→null 1, B→A 1, B→conv 1.
        // v(A) = ⅓ v(B) + ⅓, v(B) = ½ v(A) + ½ → v(A) = 3/5, v(B) = 4/5.
        // P = ⅔·3/5 + ⅓·4/5 = 2/3.
        // Without A: START→B→(A→null | conv) → ⅓ · ½ = 1/6 → RE(A) = 3/4.
        // Without B: START→A→(B→null | conv ⅓ | null ⅓) → ⅔ · ⅓ = 2/9 → RE(B) = 2/3.
        let mut chain = Chain::new(&[0, 1]);
        chain.add_path(&[0, 1, 0], true);
        chain.add_path(&[0], false);
        chain.add_path(&[1], true);
        let (p, re) = chain.removal_effects().unwrap();
        assert_eq!(p.round_dp(20), dec!(0.66666666666666666667));
        assert_eq!(re[0].round_dp(20), dec!(0.75));
        assert_eq!(re[1].round_dp(20), dec!(0.66666666666666666667));
    }

    #[test]
    fn the_order_the_caller_numbers_sources_in_changes_no_digit() {
        // Sources X, Y, Z in canonical order. v(Y) = 3/7, v(Z) = 2/7,
        // P(conv) = ¼; without Y nothing converts, without Z 1/12: RE(X) = 0,
        // RE(Y) = 1, RE(Z) = ⅔. Numbered as listed, elimination that
        // followed the listing rounded differently in the last digit.
        let paths: [(&[usize], bool); 4] = [
            (&[2, 1], true),
            (&[0], false),
            (&[2, 0], false),
            (&[1, 2, 1], false),
        ];
        let effects = |listed: [usize; 3]| {
            // The canonical rank of the source listed i-th is listed[i].
            let rank: Vec<u32> = listed.iter().map(|&s| s as u32).collect();
            let mut chain = Chain::new(&rank);
            for (path, converted) in paths {
                let at = |s: usize| listed.iter().position(|&x| x == s).unwrap() as u32;
                let path: Vec<u32> = path.iter().map(|&s| at(s)).collect();
                chain.add_path(&path, converted);
            }
            let effects = chain.effects().unwrap();
            let mut by_source = [Decimal::ZERO; 3];
            for (i, &s) in listed.iter().enumerate() {
                by_source[s] = effects[i];
            }
            by_source
        };
        let canonical = effects([0, 1, 2]);
        assert_eq!(canonical[0], Decimal::ZERO);
        assert_eq!(canonical[1].round_dp(20), dec!(1));
        assert_eq!(canonical[2].round_dp(20), dec!(0.66666666666666666667));
        for listed in [[0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] {
            assert_eq!(effects(listed), canonical, "{listed:?}");
        }
    }

    #[test]
    fn no_conversion_or_no_effect_is_undefined() {
        let mut chain = Chain::new(&[0, 1]);
        chain.add_path(&[0], false);
        chain.add_path(&[1, 0], false);
        assert!(chain.effects().is_none());
        assert!(Chain::new(&[0, 1]).effects().is_none());
    }

    #[test]
    fn inverse_of_a_small_matrix() {
        // [[2, 1], [1, 1]]⁻¹ = [[1, −1], [−1, 2]].
        let mut a = vec![
            dec!(2),
            dec!(1),
            dec!(1),
            dec!(0),
            dec!(1),
            dec!(1),
            dec!(0),
            dec!(1),
        ];
        assert_eq!(
            invert(&mut a, 2).unwrap(),
            vec![dec!(1), dec!(-1), dec!(-1), dec!(2)]
        );
        let mut singular = vec![
            dec!(1),
            dec!(1),
            dec!(1),
            dec!(0),
            dec!(1),
            dec!(1),
            dec!(0),
            dec!(1),
        ];
        assert!(invert(&mut singular, 2).is_none());
    }
}
