//! The attribution models and the credit one lead gives its sources
//! (`shared/spec/metrics.md`, "Attribution").
//!
//! A lead's touchpoints are its first touch, dated at its `received_at` date
//! and always first, then its further touchpoints ordered by date (ties: the
//! order they were entered). Further touchpoints dated after the as-of date
//! are left out: records dated after it are ignored everywhere, so that a
//! report can be reproduced later even when touchpoints were added meanwhile.
//!
//! Every lead gives out exactly one unit of credit. Divisions such as ⅓ do
//! not terminate in decimal, so after merging the credit per source the
//! rounding residual (at most a few units of 10⁻²⁸) is added to the source
//! with the largest credit (of equal ones, the first in the lead's order, so
//! that nothing depends on the order of other records or on the listing of
//! the sources); the credits then sum to exactly 1.
//!
//! Under `data_driven` a lead splits its unit among the distinct sources of
//! its touchpoints in proportion to the period's removal effects (handed in
//! by the period's scan, see [`Attributor::split_by_removal`]); of equal
//! credits the residual goes to the lowest source id. A lead whose sources
//! all have removal effect 0, and every lead of a period where the model is
//! undefined, is credited as under `linear`.

use super::index::FxMap;
use crate::records::{Dataset, Id, Inquiry, Settings};
use chrono::NaiveDate;
use rust_decimal::prelude::MathematicalOps;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// An attribution model (spec keys `first_touch` … `data_driven`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Default,
    ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum AttributionModel {
    #[default]
    FirstTouch,
    LastTouch,
    Linear,
    PositionBased,
    TimeDecay,
    DataDriven,
}

impl AttributionModel {
    pub const ALL: &'static [AttributionModel] = &[
        AttributionModel::FirstTouch,
        AttributionModel::LastTouch,
        AttributionModel::Linear,
        AttributionModel::PositionBased,
        AttributionModel::TimeDecay,
        AttributionModel::DataDriven,
    ];

    /// The spec's key, used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            AttributionModel::FirstTouch => "first_touch",
            AttributionModel::LastTouch => "last_touch",
            AttributionModel::Linear => "linear",
            AttributionModel::PositionBased => "position_based",
            AttributionModel::TimeDecay => "time_decay",
            AttributionModel::DataDriven => "data_driven",
        }
    }

    /// Parses a spec key, case-insensitively; `-` may stand for `_`.
    pub fn parse(s: &str) -> Option<AttributionModel> {
        let s = s.trim().replace('-', "_");
        AttributionModel::ALL
            .iter()
            .copied()
            .find(|m| s.eq_ignore_ascii_case(m.as_str()))
    }

    /// The accepted spellings, for error messages.
    pub fn choices() -> String {
        AttributionModel::ALL
            .iter()
            .map(|m| m.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// An English name for tables.
    pub fn label(self) -> &'static str {
        match self {
            AttributionModel::FirstTouch => "First touch",
            AttributionModel::LastTouch => "Last touch",
            AttributionModel::Linear => "Linear",
            AttributionModel::PositionBased => "Position based",
            AttributionModel::TimeDecay => "Time decay",
            AttributionModel::DataDriven => "Data-driven",
        }
    }
}

/// Computes lead credits and data-driven paths, reusing its buffers and the
/// time-decay weights (which depend only on the distance in days) across the
/// hundreds of thousands of leads of one request.
pub(crate) struct Attributor {
    /// The model of the position credits: data-driven uses linear's where
    /// its removal effects do not decide (see `removal`).
    model: AttributionModel,
    half_life: Decimal,
    as_of: NaiveDate,
    decay: Vec<Option<Decimal>>,
    touches: Vec<(u32, NaiveDate)>,
    further: Vec<(u32, NaiveDate)>,
    /// Touchpoint count (and for time decay the distances): the shape key.
    key: Vec<u32>,
    shapes: FxMap<Vec<u32>, Vec<Decimal>>,
    positions: Vec<Decimal>,
    out: Vec<(u32, Decimal)>,
    path: Vec<u32>,
    /// Data-driven: the period's removal effect of each source and its place
    /// in the canonical order (by source id), by the caller's source index;
    /// empty when the lead's credit follows `model`.
    removal: Vec<(u32, Decimal)>,
    /// A lead's distinct sources as (canonical place, caller's index).
    distinct: Vec<(u32, u32)>,
    /// Data-driven credits by the canonical places of a lead's distinct
    /// sources, for the current removal effects.
    splits: FxMap<Vec<u32>, Vec<Decimal>>,
}

