//! Puts the demo company together: settings, the default channels, the
//! sources with their tracking numbers and UTM tags, then spend, inquiries
//! and deals, traffic and targets, each from its own random stream.

use super::catalog::COMPANY_NAME;
use super::plan::Plan;
use super::rng::Rng;
use super::{inquiries, ledger, measures, spend, DemoOptions};
use crate::model::{Channel, Dataset, Id, Settings, Source, DEFAULT_CHANNELS};
use rust_decimal::Decimal;

pub fn run(opts: &DemoOptions) -> Dataset {
    let seed = opts.seed;
    let plan = Plan::new(opts, &mut Rng::stream(seed, "plan"));
    let channels = DEFAULT_CHANNELS
        .iter()
        .enumerate()
        .map(|(i, (name, direction))| Channel {
            id: i as Id + 1,
            name: name.to_string(),
            direction: *direction,
        })
        .collect();
    let sources = plan
        .sources
        .iter()
        .map(|s| {
            let utm = s.spec.and_then(|spec| spec.utm);
            Source {
                id: s.id,
                channel_id: s.channel_id,
                name: s.name.clone(),
                tracking_numbers: s
                    .spec
                    .map(|spec| spec.tracking.iter().map(|t| t.to_string()).collect())
                    .unwrap_or_default(),
                utm_source: utm.map(|u| u[0].to_string()),
                utm_medium: utm.map(|u| u[1].to_string()),
                utm_campaign: utm.map(|u| u[2].to_string()),
            }
        })
        .collect();
    let spend = spend::spend(&plan, seed);
    let drafts = inquiries::drafts(&plan, seed);
    let (inquiries, deals) = ledger::fill(&plan, drafts, seed);
    let traffic = measures::traffic(&plan, seed);
    let targets = measures::targets(&plan, &inquiries, &deals, seed);
    Dataset {
        settings: Settings {
            company_name: COMPANY_NAME.to_string(),
            currency: "EUR".to_string(),
            fiscal_year_start_month: 1,
            gross_margin: Decimal::new(35, 2),
            half_life_days: Decimal::from(7),
            language: "en".to_string(),
        },
        channels,
        sources,
        spend,
        inquiries,
        deals,
        targets,
        traffic,
    }
}
