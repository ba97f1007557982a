//! The fictional customers: industrial companies from ten European
//! countries, each with a name in its country's style, a web domain, one to
//! three contacts with e-mail addresses and phone numbers, and the order size
//! it typically places.
//!
//! Names are built from stems, trades, places and legal forms, so a pool of
//! any size can be made without repeating a name. No contact phone can be
//! one of the company's own tracking numbers (0711 55501-xx), because an
//! import would then re-tag the inquiry and change the figures.

use super::countries::{Country, COUNTRIES};
use super::rng::Rng;

pub struct Contact {
    pub name: String,
    pub email: String,
    pub phone: String,
}

/// A customer or prospect. Its contacts are made when asked for, from a
/// key of the company's own, so a pool of a hundred thousand companies
/// costs one string each and a company always shows the same people.
pub struct Company {
    pub name: String,
    /// Typical order size in cents before price growth.
    pub typical_cents: i64,
    country: usize,
    /// The length of the name before its legal form: the domain's source.
    base_len: usize,
    contacts: u64,
    key: u64,
}

impl Company {
    /// Contact `which` (any number; it wraps round the company's one to three).
    pub fn contact(&self, which: u64) -> Contact {
        let c = &COUNTRIES[self.country];
        let mut rng = Rng::new(self.key ^ (which % self.contacts).wrapping_mul(0x9E37_79B9));
        let first = *rng.pick(c.first_names);
        let last = *rng.pick(c.stems);
        let domain = ascii_slug(&self.name[..self.base_len]);
        Contact {
            name: format!("{first} {last}"),
            email: format!(
                "{}.{}@{domain}.{}",
                ascii_slug(first),
                ascii_slug(last),
                c.tld
            ),
            phone: phone(&mut rng, c),
        }
    }

    /// One of the company's contacts, at random.
    pub fn any_contact(&self, rng: &mut Rng) -> Contact {
        self.contact(rng.below(self.contacts))
    }
}

/// Typical order sizes: log-normal-ish, as buckets (from, to, weight) in
/// cents, so most orders are a few thousand euros; single orders vary
/// around these up to sixty thousand.
const ORDER_BUCKETS: &[(i64, i64, u64)] = &[
    (100_000, 220_000, 18),
    (220_000, 500_000, 30),
    (500_000, 1_100_000, 27),
    (1_100_000, 2_200_000, 15),
    (2_200_000, 3_600_000, 10),
];

/// A lower-case ASCII form for domains and e-mail addresses.
pub fn ascii_slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else {
            c.to_lowercase().next().unwrap_or(c)
        };
        let rep = match c {
            'ä' | 'æ' => "ae",
            'ö' | 'ø' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            'å' => "aa",
            'é' | 'è' | 'ě' => "e",
            'á' => "a",
            'í' | 'ı' => "i",
            'ó' => "o",
            'ł' => "l",
            'ś' | 'š' => "s",
            'ń' | 'ň' => "n",
            'ř' => "r",
            'č' | 'ç' => "c",
            'ž' | 'ź' | 'ż' => "z",
            'ý' => "y",
            ' ' | '-' | '.' | '/' => {
                // One dash between words, none at the start.
                if !out.is_empty() && !out.ends_with('-') {
                    out.push('-');
                }
                continue;
            }
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "",
        };
        out.push_str(rep);
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

fn phone(rng: &mut Rng, c: &Country) -> String {
    let area = rng.pick(c.area_codes);
    // Local numbers never start with 5, so none can read as 0711 55501-xx.
    let first = *rng.pick(&['2', '3', '4', '6', '7', '8', '9']);
    let rest = rng.range(10_000, 99_999);
    let ext = rng.range(0, 40);
    format!("+{} {area} {first}{rest}-{ext}", c.dial)
}