/// Distances up to this many days keep their time-decay weight in a table.
const DECAY_TABLE: i64 = 100_000;
/// At most this many lead shapes keep their position credits.
const MAX_SHAPES: usize = 100_000;

impl Attributor {
    pub(crate) fn new(
        model: AttributionModel,
        settings: &Settings,
        as_of: NaiveDate,
    ) -> Attributor {
        Attributor {
            model: if model == AttributionModel::DataDriven {
                AttributionModel::Linear
            } else {
                model
            },
            half_life: settings.half_life_days,
            as_of,
            decay: Vec::new(),
            touches: Vec::new(),
            further: Vec::new(),
            key: Vec::new(),
            shapes: FxMap::default(),
            positions: Vec::new(),
            out: Vec::new(),
            path: Vec::new(),
            removal: Vec::new(),
            distinct: Vec::new(),
            splits: FxMap::default(),
        }
    }

    /// Makes data-driven credits follow one period's removal effects:
    /// `effects[i]` is the removal effect of the caller's source `i`, and
    /// `rank[i]` its place in the canonical order. `None` (the model is
    /// undefined for the period) credits every lead as under linear.
    pub(crate) fn split_by_removal(&mut self, effects: Option<Vec<Decimal>>, rank: &[u32]) {
        self.removal.clear();
        self.splits.clear();
        if let Some(effects) = effects {
            self.removal.extend(rank.iter().copied().zip(effects));
        }
    }

    /// Fills `touches` with the lead's touchpoints in attribution order.
    fn collect<F: FnMut(Id) -> u32>(&mut self, inq: &Inquiry, mut resolve: F) {
        self.touches.clear();
        self.touches
            .push((resolve(inq.source_id), inq.received_at.date()));
        if inq.touchpoints.is_empty() {
            return;
        }
        self.further.clear();
        for t in &inq.touchpoints {
            if t.date <= self.as_of {
                self.further.push((resolve(t.source_id), t.date));
            }
        }
        // A stable sort keeps the entry order for touchpoints of one date.
        self.further.sort_by_key(|t| t.1);
        self.touches.extend_from_slice(&self.further);
    }

    /// 2^(−days/h); exactly 1 for the latest touchpoint. A half-life that is
    /// not positive is read as its limit towards 0: all weight on the latest.
    fn weight(&mut self, days: i64) -> Decimal {
        if days <= 0 {
            return Decimal::ONE;
        }
        if self.half_life <= Decimal::ZERO {
            return Decimal::ZERO;
        }
        if days < DECAY_TABLE {
            let i = days as usize;
            if self.decay.len() <= i {
                self.decay.resize(i + 1, None);
            }
            if let Some(w) = self.decay[i] {
                return w;
            }
            let w = decay_weight(days, self.half_life);
            self.decay[i] = Some(w);
            return w;
        }
        decay_weight(days, self.half_life)
    }

    /// Adds `credit` to `source`; whether the source already had some.
    fn give(&mut self, source: u32, credit: Decimal) -> bool {
        match self.out.iter_mut().find(|(s, _)| *s == source) {
            Some(entry) => {
                entry.1 += credit;
                true
            }
            None => {
                self.out.push((source, credit));
                false
            }
        }
    }

