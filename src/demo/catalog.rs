//! The fixed cast of the demo company: its sources and what each brings,
//! the trade shows it exhibits at, its staff and the phrases its records use.
//!
//! The company is Brenner Präzisionsteile GmbH, a fictional 60-person CNC
//! machining and sheet-metal job shop in Esslingen near Stuttgart (hence the
//! 0711 tracking numbers). It sells turned and milled parts to machine
//! builders across Germany and its neighbours.

use crate::records::{InquiryKind, UNKNOWN_CHANNEL, UNKNOWN_SOURCE};

pub const COMPANY_NAME: &str = "Brenner Präzisionsteile GmbH";

/// How a source's inquiries arrive, as weights per inquiry kind.
pub type KindMix = &'static [(InquiryKind, u64)];

use InquiryKind::*;
pub const KINDS_WEB: KindMix = &[(WebForm, 45), (Email, 30), (Rfq, 15), (Call, 10)];
pub const KINDS_PHONE: KindMix = &[(Call, 55), (Email, 20), (Rfq, 20), (WebForm, 5)];
pub const KINDS_RELATION: KindMix = &[(Rfq, 40), (Email, 30), (Call, 25), (WalkIn, 5)];
pub const KINDS_OUTBOUND: KindMix = &[(Call, 45), (Rfq, 35), (Email, 20)];
pub const KINDS_SHOW: KindMix = &[(Email, 45), (Rfq, 35), (Call, 20)];
pub const KINDS_MIXED: KindMix = &[
    (Call, 30),
    (Email, 25),
    (WebForm, 20),
    (Rfq, 15),
    (WalkIn, 5),
    (Other, 5),
];

/// One standing source. Trade shows are made per year from [`SHOWS`].
pub struct SourceSpec {
    /// The name in English, by which the generator knows the source.
    pub name: &'static str,
    /// The Fluent message of a descriptive name ("Cold calling"), given in
    /// the demo's language; proper names ("Google Ads") have none.
    pub key: Option<&'static str>,
    /// A channel name from `records::DEFAULT_CHANNELS`.
    pub channel: &'static str,
    /// Tracking numbers, already normalised (digits with country code).
    pub tracking: &'static [&'static str],
    /// utm_source, utm_medium, utm_campaign.
    pub utm: Option<[&'static str; 3]>,
    /// Weight as a known first touch in the window's first and last year;
    /// years between are interpolated, so a source can grow or fade.
    pub weight: (u64, u64),
    /// Probability in per mille that a quote to one of its leads is won.
    pub win_per_mille: u32,
    pub kinds: KindMix,
    /// Monthly website visitors at the reference volume; 0 = no traffic.
    pub visitors: i64,
    /// Weight as a later touchpoint of a lead.
    pub touch_weight: u64,
    /// Starts this fraction (in thirds) of the window late: LinkedIn is a
    /// newer experiment than the directories.
    pub starts_after_thirds: u32,
}

pub const WLW: &str = "Wer liefert was";
pub const EXISTING_CUSTOMER: &str = "Existing customer";
pub const WEBSITE_DIRECT: &str = "Website direct";
pub const DIRECT_MAIL: &str = "Direct mail campaign";
pub const COLD_CALLING: &str = "Cold calling";

const fn src(
    name: &'static str,
    channel: &'static str,
    weight: (u64, u64),
    win_per_mille: u32,
    kinds: KindMix,
) -> SourceSpec {
    SourceSpec {
        name,
        key: None,
        channel,
        tracking: &[],
        utm: None,
        weight,
        win_per_mille,
        kinds,
        visitors: 0,
        touch_weight: 10,
        starts_after_thirds: 0,
    }
}

