//! Deleting from the app with a way back. Each delete command removes the
//! record, keeps what was removed in the session (never in the page: a
//! snapshot sent back by the page could say anything) and answers with a
//! token; `undo_delete(token)` puts exactly that back. The session keeps the
//! last few deletions only, and forgets them all when another file is opened,
//! because a token must never restore rows into a different database.

use super::dto_safety::DeletedDto;
use super::Session;
use crate::error::{Error, ErrorCode, Result};
use crate::records::Dataset;
use crate::store::{Removed, RemovedKind, Store};
use std::collections::VecDeque;

/// How many deletions stay undoable. The page offers undo for ten seconds;
/// keeping a few more costs little and covers several quick deletions.
const KEEP: usize = 20;

/// The deletions that can still be undone, oldest first.
pub(super) struct UndoQueue {
    next: u64,
    /// Makes tokens of different runs differ, so a token from a page that
    /// outlived a restart never matches a new deletion by chance.
    salt: u64,
    entries: VecDeque<(DeletedDto, Removed)>,
}

impl Default for UndoQueue {
    fn default() -> Self {
        let salt = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0)
            ^ u64::from(std::process::id());
        UndoQueue {
            next: 1,
            salt,
            entries: VecDeque::new(),
        }
    }
}

impl UndoQueue {
    fn add(&mut self, mut dto: DeletedDto, removed: Removed) -> DeletedDto {
        dto.token = format!("{:x}-{}", self.salt, self.next);
        self.next += 1;
        self.entries.push_back((dto.clone(), removed));
        while self.entries.len() > KEEP {
            self.entries.pop_front();
        }
        dto
    }

    fn take(&mut self, token: &str) -> Option<(DeletedDto, Removed)> {
        let i = self.entries.iter().position(|(d, _)| d.token == token)?;
        self.entries.remove(i)
    }

    pub(super) fn clear(&mut self) {
        self.entries.clear();
    }
}

/// What the "Deleted … Undo" line says about a record, from the records as
/// they were just before the deletion.
struct Described {
    label: String,
    date: Option<chrono::NaiveDate>,
    amount: Option<String>,
}

fn describe(ds: &Dataset, kind: RemovedKind, id: &str) -> Described {
    let none = || Described {
        label: String::new(),
        date: None,
        amount: None,
    };
    match kind {
        RemovedKind::Inquiry => ds
            .inquiries
            .iter()
            .find(|i| i.id == id)
            .map_or_else(none, |i| Described {
                label: i.company.clone().or(i.contact.clone()).unwrap_or_default(),
                date: Some(i.received_at.date()),
                amount: None,
            }),
        RemovedKind::Deal => {
            ds.deals
                .iter()
                .find(|d| d.id == id)
                .map_or_else(none, |d| Described {
                    label: d.company.clone(),
                    date: d.closed_at.or(d.quoted_at),
                    amount: Some(d.amount.to_string()),
                })
        }
        RemovedKind::Spend => ds
            .spend
            .iter()
            .find(|s| s.id.to_string() == id)
            .map_or_else(none, |s| Described {
                label: s
                    .note
                    .clone()
                    .or_else(|| {
                        s.source_id
                            .and_then(|i| ds.source(i))
                            .map(|x| x.name.clone())
                    })
                    .unwrap_or_else(|| s.category.as_str().to_string()),
                date: Some(s.date),
                amount: Some(s.amount.to_string()),
            }),
        RemovedKind::Source => ds
            .sources
            .iter()
            .find(|s| s.id.to_string() == id)
            .map_or_else(none, |s| Described {
                label: s.name.clone(),
                date: None,
                amount: None,
            }),
    }
}

/// The answer that names what `removed` held, before it has a token.
fn dto_for(removed: &Removed, d: Described) -> DeletedDto {
    DeletedDto {
        token: String::new(),
        kind: removed.kind,
        id: removed.key.clone(),
        label: d.label,
        date: d.date,
        amount: d.amount,
    }
}

/// An inquiry as it was before an edit, not yet given a token.
pub(super) struct Previous {
    dto: DeletedDto,
    removed: Removed,
}

impl Session {
    /// The inquiry `id` as stored before an edit, if there is one.
    pub(super) fn before_edit(&self, id: &str) -> Result<Option<Previous>> {
        self.read(|store, ds| {
            let d = describe(ds, RemovedKind::Inquiry, id);
            Ok(store.snapshot_inquiry(id)?.map(|removed| Previous {
                dto: dto_for(&removed, d),
                removed,
            }))
        })
    }

    /// Keeps `p` under a new token: `undo_delete` with it puts that version
    /// back, undoing the edit.
    pub(super) fn keep_previous(&self, p: Previous) -> String {
        self.lock().undo.add(p.dto, p.removed).token
    }

    /// Removes with `remove` and keeps what it removed under a new token.
    fn remove_keeping(
        &self,
        kind: RemovedKind,
        id: &str,
        remove: impl FnOnce(&mut Store) -> Result<Removed>,
    ) -> Result<DeletedDto> {
        // Described before the deletion, while the records are still there;
        // a missing record yields an empty label and the store says not found.
        let d = self.read(|_, ds| Ok(describe(ds, kind, id)))?;
        let removed = self.write(remove)?;
        let dto = dto_for(&removed, d);
        Ok(self.lock().undo.add(dto, removed))
    }

    /// Removes an inquiry with its touchpoints; its deals lose the link
    /// until an undo puts it back.
    pub fn delete_inquiry(&self, id: String) -> Result<DeletedDto> {
        let id = id.trim().to_string();
        self.remove_keeping(RemovedKind::Inquiry, &id, |s| s.remove_inquiry(&id))
    }

    pub fn delete_deal(&self, id: String) -> Result<DeletedDto> {
        self.require(crate::role::Act::Deals)?;
        let id = id.trim().to_string();
        self.remove_keeping(RemovedKind::Deal, &id, |s| s.remove_deal(&id))
    }

    pub fn delete_spend(&self, id: i64) -> Result<DeletedDto> {
        self.require(crate::role::Act::Money)?;
        self.remove_keeping(RemovedKind::Spend, &id.to_string(), |s| s.remove_spend(id))
    }

    pub fn delete_source(&self, id: i64) -> Result<DeletedDto> {
        self.seat_role().require(crate::role::Act::Sources)?;
        self.remove_keeping(RemovedKind::Source, &id.to_string(), |s| {
            s.remove_source(id)
        })
    }

    /// Puts back what the deletion with `token` removed. The token is spent
    /// once the records are back; if they cannot go back (an id was taken
    /// since), it stays, and the error says why.
    pub fn undo_delete(&self, token: String) -> Result<DeletedDto> {
        let mut st = self.lock();
        if st.read_only {
            return Err(super::integrity::read_only_error());
        }
        let (dto, removed) = st.undo.take(token.trim()).ok_or_else(|| {
            Error::field(
                ErrorCode::NotFound,
                "token",
                "this deletion can no longer be undone",
            )
        })?;
        st.cache = None;
        let result = match st.store.as_mut() {
            Some(store) => store.put_back(&removed),
            None => Err(super::no_company()),
        };
        match result {
            Ok(()) => Ok(dto),
            Err(e) => {
                st.undo.entries.push_back((dto, removed));
                Err(e)
            }
        }
    }
}