/// The `k`-th distinct name of a country, and the length of its part
/// before the legal form.
///
/// A country's names come in tiers: stem and trade ("Bauer Hydraulik"),
/// then two stems ("Bauer & Roth Hydraulik"), then a place ("Bauer
/// Hydraulik Ulm"), then both; past them all the plant is numbered. Inside a
/// tier, `k` is scrambled by an affine map with a multiplier prime to the
/// tier's size, a bijection, so names come in a random-looking order and
/// never repeat, without retries or a set of names seen.
fn company_name(c: &Country, k: u64, offset: u64) -> (String, usize) {
    let (s, t, p, f) = (
        c.stems.len() as u64,
        c.trades.len() as u64,
        c.places.len() as u64,
        c.forms.len() as u64,
    );
    let tiers = [s * t * f, s * s * t * f, s * t * p * f, s * s * t * p * f];
    let all: u64 = tiers.iter().sum();
    let (cycle, mut j) = (k / all, k % all);
    let mut tier = 0;
    while j >= tiers[tier] {
        j -= tiers[tier];
        tier += 1;
    }
    // 7919 is a prime larger than every list, so it is prime to the size.
    let size = tiers[tier];
    let mut x = (j * 7919 + offset) % size;
    let mut digit = |n: u64| {
        let d = (x % n) as usize;
        x /= n;
        d
    };
    let form = c.forms[digit(f)];
    let trade = c.trades[digit(t)];
    let mut stem = c.stems[digit(s)].to_string();
    if tier == 1 || tier == 3 {
        stem = format!("{stem} & {}", c.stems[digit(s)]);
    }
    let mut base = if c.trade_first {
        format!("{trade} {stem}")
    } else {
        format!("{stem} {trade}")
    };
    if tier >= 2 {
        base.push(' ');
        base.push_str(c.places[digit(p)]);
    }
    let base_len = base.len();
    let mut name = base;
    name.push(' ');
    name.push_str(form);
    if cycle > 0 {
        name.push_str(&format!(" Werk {}", cycle + 1));
    }
    (name, base_len)
}

/// `n` companies with distinct names.
pub fn company_pool(rng: &mut Rng, n: usize) -> Vec<Company> {
    let weights: Vec<u64> = COUNTRIES.iter().map(|c| c.weight).collect();
    let bucket_weights: Vec<u64> = ORDER_BUCKETS.iter().map(|b| b.2).collect();
    let offsets: Vec<u64> = COUNTRIES.iter().map(|_| rng.below(1 << 32)).collect();
    let mut used = vec![0u64; COUNTRIES.len()];
    let mut pool = Vec::with_capacity(n);
    while pool.len() < n {
        let ci = rng.weighted(&weights);
        let c = &COUNTRIES[ci];
        let (name, base_len) = company_name(c, used[ci], offsets[ci]);
        used[ci] += 1;
        let (lo, hi, _) = ORDER_BUCKETS[rng.weighted(&bucket_weights)];
        pool.push(Company {
            name,
            base_len,
            typical_cents: rng.range(lo, hi),
            country: ci,
            contacts: rng.range(1, 3) as u64,
            key: rng.next_u64(),
        });
    }
    pool
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn slugs_are_plain_ascii() {
        assert_eq!(
            ascii_slug("Schäfer Fördertechnik"),
            "schaefer-foerdertechnik"
        );
        assert_eq!(
            ascii_slug("Meccanica de Vries S.r.l."),
            "meccanica-de-vries-s-r-l"
        );
        assert_eq!(ascii_slug("Dvořák & Wiśniewski"), "dvorak-wisniewski");
    }

    #[test]
    fn pool_names_are_distinct_even_when_large() {
        let mut rng = Rng::new(11);
        let pool = company_pool(&mut rng, 120_000);
        let names: HashSet<&str> = pool.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names.len(), pool.len());
        // Small pools use the plain names only.
        let plain = |c: &Company| !c.name.replace("GmbH & Co. KG", "").contains('&');
        assert!(pool[..300].iter().all(plain));
        for c in pool.iter().step_by(97) {
            assert!((1..=3).contains(&c.contacts));
            assert!((100_000..=3_600_000).contains(&c.typical_cents));
            for k in 0..c.contacts {
                let p = c.contact(k);
                assert!(p.email.is_ascii() && p.email.contains('@'), "{}", p.email);
                let digits: String = p.phone.chars().filter(|c| c.is_ascii_digit()).collect();
                assert!(!digits.starts_with("4971155501"), "{}", p.phone);
                // The same person every time the company is asked.
                let again = c.contact(k + c.contacts);
                assert_eq!(
                    (p.name, p.email, p.phone),
                    (again.name, again.email, again.phone)
                );
            }
        }
    }
}
