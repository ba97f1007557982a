//! "Is this caller already a customer?" A reorder from an existing customer
//! is not a new lead, and counting it as one would flatter the source that
//! first brought the customer in. The Log screen asks while the phone number
//! is typed: a number that earlier inquiries with a won deal carried (the
//! same line by the tracking-number rule of `phone.rs`) names that customer.

use super::dto::KnownCustomerDto;
use super::Session;
use crate::error::Result;
use crate::phone;
use crate::records::DealStatus;

impl Session {
    /// The customer whose won deals came from inquiries with this phone
    /// number, if any; the company with the most won deals when several.
    pub fn known_customer(&self, phone_text: String) -> Result<Option<KnownCustomerDto>> {
        let Some(number) = phone::normalise(&phone_text) else {
            return Ok(None);
        };
        self.read(|_, ds| {
            let mut best: Option<KnownCustomerDto> = None;
            for i in &ds.inquiries {
                let same = i
                    .phone
                    .as_deref()
                    .and_then(phone::normalise)
                    .is_some_and(|n| phone::same_line(&n, &number));
                if !same {
                    continue;
                }
                let won: Vec<_> = ds
                    .deals
                    .iter()
                    .filter(|d| d.status == DealStatus::Won)
                    .filter(|d| d.inquiry_id.as_deref() == Some(i.id.as_str()))
                    .collect();
                let Some(first) = won.first() else {
                    continue;
                };
                let company = i.company.clone().unwrap_or_else(|| first.company.clone());
                // Every won deal of that company counts, whichever inquiry it
                // came from: the screen says how many orders there were.
                let key = company.trim().to_lowercase();
                let of_company: Vec<_> = ds
                    .deals
                    .iter()
                    .filter(|d| d.status == DealStatus::Won)
                    .filter(|d| d.company.trim().to_lowercase() == key)
                    .collect();
                let orders = of_company.len().max(won.len()) as u32;
                let last = of_company
                    .iter()
                    .chain(won.iter())
                    .filter_map(|d| d.closed_at)
                    .max();
                if best.as_ref().is_none_or(|b| orders > b.won_deals) {
                    best = Some(KnownCustomerDto {
                        company,
                        won_deals: orders,
                        last_won: last,
                    });
                }
            }
            Ok(best)
        })
    }
}
