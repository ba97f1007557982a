//! Spend: a general entry as the Spend screen lists it. The grid's cells
//! are sums of entries, not records, and are built by the screen's module.

use crate::api::dto::GeneralSpendDto;
use crate::records::{Spend, SpendDirection};

/// A general spend entry (one booked to no source). `None` for spend booked
/// to a source, which the grid shows in its source's row instead.
pub fn general_spend_dto(s: &Spend) -> Option<GeneralSpendDto> {
    let Spend {
        id,
        date,
        amount,
        category,
        source_id,
        // Campaigns belong to spend on a source; general spend has none.
        campaign: _,
        direction,
        note,
    } = s;
    if source_id.is_some() {
        return None;
    }
    Some(GeneralSpendDto {
        id: *id,
        date: *date,
        amount: *amount,
        category: *category,
        // General spend without a direction is shared (`Spend::general_direction`).
        direction: direction.unwrap_or(SpendDirection::Shared),
        note: note.clone(),
    })
}