    /// The lead's credit per source (each source once, credits summing to
    /// exactly 1). `resolve` maps a source id to the caller's index.
    pub(crate) fn credit<F: FnMut(Id) -> u32>(
        &mut self,
        inq: &Inquiry,
        mut resolve: F,
    ) -> &[(u32, Decimal)] {
        self.out.clear();
        // First and last touch need no ordering: the first touch is always
        // first, and the last touchpoint is the latest further touchpoint
        // (ties: the one entered last), else the first touch.
        match self.model {
            AttributionModel::FirstTouch => {
                self.out.push((resolve(inq.source_id), Decimal::ONE));
                return &self.out;
            }
            AttributionModel::LastTouch => {
                let mut last = inq.source_id;
                let mut latest: Option<NaiveDate> = None;
                for t in inq.touchpoints.iter().filter(|t| t.date <= self.as_of) {
                    if latest.map_or(true, |l| t.date >= l) {
                        latest = Some(t.date);
                        last = t.source_id;
                    }
                }
                self.out.push((resolve(last), Decimal::ONE));
                return &self.out;
            }
            _ => {}
        }
        self.collect(inq, resolve);
        let n = self.touches.len();
        if n == 1 {
            self.out.push((self.touches[0].0, Decimal::ONE));
            return &self.out;
        }
        if !self.removal.is_empty() && self.removal_credits() {
            return &self.out;
        }
        self.position_credits();
        let mut merged = false;
        for i in 0..n {
            merged |= self.give(self.touches[i].0, self.positions[i]);
        }
        // The position credits sum to exactly 1; adding two of them for one
        // source can round in the last digit, so settle again.
        if merged {
            settle(&mut self.out);
        }
        &self.out
    }

    /// Data-driven: fills `out` with the lead's credit per distinct source,
    /// RE(s) / Σ RE over them, in canonical order and settled there (the
    /// residual to the largest credit, of equal ones to the lowest source
    /// id); false, leaving `out` empty, when all of them have RE 0 and the
    /// lead is credited as under linear. The credits depend only on the set
    /// of sources, so each set costs its divisions once per period.
    fn removal_credits(&mut self) -> bool {
        self.distinct.clear();
        for &(s, _) in &self.touches {
            self.distinct.push((self.removal[s as usize].0, s));
        }
        self.distinct.sort_unstable();
        self.distinct.dedup();
        if let [(_, only)] = self.distinct[..] {
            self.out.push((only, Decimal::ONE));
            return true;
        }
        self.key.clear();
        self.key.extend(self.distinct.iter().map(|d| d.0));
        if let Some(cached) = self.splits.get(self.key.as_slice()) {
            if cached.is_empty() {
                return false;
            }
            let pairs = self.distinct.iter().zip(cached);
            self.out.extend(pairs.map(|(&(_, s), &c)| (s, c)));
            return true;
        }
        let effect = |&(_, s): &(u32, u32)| self.removal[s as usize].1;
        let total: Decimal = self.distinct.iter().map(effect).sum();
        if total > Decimal::ZERO {
            for d in &self.distinct {
                self.out.push((d.1, effect(d) / total));
            }
            settle(&mut self.out);
        }
        if self.splits.len() < MAX_SHAPES {
            let credits = self.out.iter().map(|c| c.1).collect();
            self.splits.insert(self.key.clone(), credits);
        }
        !self.out.is_empty()
    }

