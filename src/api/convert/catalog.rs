//! Channels and sources: the catalog the Log and Sources screens read, and
//! the Sources screen's form as the store writes it.

use crate::api::dto::{Catalog, ChannelDto, SourceDto, SourceInput};
use crate::error::Result;
use crate::records::{Channel, Dataset, Direction, Id, Source};
use crate::store::NewSource;
use std::collections::HashMap;

fn channel_dto(c: &Channel, sources: u32) -> ChannelDto {
    let Channel {
        id,
        name,
        direction,
    } = c;
    ChannelDto {
        id: *id,
        name: name.clone(),
        direction: *direction,
        sources,
    }
}

fn source_dto(ds: &Dataset, s: &Source, uses: u32) -> SourceDto {
    let Source {
        id,
        channel_id,
        name,
        tracking_numbers,
        utm_source,
        utm_medium,
        utm_campaign,
    } = s;
    let channel = ds.channel(*channel_id);
    SourceDto {
        id: *id,
        name: name.clone(),
        channel_id: *channel_id,
        channel: channel.map(|c| c.name.clone()).unwrap_or_default(),
        // Every source has its channel (the store's foreign key); inbound is
        // only what a source whose channel went missing would show.
        direction: channel.map_or(Direction::Inbound, |c| c.direction),
        tracking_numbers: tracking_numbers.clone(),
        utm_source: utm_source.clone(),
        utm_medium: utm_medium.clone(),
        utm_campaign: utm_campaign.clone(),
        uses,
    }
}

/// Channels and sources, each with how often it is used: a channel by its
/// sources, a source as an inquiry's first touch.
pub fn catalog(ds: &Dataset) -> Catalog {
    let mut uses: HashMap<Id, u32> = HashMap::new();
    for i in &ds.inquiries {
        *uses.entry(i.source_id).or_default() += 1;
    }
    let mut per_channel: HashMap<Id, u32> = HashMap::new();
    for s in &ds.sources {
        *per_channel.entry(s.channel_id).or_default() += 1;
    }
    Catalog {
        channels: ds
            .channels
            .iter()
            .map(|c| channel_dto(c, per_channel.get(&c.id).copied().unwrap_or(0)))
            .collect(),
        sources: ds
            .sources
            .iter()
            .map(|s| source_dto(ds, s, uses.get(&s.id).copied().unwrap_or(0)))
            .collect(),
    }
}

/// The Sources screen's form as the store writes it; blank tracking
/// numbers (an emptied field) are dropped.
pub fn new_source(s: SourceInput) -> Result<NewSource> {
    let SourceInput {
        // Decides between adding and changing; not part of the record.
        id: _,
        name,
        channel,
        direction,
        tracking_numbers,
        utm_source,
        utm_medium,
        utm_campaign,
    } = s;
    Ok(NewSource {
        channel,
        name,
        direction: direction.map(|d| d.get()).transpose()?,
        tracking_numbers: tracking_numbers
            .into_iter()
            .filter(|n| !n.trim().is_empty())
            .collect(),
        utm_source,
        utm_medium,
        utm_campaign,
    })
}