/// The standing sources, in id order. Unknown is last and has no weight:
/// its share is set per year (see `inquiries`).
pub const SOURCES: &[SourceSpec] = &[
    SourceSpec {
        tracking: &["497115550121"], // +49 711 55501-21
        utm: Some(["wlw", "directory", "profile"]),
        visitors: 320,
        touch_weight: 20,
        ..src(WLW, "Online directories", (110, 70), 220, KINDS_WEB)
    },
    SourceSpec {
        tracking: &["497115550122"], // +49 711 55501-22
        utm: Some(["europages", "directory", "profile"]),
        visitors: 180,
        ..src("Europages", "Online directories", (50, 40), 200, KINDS_WEB)
    },
    SourceSpec {
        utm: Some(["kompass", "directory", "profile"]),
        visitors: 90,
        touch_weight: 5,
        ..src("Kompass", "Online directories", (35, 15), 180, KINDS_WEB)
    },
    SourceSpec {
        tracking: &["497115550120"], // +49 711 55501-20
        utm: Some(["google", "cpc", "cnc-lohnfertigung"]),
        visitors: 520,
        touch_weight: 60,
        ..src("Google Ads", "Paid search", (130, 190), 260, KINDS_WEB)
    },
    SourceSpec {
        key: Some("demo-source-google-organic"),
        visitors: 1600,
        touch_weight: 80,
        ..src(
            "Google organic",
            "Organic search",
            (110, 170),
            280,
            KINDS_WEB,
        )
    },
    SourceSpec {
        key: Some("demo-source-customer-referral"),
        ..src(
            "Customer referral",
            "Referral",
            (110, 110),
            420,
            KINDS_RELATION,
        )
    },
    SourceSpec {
        key: Some("demo-source-existing-customer"),
        ..src(
            EXISTING_CUSTOMER,
            "Existing customer",
            (130, 120),
            480,
            KINDS_RELATION,
        )
    },
    SourceSpec {
        key: Some("demo-source-newsletter"),
        utm: Some(["newsletter", "email", "monatsbrief"]),
        visitors: 150,
        touch_weight: 50,
        ..src("Newsletter", "Email", (30, 45), 300, KINDS_WEB)
    },
    SourceSpec {
        key: Some("demo-source-direct-mail"),
        tracking: &["497115550124"], // +49 711 55501-24
        ..src(DIRECT_MAIL, "Direct mail", (20, 15), 220, KINDS_PHONE)
    },
    SourceSpec {
        utm: Some(["linkedin", "paid_social", "praezisionsteile-dach"]),
        visitors: 260,
        touch_weight: 40,
        starts_after_thirds: 1,
        ..src("LinkedIn Ads", "Social", (40, 60), 240, KINDS_WEB)
    },
    SourceSpec {
        tracking: &["497115550123"], // +49 711 55501-23
        touch_weight: 5,
        ..src("Industrieanzeiger", "Print", (60, 25), 230, KINDS_PHONE)
    },
    SourceSpec {
        key: Some("demo-source-website-direct"),
        visitors: 1100,
        touch_weight: 70,
        ..src(WEBSITE_DIRECT, "Website direct", (70, 80), 300, KINDS_WEB)
    },
    SourceSpec {
        key: Some("demo-source-cold-calling"),
        ..src(
            COLD_CALLING,
            "Outbound sales",
            (60, 55),
            200,
            KINDS_OUTBOUND,
        )
    },
    SourceSpec {
        touch_weight: 0,
        ..src(UNKNOWN_SOURCE, UNKNOWN_CHANNEL, (0, 0), 290, KINDS_MIXED)
    },
];

/// The direct-mail campaign goes out twice a year: (month, day, campaign).
pub const MAILINGS: &[(u32, u32, &str)] = &[(3, 10, "Spring mailing"), (10, 10, "Autumn mailing")];

/// Which years a show takes place in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Every {
    Year,
    OddYear,
    EvenYear,
}

/// A trade show the company exhibits at; one source per edition.
pub struct ShowSpec {
    pub name: &'static str,
    pub every: Every,
    /// Opens on this weekday of this ISO week.
    pub iso_week: u32,
    pub opens: chrono::Weekday,
    pub days: i64,
    /// Booth, stand construction and fees (events).
    pub booth_cents: i64,
    /// Freight of the stand and demo parts (distribution).
    pub freight_cents: i64,
    /// Travel and hotels for the stand crew (other).
    pub travel_cents: i64,
    /// Inquiries taken at the stand, in per mille of the yearly volume.
    pub stand_per_mille: u64,
}