    /// Fills `positions` with the credit of each touchpoint position, summing
    /// to exactly 1. They depend only on the number of touchpoints (and for
    /// time decay on their distances to the latest), so they are remembered:
    /// most leads repeat a handful of shapes, and each shape costs decimal
    /// divisions only once.
    fn position_credits(&mut self) {
        let n = self.touches.len();
        self.key.clear();
        self.key.push(n as u32);
        if self.model == AttributionModel::TimeDecay {
            let latest = self.touches.iter().map(|t| t.1).max().unwrap_or(self.as_of);
            for i in 0..n {
                let days = (latest - self.touches[i].1).num_days();
                self.key.push(u32::try_from(days).unwrap_or(u32::MAX));
            }
        }
        if let Some(cached) = self.shapes.get(self.key.as_slice()) {
            self.positions.clear();
            self.positions.extend_from_slice(cached);
            return;
        }
        let mut credits = Vec::with_capacity(n);
        match self.model {
            AttributionModel::PositionBased if n == 2 => credits.extend([Decimal::new(5, 1); 2]),
            AttributionModel::PositionBased => {
                let middle = Decimal::new(2, 1) / Decimal::from(n as u64 - 2);
                credits.push(Decimal::new(4, 1));
                credits.extend(std::iter::repeat(middle).take(n - 2));
                credits.push(Decimal::new(4, 1));
            }
            AttributionModel::TimeDecay => {
                let mut total = Decimal::ZERO;
                for i in 1..=n {
                    let w = self.weight(i64::from(self.key[i]));
                    total += w;
                    credits.push(w);
                }
                for c in credits.iter_mut() {
                    *c /= total;
                }
            }
            // Linear, and data-driven's own lead credit.
            _ => credits.extend(std::iter::repeat(Decimal::ONE / Decimal::from(n as u64)).take(n)),
        }
        let mut indexed: Vec<(u32, Decimal)> = credits.iter().map(|&c| (0, c)).collect();
        settle(&mut indexed);
        self.positions.clear();
        self.positions.extend(indexed.iter().map(|c| c.1));
        if self.shapes.len() < MAX_SHAPES {
            self.shapes.insert(self.key.clone(), self.positions.clone());
        }
    }

    /// The lead's sources in order with consecutive repeats merged: the
    /// middle of its data-driven path.
    pub(crate) fn path<F: FnMut(Id) -> u32>(&mut self, inq: &Inquiry, resolve: F) -> &[u32] {
        self.collect(inq, resolve);
        self.path.clear();
        for &(s, _) in &self.touches {
            if self.path.last() != Some(&s) {
                self.path.push(s);
            }
        }
        &self.path
    }
}

/// 2^(−days/h) in decimal arithmetic; underflow (a weight below 10⁻²⁸) is 0.
fn decay_weight(days: i64, half_life: Decimal) -> Decimal {
    let exponent = -(Decimal::from(days) / half_life);
    Decimal::TWO
        .checked_powd(exponent)
        .unwrap_or(Decimal::ZERO)
        .max(Decimal::ZERO)
}

/// Adds the rounding residual to the largest credit so the credits sum to 1;
/// of equal credits, to the first in `out`: in the lead's order, or for
/// data-driven credits in canonical order (the lowest source id).
fn settle(out: &mut [(u32, Decimal)]) {
    let sum: Decimal = out.iter().map(|c| c.1).sum();
    if sum != Decimal::ONE && !out.is_empty() {
        let mut best = 0;
        for i in 1..out.len() {
            if out[i].1 > out[best].1 {
                best = i;
            }
        }
        out[best].1 += Decimal::ONE - sum;
    }
}

