//! Puts the demo company together: settings, the default channels, the
//! sources with their tracking numbers and UTM tags, then spend, inquiries
//! and deals, traffic and targets, each from its own random stream.
//!
//! The channels and the descriptive source names are in the demo's
//! language, named as a company created in it names them; nothing random
//! depends on a name, so every language gets the same records.

use super::catalog::COMPANY_NAME;
use super::plan::Plan;
use super::rng::Rng;
use super::{funnel, inquiries, measures, spend, timeline, DemoOptions};
use crate::i18n::names::{record_name, stored_channel_name};
use crate::i18n::Translator;
use crate::records::{Channel, Dataset, Id, Settings, Source, DEFAULT_CHANNELS};
use rust_decimal::Decimal;

pub fn run(opts: &DemoOptions) -> Dataset {
    let seed = opts.seed;
    let plan = Plan::new(opts, &mut Rng::stream(seed, "plan"));
    let tr = Translator::new(&opts.language).or_else(|_| Translator::new("en"));
    let channels = DEFAULT_CHANNELS
        .iter()
        .enumerate()
        .map(|(i, c)| Channel {
            id: i as Id + 1,
            name: tr
                .as_ref()
                .map_or_else(|_| c.name.to_string(), |tr| stored_channel_name(tr, c)),
            direction: c.direction,
        })
        .collect();
    let sources = plan
        .sources
        .iter()
        .map(|s| {
            let utm = s.spec.and_then(|spec| spec.utm);
            let key = s.spec.and_then(|spec| spec.key);
            let name = match (key, &tr) {
                (Some(key), Ok(tr)) if tr.lang() != "en" => record_name(tr, key),
                _ => s.name.clone(),
            };
            Source {
                id: s.id,
                channel_id: s.channel_id,
                name,
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
    let (mut inquiries, deals) = timeline::fill(&plan, drafts, seed);
    funnel::qualify(&plan, &mut inquiries, &deals, seed);
    let traffic = measures::traffic(&plan, seed);
    let activity = funnel::activity(&plan, &traffic, seed);
    let targets = measures::targets(&plan, &inquiries, &deals, seed);
    Dataset {
        settings: Settings {
            company_name: COMPANY_NAME.to_string(),
            currency: "EUR".to_string(),
            fiscal_year_start_month: 1,
            gross_margin: Decimal::new(35, 2),
            half_life_days: Decimal::from(7),
            language: tr.as_ref().map_or("en", |tr| tr.lang()).to_string(),
            ..Settings::default()
        },
        channels,
        sources,
        spend,
        inquiries,
        deals,
        targets,
        traffic,
        activity,
        calls: Vec::new(),
    }
}
