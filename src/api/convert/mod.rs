//! The records ↔ DTO conversions, one file per area, and nowhere else. Each
//! takes its source struct apart whole, without `..`: a field added to a
//! record or a DTO fails to compile here until it is either carried across
//! or left out by name, with the reason beside it. Conversions that are
//! total are `From` impls; those that need the records around them (a
//! source's name, an inquiry's deals) or can refuse (a page's choice) are
//! functions.

mod catalog;
mod files;
mod inquiries;
mod settings;
mod spend;

pub(super) use catalog::{catalog, new_source};
pub(super) use files::{import_outcome, refused_import};
pub(super) use inquiries::{deals_by_inquiry, inquiry_dto, new_deal, new_inquiry, source_label};
pub(super) use settings::{language_of, new_company, settings_of};
pub(super) use spend::general_spend_dto;