/// The credit one inquiry gives each source under `model`, as (source id,
/// credit) pairs summing to exactly 1; empty when the inquiry is not a lead.
/// Touchpoints dated after `as_of` are left out. A data-driven credit splits
/// by the removal effects of a period's leads, which one inquiry does not
/// know, so under `data_driven` this is its fallback, the linear credit;
/// [`compute`](super::compute) splits every lead of a period by that
/// period's removal effects.
pub fn credits(
    ds: &Dataset,
    inquiry: &Inquiry,
    model: AttributionModel,
    as_of: NaiveDate,
) -> Vec<(Id, Decimal)> {
    if !inquiry.is_lead {
        return Vec::new();
    }
    let mut ids: Vec<Id> = Vec::new();
    let mut attributor = Attributor::new(model, &ds.settings, as_of);
    let credit = attributor.credit(inquiry, |id| match ids.iter().position(|&x| x == id) {
        Some(i) => i as u32,
        None => {
            ids.push(id);
            ids.len() as u32 - 1
        }
    });
    credit.iter().map(|&(i, c)| (ids[i as usize], c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{InquiryKind, Touchpoint};
    use rust_decimal_macros::dec;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, day).unwrap()
    }

    fn lead(first: Id, received: NaiveDate, further: &[(Id, NaiveDate)]) -> Inquiry {
        Inquiry {
            id: "I".into(),
            received_at: received.and_hms_opt(9, 0, 0).unwrap(),
            kind: InquiryKind::Rfq,
            company: None,
            contact: None,
            phone: None,
            email: None,
            source_id: first,
            touchpoints: further
                .iter()
                .map(|&(source_id, date)| Touchpoint { source_id, date })
                .collect(),
            is_lead: true,
            status: None,
            estimated_value: None,
            logged_by: None,
            notes: None,
        }
    }

    fn run(model: AttributionModel, inq: &Inquiry) -> Vec<(Id, Decimal)> {
        credits(&Dataset::default(), inq, model, d(12, 31))
    }

    #[test]
    fn one_touchpoint_gets_everything_under_every_model() {
        let inq = lead(7, d(3, 1), &[]);
        for &m in AttributionModel::ALL {
            assert_eq!(run(m, &inq), vec![(7, Decimal::ONE)], "{m:?}");
        }
    }

    #[test]
    fn simple_models_on_a_three_step_path() {
        // A on 1 Mar, then C on 10 Mar and B on 5 Mar (entered out of order).
        let inq = lead(1, d(3, 1), &[(3, d(3, 10)), (2, d(3, 5))]);
        assert_eq!(
            run(AttributionModel::FirstTouch, &inq),
            vec![(1, Decimal::ONE)]
        );
        assert_eq!(
            run(AttributionModel::LastTouch, &inq),
            vec![(3, Decimal::ONE)]
        );
        assert_eq!(
            run(AttributionModel::PositionBased, &inq),
            vec![(1, dec!(0.4)), (2, dec!(0.2)), (3, dec!(0.4))]
        );
        let linear = run(AttributionModel::Linear, &inq);
        assert_eq!(linear.iter().map(|c| c.1).sum::<Decimal>(), Decimal::ONE);
        assert_eq!(linear[1].1.round_dp(20), dec!(0.33333333333333333333));
    }

    #[test]
    fn repeated_sources_sum_and_ties_keep_entry_order() {
        let inq = lead(1, d(3, 1), &[(2, d(3, 5)), (1, d(3, 5))]);
        // Order A, B, A: position based gives A 0.4 + 0.4, B 0.2.
        assert_eq!(
            run(AttributionModel::PositionBased, &inq),
            vec![(1, dec!(0.8)), (2, dec!(0.2))]
        );
        assert_eq!(
            run(AttributionModel::LastTouch, &inq),
            vec![(1, Decimal::ONE)]
        );
        let mut a = Attributor::new(AttributionModel::Linear, &Settings::default(), d(12, 31));
        assert_eq!(a.path(&inq, |id| id as u32), &[1, 2, 1]);
        let same = lead(1, d(3, 1), &[(1, d(3, 2)), (2, d(3, 4))]);
        assert_eq!(a.path(&same, |id| id as u32), &[1, 2]);
    }

    #[test]
    fn time_decay_halves_per_half_life() {
        // Touchpoints 7 days apart with a 7-day half-life: weights ½ and 1.
        let inq = lead(1, d(3, 1), &[(2, d(3, 8))]);
        let c = run(AttributionModel::TimeDecay, &inq);
        assert_eq!(c[0].1.round_dp(20), dec!(0.33333333333333333333));
        assert_eq!(c[0].1 + c[1].1, Decimal::ONE);
        // The worked example: 5 days apart, A gets 0.3787.
        let ex = lead(1, d(1, 15), &[(2, d(1, 20))]);
        assert_eq!(
            run(AttributionModel::TimeDecay, &ex)[0].1.round_dp(4),
            dec!(0.3787)
        );
        // Far-apart touchpoints underflow to 0 without failing.
        assert_eq!(decay_weight(100_000, dec!(7)), Decimal::ZERO);
    }

    /// The credit of `inq` under data-driven with removal effects `re` of
    /// sources 0, 1, 2, … (ids and indexes alike), ranked as `rank`.
    fn split(re: &[Decimal], rank: &[u32], inq: &Inquiry) -> Vec<(u32, Decimal)> {
        let mut a = Attributor::new(
            AttributionModel::DataDriven,
            &Settings::default(),
            d(12, 31),
        );
        a.split_by_removal(Some(re.to_vec()), rank);
        let first = a.credit(inq, |id| id as u32).to_vec();
        // The second lead of the same set of sources is read from the cache.
        assert_eq!(a.credit(inq, |id| id as u32), first.as_slice());
        first
    }

    #[test]
    fn data_driven_splits_a_lead_by_removal_effects() {
        let third = Decimal::ONE / Decimal::from(3);
        // The worked example: RE(A) = ½, RE(B) = 1; I1 touches A, then B.
        let i1 = lead(0, d(1, 15), &[(1, d(1, 20))]);
        let c = split(&[dec!(0.5), dec!(1), dec!(0)], &[0, 1, 2], &i1);
        assert_eq!(c.iter().map(|x| x.1).sum::<Decimal>(), Decimal::ONE);
        assert_eq!(c[0], (0, third));
        assert_eq!(c[1].0, 1);
        // A source touched twice is one source of the split.
        let twice = lead(0, d(1, 15), &[(1, d(1, 20)), (0, d(1, 21))]);
        assert_eq!(split(&[dec!(0.5), dec!(1), dec!(0)], &[0, 1, 2], &twice), c);
        // All RE 0: as under linear, in the lead's order (the first touch
        // gets the residual of ⅓ + ⅓ + ⅓).
        let cold = lead(2, d(1, 15), &[(0, d(1, 16)), (1, d(1, 17))]);
        let zero = [Decimal::ZERO; 3];
        let linear = credits(
            &Dataset::default(),
            &cold,
            AttributionModel::Linear,
            d(12, 31),
        );
        let linear: Vec<(u32, Decimal)> = linear.iter().map(|&(s, c)| (s as u32, c)).collect();
        assert_eq!(split(&zero, &[0, 1, 2], &cold), linear);
        assert!(linear[0].1 > linear[1].1);
        // Equal effects: the residual goes to the lowest source id, whatever
        // the lead's order (source 2 ranks first here).
        let equal = [dec!(0.5); 3];
        let c = split(&equal, &[1, 2, 0], &cold);
        assert_eq!(c.iter().map(|x| x.1).sum::<Decimal>(), Decimal::ONE);
        let top = c.iter().max_by_key(|x| x.1).unwrap();
        assert_eq!(top.0, 2);
        assert_eq!(c.iter().filter(|x| x.1 == third).count(), 2);
        // One source: all of it, even with RE 0.
        let one = lead(1, d(1, 15), &[(1, d(1, 16))]);
        assert_eq!(split(&zero, &[0, 1, 2], &one), vec![(1, Decimal::ONE)]);
        // Undefined for the period: linear.
        let mut a = Attributor::new(
            AttributionModel::DataDriven,
            &Settings::default(),
            d(12, 31),
        );
        a.split_by_removal(None, &[0, 1, 2]);
        assert_eq!(a.credit(&cold, |id| id as u32), linear.as_slice());
    }

    #[test]
    fn touchpoints_after_as_of_and_non_leads_are_ignored() {
        let inq = lead(1, d(3, 1), &[(2, d(3, 8))]);
        let early = credits(
            &Dataset::default(),
            &inq,
            AttributionModel::LastTouch,
            d(3, 7),
        );
        assert_eq!(early, vec![(1, Decimal::ONE)]);
        let mut spam = inq.clone();
        spam.is_lead = false;
        assert!(run(AttributionModel::Linear, &spam).is_empty());
    }

    #[test]
    fn model_keys_round_trip() {
        for &m in AttributionModel::ALL {
            assert_eq!(AttributionModel::parse(m.as_str()), Some(m));
        }
        assert_eq!(
            AttributionModel::parse(" Time-Decay "),
            Some(AttributionModel::TimeDecay)
        );
        assert_eq!(AttributionModel::parse("u_shaped"), None);
    }
}
