//! The sources screen: channels and sources with their tracking numbers and
//! UTM values, and merging a duplicate source into another.

use super::dto::*;
use super::Session;
use crate::error::{Error, ErrorCode, Result};
use crate::model::Direction;
use crate::store::NewSource;

fn direction(text: &str) -> Result<Direction> {
    Direction::parse(text).ok_or_else(|| {
        Error::invalid(
            "direction",
            format!("unknown direction '{text}'; use {}", Direction::choices()),
        )
    })
}

impl Session {
    /// Adds a source (with its channel when new) or changes the one with `id`.
    pub fn save_source(&self, s: SourceInput) -> Result<SourceDto> {
        let new = NewSource {
            channel: s.channel,
            name: s.name.clone(),
            direction: s.direction.as_deref().map(direction).transpose()?,
            tracking_numbers: s
                .tracking_numbers
                .into_iter()
                .filter(|n| !n.trim().is_empty())
                .collect(),
            utm_source: s.utm_source,
            utm_medium: s.utm_medium,
            utm_campaign: s.utm_campaign,
        };
        let id = match s.id {
            Some(id) => {
                self.write(|store| store.update_source(id, &new))?;
                id
            }
            None => {
                let exists = self
                    .catalog()?
                    .sources
                    .iter()
                    .any(|x| x.name.eq_ignore_ascii_case(s.name.trim()));
                if exists {
                    return Err(Error::field(
                        ErrorCode::Duplicate,
                        "name",
                        format!("there is already a source named '{}'", s.name.trim()),
                    ));
                }
                self.write(|store| store.save_source(&new))?
            }
        };
        self.catalog()?
            .sources
            .into_iter()
            .find(|x| x.id == id)
            .ok_or_else(|| Error::new(ErrorCode::Io, "the source was not found after saving"))
    }

    /// Moves everything of source `from` to source `into` and removes `from`.
    pub fn merge_sources(&self, from: i64, into: i64) -> Result<Catalog> {
        self.write(|store| store.merge_sources(from, into))?;
        self.catalog()
    }

    pub fn save_channel(&self, c: ChannelInput) -> Result<Catalog> {
        let dir = direction(&c.direction)?;
        self.write(|store| store.save_channel(c.id, &c.name, dir))?;
        self.catalog()
    }

    pub fn delete_channel(&self, id: i64) -> Result<Catalog> {
        self.write(|store| store.delete_channel(id))?;
        self.catalog()
    }
}
