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

use super::prepared::{FxMap, Prepared};
use crate::records::{Dataset, Id, Inquiry, Settings, Touchpoint};
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

/// What a lead's credit reads of its inquiry: the first touch, the day it
/// was received, the further touchpoints in entry order. The engine reads
/// them from its prepared form, where they lie packed side by side, rather
/// than from the inquiries, whose other fields would fill the cache.
#[derive(Clone, Copy)]
pub(crate) struct Touches<'a> {
    pub source_id: Id,
    pub received: NaiveDate,
    pub further: &'a [Touchpoint],
}

impl<'a> Touches<'a> {
    /// Those of inquiry `i` of the prepared data set.
    pub(crate) fn of(prepared: &'a Prepared, i: u32) -> Touches<'a> {
        let (source_id, received, further) = prepared.touches_of(i);
        Touches {
            source_id,
            received,
            further,
        }
    }
}

impl<'a> From<&'a Inquiry> for Touches<'a> {
    fn from(q: &'a Inquiry) -> Self {
        Touches {
            source_id: q.source_id,
            received: q.received_at.date(),
            further: &q.touchpoints,
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
    fn collect<F: FnMut(Id) -> u32>(&mut self, inq: Touches, mut resolve: F) {
        self.touches.clear();
        self.touches.push((resolve(inq.source_id), inq.received));
        if inq.further.is_empty() {
            return;
        }
        self.further.clear();
        for t in inq.further {
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
    pub(crate) fn credit<'t, F: FnMut(Id) -> u32>(
        &mut self,
        inq: impl Into<Touches<'t>>,
        mut resolve: F,
    ) -> &[(u32, Decimal)] {
        let inq = inq.into();
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
                for t in inq.further.iter().filter(|t| t.date <= self.as_of) {
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
    pub(crate) fn path<'t, F: FnMut(Id) -> u32>(
        &mut self,
        inq: impl Into<Touches<'t>>,
        resolve: F,
    ) -> &[u32] {
        self.collect(inq.into(), resolve);
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
#[path = "attribution_tests.rs"]
mod tests;
