//! The one rule for header names (`shared/spec/csv.md`, "Reading"): a name
//! matches a column when it equals the column's English name or one of its
//! German, Dutch, Swedish or Russian names, ignoring case and surrounding
//! spaces. The reader, the delimiter detection, the preview and the app's
//! guess of a file's kind all ask this module, so they cannot disagree.
//!
//! The names are listed for users in `docs/csv-columns.md`; a test holds that
//! page and [`NAMES`] to the same words.

/// Each column's English name (what export writes), then its names in
/// German, Dutch, Swedish and Russian, in that order.
pub const NAMES: &[(&str, [&str; 4])] = &[
    ("channel", ["Kanal", "Kanaal", "Kanal", "Канал"]),
    ("source", ["Quelle", "Bron", "Källa", "Источник"]),
    (
        "direction",
        ["Richtung", "Richting", "Riktning", "Направление"],
    ),
    (
        "tracking_numbers",
        [
            "Trackingnummern",
            "Trackingnummers",
            "Spårningsnummer",
            "Номера отслеживания",
        ],
    ),
    (
        "utm_source",
        ["UTM-Quelle", "UTM-bron", "UTM-källa", "UTM-источник"],
    ),
    (
        "utm_medium",
        ["UTM-Medium", "UTM-medium", "UTM-medium", "UTM-канал"],
    ),
    (
        "utm_campaign",
        [
            "UTM-Kampagne",
            "UTM-campagne",
            "UTM-kampanj",
            "UTM-кампания",
        ],
    ),
    ("date", ["Datum", "Datum", "Datum", "Дата"]),
    ("amount", ["Betrag", "Bedrag", "Belopp", "Сумма"]),
    (
        "category",
        ["Kategorie", "Categorie", "Kategori", "Категория"],
    ),
    ("campaign", ["Kampagne", "Campagne", "Kampanj", "Кампания"]),
    ("note", ["Notiz", "Notitie", "Anteckning", "Примечание"]),
    ("id", ["Nr", "Nr", "Nr", "Номер"]),
    (
        "received_at",
        ["Eingegangen am", "Ontvangen op", "Mottagen", "Получено"],
    ),
    ("kind", ["Art", "Soort", "Typ", "Вид"]),
    ("company", ["Firma", "Bedrijf", "Företag", "Компания"]),
    (
        "contact",
        [
            "Ansprechpartner",
            "Contactpersoon",
            "Kontaktperson",
            "Контактное лицо",
        ],
    ),
    ("phone", ["Telefon", "Telefoon", "Telefon", "Телефон"]),
    ("email", ["E-Mail", "E-mail", "E-post", "Эл. почта"]),
    (
        "touchpoints",
        [
            "Kontaktpunkte",
            "Contactmomenten",
            "Kontaktpunkter",
            "Точки контакта",
        ],
    ),
    ("is_lead", ["Ist Lead", "Is lead", "Är lead", "Лид"]),
    ("status", ["Status", "Status", "Status", "Статус"]),
    (
        "estimated_value",
        [
            "Geschätzter Wert",
            "Geschatte waarde",
            "Uppskattat värde",
            "Оценка суммы",
        ],
    ),
    (
        "logged_by",
        [
            "Erfasst von",
            "Vastgelegd door",
            "Registrerad av",
            "Кто записал",
        ],
    ),
    ("notes", ["Notizen", "Notities", "Anteckningar", "Заметки"]),
    (
        "qualified_at",
        [
            "Qualifiziert am",
            "Gekwalificeerd op",
            "Kvalificerad",
            "Дата квалификации",
        ],
    ),
    (
        "inquiry_id",
        [
            "Anfrage-Nr",
            "Aanvraagnr",
            "Förfrågningsnr",
            "Номер запроса",
        ],
    ),
    (
        "quoted_at",
        ["Angeboten am", "Offerte op", "Offererad", "Дата КП"],
    ),
    (
        "closed_at",
        [
            "Abgeschlossen am",
            "Afgesloten op",
            "Avslutad",
            "Дата закрытия",
        ],
    ),
    (
        "lost_reason",
        [
            "Verlustgrund",
            "Reden van verlies",
            "Förlustorsak",
            "Причина отказа",
        ],
    ),
    ("year", ["Jahr", "Jaar", "År", "Год"]),
    (
        "sales_target",
        ["Umsatzziel", "Omzetdoel", "Försäljningsmål", "План продаж"],
    ),
    (
        "lead_target",
        ["Leadziel", "Leaddoel", "Leadmål", "План по лидам"],
    ),
    ("month", ["Monat", "Maand", "Månad", "Месяц"]),
    (
        "visitors",
        ["Besucher", "Bezoekers", "Besökare", "Посетители"],
    ),
    ("metric", ["Kennzahl", "Metriek", "Mått", "Показатель"]),
    ("count", ["Anzahl", "Aantal", "Antal", "Количество"]),
    // The plain form of a call log (`calls`); `direction` is shared above.
    ("started_at", ["Beginn", "Begin", "Start", "Начало"]),
    ("caller", ["Anrufer", "Beller", "Uppringare", "Звонящий"]),
    (
        "dialled",
        [
            "Gewählte Nummer",
            "Gekozen nummer",
            "Uppringt nummer",
            "Набранный номер",
        ],
    ),
    (
        "duration_s",
        ["Dauer (s)", "Duur (s)", "Längd (s)", "Длительность (с)"],
    ),
    (
        "answered",
        ["Angenommen", "Beantwoord", "Besvarat", "Отвечен"],
    ),
    (
        "extension",
        ["Nebenstelle", "Toestel", "Anknytning", "Добавочный"],
    ),
    (
        "call_id",
        ["Anruf-ID", "Gesprek-ID", "Samtals-ID", "ID звонка"],
    ),
];