pub const SHOWS: &[ShowSpec] = &[
    ShowSpec {
        name: "Hannover Messe",
        every: Every::Year,
        iso_week: 16,
        opens: chrono::Weekday::Mon,
        days: 5,
        booth_cents: 950_000,
        freight_cents: 120_000,
        travel_cents: 260_000,
        stand_per_mille: 45,
    },
    ShowSpec {
        name: "AMB Stuttgart",
        every: Every::EvenYear,
        iso_week: 37,
        opens: chrono::Weekday::Tue,
        days: 5,
        booth_cents: 1_200_000,
        freight_cents: 90_000,
        travel_cents: 150_000,
        stand_per_mille: 40,
    },
    ShowSpec {
        name: "EMO Hannover",
        every: Every::OddYear,
        iso_week: 38,
        opens: chrono::Weekday::Mon,
        days: 6,
        booth_cents: 1_650_000,
        freight_cents: 180_000,
        travel_cents: 380_000,
        stand_per_mille: 60,
    },
];

/// Who logs inquiries. The inside-sales desk changes hands in the middle of
/// the window, which the `logged_by` column shows.
pub const FRONT_OFFICE: &str = "Sabine Krämer";
pub const FIELD_SALES: &str = "Thomas Weber";
pub const MARKETING: &str = "Jana Hoffmann";
pub const INSIDE_SALES: [&str; 2] = ["Mehmet Yılmaz", "Luca Bianchi"];

/// Reasons a quote is lost, with weights.
pub const LOST_REASONS: &[(&str, u64)] = &[
    ("price", 40),
    ("lead time", 20),
    ("no decision", 25),
    ("competitor", 15),
];

/// What the RFQs ask for, for the notes column.
pub const PARTS: &[&str] = &[
    "turned parts 1.4305",
    "milled housings AlMgSi1",
    "shafts 42CrMo4, ground",
    "flanges S355",
    "brackets, laser cut and bent",
    "valve blocks, 5-axis",
    "spacer sleeves, brass",
    "prototype series, POM",
    "welded frame, powder coated",
    "gear blanks 16MnCr5",
];

/// Suppliers and agencies that call to sell something (not leads).
pub const VENDORS: &[(&str, &str)] = &[
    ("Schmitt Kühlschmierstoffe KG", "coolant offer"),
    ("ProStaff Personalservice GmbH", "temporary staff"),
    ("Rank & Reach Online Marketing", "SEO package"),
    ("Hartmetall Direkt GmbH", "carbide tools"),
    ("Leasing Partner Süd AG", "machine leasing"),
    ("Datenfabrik Adressverlag", "address lists"),
    ("Messebau Kramer GmbH", "trade-show stands"),
    ("EnergieSpar Consult", "energy audit"),
];

/// Spam senders: (contact, email).
pub const SPAM: &[(&str, &str)] = &[
    ("Kevin", "growth@leadboost-agency.net"),
    ("Anna", "partnerships@cheap-backlinks.biz"),
    ("Support", "noreply@invoice-check.info"),
    ("Mike", "mike@first-page-ranking.co"),
    ("Crypto Desk", "desk@quick-yield.io"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::DEFAULT_CHANNELS;

    #[test]
    fn every_source_names_a_default_channel_and_names_are_unique() {
        for s in SOURCES {
            assert!(
                DEFAULT_CHANNELS.iter().any(|c| c.name == s.channel),
                "{} names channel {}",
                s.name,
                s.channel
            );
            // The CSV touchpoint form is `Source@date|Source@date`.
            assert!(!s.name.contains('@') && !s.name.contains('|'));
            for t in s.tracking {
                assert!(t.bytes().all(|b| b.is_ascii_digit()), "{t}");
            }
        }
        let mut names: Vec<&str> = SOURCES.iter().map(|s| s.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), SOURCES.len());
        assert_eq!(SOURCES.last().map(|s| s.name), Some(UNKNOWN_SOURCE));
    }
}
