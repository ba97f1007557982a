//! The countries the demo company's customers come from: the stems,
//! trades, places and legal forms their names are built from, first names
//! for their staff, and dialling and area codes. Stems never repeat between
//! countries, which keeps names distinct across the whole pool.

pub struct Country {
    pub dial: &'static str,
    pub tld: &'static str,
    /// Relative share of the customer base (a Swabian shop sells at home).
    pub weight: u64,
    /// Whether the trade comes first ("Meccanica Rossi") or last ("Bauer Hydraulik").
    pub trade_first: bool,
    pub stems: &'static [&'static str],
    pub trades: &'static [&'static str],
    pub places: &'static [&'static str],
    pub forms: &'static [&'static str],
    pub first_names: &'static [&'static str],
    pub area_codes: &'static [&'static str],
}

const DE_TRADES: &[&str] = &[
    "Maschinenbau",
    "Antriebstechnik",
    "Fördertechnik",
    "Hydraulik",
    "Automation",
    "Medizintechnik",
    "Sondermaschinen",
    "Pumpen",
    "Messtechnik",
    "Verpackungstechnik",
    "Anlagenbau",
    "Robotik",
];

pub const COUNTRIES: &[Country] = &[
    Country {
        dial: "49",
        tld: "de",
        weight: 55,
        trade_first: false,
        stems: &[
            "Albrecht", "Bauer", "Eberle", "Fink", "Gruber", "Hahn", "Keller", "Kurz", "Lang",
            "Mayer", "Neumann", "Pfeiffer", "Roth", "Schaller", "Seitz", "Vogt", "Walz", "Wirth",
            "Zeller", "Brandt", "Hofmann", "Riedel", "Lutz", "Ziegler", "Schäfer",
        ],
        trades: DE_TRADES,
        places: &[
            "Ulm",
            "Reutlingen",
            "Heilbronn",
            "Pforzheim",
            "Aalen",
            "Tuttlingen",
            "Augsburg",
            "Nürnberg",
            "Karlsruhe",
            "Freiburg",
            "Göppingen",
            "Sindelfingen",
        ],
        forms: &["GmbH", "GmbH & Co. KG", "AG", "KG"],
        first_names: &[
            "Markus", "Stefan", "Andreas", "Michael", "Julia", "Katrin", "Jürgen", "Claudia",
            "Tobias", "Sandra", "Frank", "Nicole",
        ],
        area_codes: &[
            "7121", "731", "7131", "7231", "7361", "7461", "821", "911", "721", "761", "7161",
            "7031",
        ],
    },
    Country {
        dial: "43",
        tld: "at",
        weight: 8,
        trade_first: false,
        stems: &[
            "Huber", "Steiner", "Moser", "Pichler", "Hofer", "Leitner", "Berger", "Fuchs", "Eder",
            "Wimmer",
        ],
        trades: DE_TRADES,
        places: &["Linz", "Graz", "Steyr", "Wels", "Salzburg", "Dornbirn"],
        forms: &["GmbH", "AG"],
        first_names: &[
            "Florian",
            "Lukas",
            "Christina",
            "Bernhard",
            "Elisabeth",
            "Martin",
        ],
        area_codes: &["732", "316", "7252", "7242", "662", "5572"],
    },
    Country {
        dial: "41",
        tld: "ch",
        weight: 8,
        trade_first: false,
        stems: &[
            "Meier",
            "Brunner",
            "Baumann",
            "Frei",
            "Zimmermann",
            "Widmer",
            "Kälin",
            "Gerber",
            "Suter",
            "Ammann",
        ],
        trades: DE_TRADES,
        places: &[
            "Winterthur",
            "Aarau",
            "Schaffhausen",
            "St. Gallen",
            "Biel",
            "Zug",
        ],
        forms: &["AG", "GmbH"],
        first_names: &["Reto", "Urs", "Beat", "Corinne", "Daniela", "Marco"],
        area_codes: &["52", "62", "52", "71", "32", "41"],
    },
    Country {
        dial: "31",
        tld: "nl",
        weight: 9,
        trade_first: false,
        stems: &[
            "Bakker",
            "de Vries",
            "Jansen",
            "Visser",
            "Smit",
            "Meijer",
            "van Dijk",
            "Mulder",
            "Bos",
            "Vos",
            "Hendriks",
            "Dekker",
            "van Leeuwen",
            "Brouwer",
            "de Graaf",
        ],
        trades: &[
            "Techniek",
            "Machinebouw",
            "Metaal",
            "Industrie",
            "Automatisering",
            "Hydrauliek",
            "Precisietechniek",
            "Aandrijftechniek",
        ],
        places: &[
            "Eindhoven",
            "Helmond",
            "Veldhoven",
            "Enschede",
            "Tilburg",
            "Venlo",
        ],
        forms: &["B.V."],
        first_names: &[
            "Jeroen", "Sanne", "Bas", "Marloes", "Pieter", "Femke", "Ruud",
        ],
        area_codes: &["40", "492", "40", "53", "13", "77"],
    },
    Country {
        dial: "39",
        tld: "it",
        weight: 5,
        trade_first: true,
        stems: &[
            "Rossi", "Bianchi", "Colombo", "Ferrari", "Galli", "Fontana", "Moretti", "Barbieri",
            "Conti", "Mariani",
        ],
        trades: &[
            "Meccanica",
            "Automazione",
            "Oleodinamica",
            "Impianti",
            "Tecnologie",
        ],
        places: &[
            "Brescia", "Bergamo", "Bologna", "Modena", "Vicenza", "Torino",
        ],
        forms: &["S.r.l.", "S.p.A."],
        first_names: &[
            "Giulia",
            "Marco",
            "Alessandro",
            "Francesca",
            "Davide",
            "Paolo",
        ],
        area_codes: &["030", "035", "051", "059", "0444", "011"],
    },
    Country {
        dial: "33",
        tld: "fr",
        weight: 5,
        trade_first: true,
        stems: &[
            "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier",
            "Mercier", "Blanc",
        ],
        trades: &[
            "Mécanique",
            "Industrie",
            "Automatismes",
            "Hydraulique",
            "Usinage",
        ],
        places: &[
            "Lyon",
            "Grenoble",
            "Mulhouse",
            "Strasbourg",
            "Annecy",
            "Besançon",
        ],
        forms: &["SAS", "S.A."],
        first_names: &["Julien", "Camille", "Nicolas", "Sophie", "Thomas", "Claire"],
        area_codes: &["4", "4", "3", "3", "4", "3"],
    },
    Country {
        dial: "48",
        tld: "pl",
        weight: 4,
        trade_first: false,
        stems: &[
            "Nowak",
            "Kowalski",
            "Wiśniewski",
            "Wójcik",
            "Kamiński",
            "Lewandowski",
            "Zieliński",
            "Szymański",
        ],
        trades: &["Technika", "Maszyny", "Automatyka", "Hydraulika", "Metal"],
        places: &["Wrocław", "Poznań", "Katowice", "Bielsko-Biała", "Gliwice"],
        forms: &["Sp. z o.o."],
        first_names: &["Piotr", "Agnieszka", "Tomasz", "Katarzyna", "Paweł"],
        area_codes: &["71", "61", "32", "33", "32"],
    },
    Country {
        dial: "420",
        tld: "cz",
        weight: 3,
        trade_first: false,
        stems: &[
            "Novák",
            "Svoboda",
            "Dvořák",
            "Černý",
            "Procházka",
            "Kučera",
            "Veselý",
            "Horák",
        ],
        trades: &["Strojírny", "Technik", "Automatizace", "Hydraulika"],
        places: &["Brno", "Plzeň", "Ostrava", "Zlín", "Liberec"],
        forms: &["s.r.o.", "a.s."],
        first_names: &["Jan", "Petra", "Jiří", "Lucie", "Martin"],
        area_codes: &["5", "37", "59", "57", "48"],
    },
    Country {
        dial: "46",
        tld: "se",
        weight: 2,
        trade_first: false,
        stems: &[
            "Lindqvist",
            "Andersson",
            "Johansson",
            "Karlsson",
            "Nilsson",
            "Eriksson",
            "Larsson",
        ],
        trades: &["Mekaniska", "Industri", "Automation", "Hydraulik", "Teknik"],
        places: &["Västerås", "Göteborg", "Jönköping", "Eskilstuna", "Örebro"],
        forms: &["AB"],
        first_names: &["Erik", "Anna", "Johan", "Karin", "Lars"],
        area_codes: &["21", "31", "36", "16", "19"],
    },
    Country {
        dial: "45",
        tld: "dk",
        weight: 1,
        trade_first: false,
        stems: &[
            "Jensen",
            "Nielsen",
            "Hansen",
            "Pedersen",
            "Andersen",
            "Christensen",
        ],
        trades: &["Maskinfabrik", "Automation", "Teknik", "Industri"],
        places: &["Aarhus", "Odense", "Vejle", "Herning", "Kolding"],
        forms: &["A/S", "ApS"],
        first_names: &["Mads", "Mette", "Søren", "Louise", "Henrik"],
        area_codes: &["8", "6", "7", "9", "7"],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn stems_are_distinct_across_countries_and_lists_are_usable() {
        let mut stems = HashSet::new();
        for c in COUNTRIES {
            for s in c.stems {
                assert!(stems.insert(*s), "{s} appears twice");
            }
            let lists = [c.trades, c.places, c.forms, c.first_names, c.area_codes];
            assert!(lists.iter().all(|l| !l.is_empty()) && c.weight > 0);
            assert!(c
                .area_codes
                .iter()
                .all(|a| a.bytes().all(|b| b.is_ascii_digit())));
            assert!(c.dial.bytes().all(|b| b.is_ascii_digit()));
        }
    }
}