/// The languages of [`NAMES`]' translations, in their order.
pub const LANGUAGES: [&str; 4] = ["de", "nl", "sv", "ru"];

/// The spec's comparison: case and surrounding spaces ignored.
fn same(written: &str, name: &str) -> bool {
    let written = written.trim();
    written.eq_ignore_ascii_case(name) || written.to_lowercase() == name.to_lowercase()
}

/// The column of `known` that the header cell `written` names, if any.
pub fn column(known: &[&'static str], written: &str) -> Option<&'static str> {
    known.iter().copied().find(|k| {
        same(written, k)
            || NAMES
                .iter()
                .find(|(en, _)| en == k)
                .is_some_and(|(_, names)| names.iter().any(|n| same(written, n)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csvio::Kind;

    #[test]
    fn every_column_of_every_kind_has_its_names() {
        for kind in Kind::ALL {
            for col in kind.columns() {
                assert!(NAMES.iter().any(|(en, _)| en == col), "{kind}: {col}");
            }
        }
    }

    #[test]
    fn no_two_columns_of_a_kind_share_a_name() {
        for kind in Kind::ALL {
            for a in kind.columns() {
                let names = &NAMES.iter().find(|(en, _)| en == a).unwrap().1;
                for n in names.iter().chain([a]) {
                    assert_eq!(column(kind.columns(), n), Some(*a), "{kind}: {n}");
                }
            }
        }
    }

    #[test]
    fn matching_ignores_case_and_surrounding_spaces_only() {
        let known = Kind::Inquiries.columns();
        assert_eq!(column(known, " Received_AT "), Some("received_at"));
        assert_eq!(column(known, "eingegangen am"), Some("received_at"));
        assert_eq!(column(known, "  ПОЛУЧЕНО"), Some("received_at"));
        assert_eq!(column(known, "FÖRETAG"), Some("company"));
        // Inner spaces and dashes are part of the name.
        assert_eq!(column(known, "received at"), None);
        assert_eq!(column(known, "received-at"), None);
    }

    /// `docs/csv-columns.md` is what users read: it must list exactly these.
    #[test]
    fn the_docs_list_the_same_names() {
        let doc = include_str!("../../docs/csv-columns.md");
        let mut rows: Vec<(String, Vec<String>)> = Vec::new();
        for line in doc.lines().filter(|l| l.starts_with("| `")) {
            let cells: Vec<String> = line
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().trim_matches('`').to_string())
                .collect();
            rows.push((cells[0].clone(), cells[1..].to_vec()));
        }
        let code: Vec<(String, Vec<String>)> = NAMES
            .iter()
            .map(|(en, n)| (en.to_string(), n.iter().map(|s| s.to_string()).collect()))
            .collect();
        assert_eq!(rows, code);
    }
}
