//! The sources screen: channels and sources with their tracking numbers and
//! UTM values, and merging a duplicate source into another.

use super::convert::new_source;
use super::dto::*;
use super::Session;
use crate::error::{Error, ErrorCode, Result};

impl Session {
    /// Adds a source (with its channel when new) or changes the one with `id`.
    pub fn save_source(&self, s: SourceInput) -> Result<SourceDto> {
        self.seat_role().require(crate::role::Act::Sources)?;
        let (id, name) = (s.id, s.name.clone());
        let new = new_source(s)?;
        let id = match id {
            Some(id) => {
                self.write(|store| store.update_source(id, &new))?;
                id
            }
            None => {
                let exists = self
                    .catalog()?
                    .sources
                    .iter()
                    .any(|x| x.name.eq_ignore_ascii_case(name.trim()));
                if exists {
                    return Err(Error::field(
                        ErrorCode::Duplicate,
                        "name",
                        format!("there is already a source named '{}'", name.trim()),
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
        self.seat_role().require(crate::role::Act::Sources)?;
        self.write(|store| store.merge_sources(from, into))?;
        self.catalog()
    }

    pub fn save_channel(&self, c: ChannelInput) -> Result<Catalog> {
        self.seat_role().require(crate::role::Act::Sources)?;
        let dir = c.direction.get()?;
        self.write(|store| store.save_channel(c.id, &c.name, dir))?;
        self.catalog()
    }

    pub fn delete_channel(&self, id: i64) -> Result<Catalog> {
        self.seat_role().require(crate::role::Act::Sources)?;
        self.write(|store| store.delete_channel(id))?;
        self.catalog()
    }
}
