//! The attribution models' tests: each model's credit on small leads, the
//! residual rule and the removal-effect split (kept apart so that
//! `attribution.rs` stays readable).

use super::*;
use crate::records::{InquiryKind, Touchpoint};
use rust_decimal_macros::dec;

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, m, day).unwrap()
}

fn lead(first: Id, received: NaiveDate, further: &[(Id, NaiveDate)]) -> Inquiry {
    Inquiry {
        qualified_at: None,
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
        version: 1,
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
