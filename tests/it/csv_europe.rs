//! Imports a European office can trust: files in every code page its Excel
//! writes, channel directions stated by the user's own sources file, headers
//! in the user's language, and text with control characters refused by row.
//! Every import runs on both engines.

use crate::engines::{both_engines, Engine};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1250, WINDOWS_1251, WINDOWS_1252};
use leadledger::csvio::{self, Kind, Rejected};
use leadledger::records::Direction;
use leadledger::store::{ImportOptions, ImportSummary, Store};

fn encode(text: &str, e: &'static Encoding) -> Vec<u8> {
    if e == UTF_16LE || e == UTF_16BE {
        // encoding_rs encodes UTF-16 as UTF-8 (the WHATWG rule), so by hand.
        return text
            .encode_utf16()
            .flat_map(|u| {
                if e == UTF_16LE {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                }
            })
            .collect();
    }
    let (bytes, _, unmappable) = e.encode(text);
    assert!(!unmappable, "{text} does not fit {}", e.name());
    bytes.into_owned()
}

fn import(store: &mut Store, kind: Kind, bytes: &[u8]) -> Result<ImportSummary, Rejected> {
    store.import_csv(kind, bytes, false).unwrap()
}

fn source_names(store: &Store) -> Vec<String> {
    store
        .load_dataset()
        .unwrap()
        .sources
        .into_iter()
        .map(|s| s.name)
        .collect()
}

fn direction_of(store: &Store, channel: &str) -> Direction {
    let ds = store.load_dataset().unwrap();
    ds.channels
        .iter()
        .find(|c| c.name == channel)
        .unwrap_or_else(|| panic!("no channel {channel}"))
        .direction
}

const SOURCES: &str = "channel,source\r\n\
    Выставки,Металлообработка Москва\r\n\
    Выставки,Станкомаш\r\n\
    Trade shows,Łódź Metal sp. z o.o.\r\n\
    Trade shows,Strojírny Třebíč s.r.o.\r\n\
    Online directories,Müller Präzisionsteile GmbH\r\n";

fn every_code_page_imports_with_every_character_right(engine: Engine) {
    let cases: [(&str, &'static Encoding, &str); 6] = [
        (
            "channel,source\r\nВыставки,Металлообработка Москва\r\nВыставки,Станкомаш\r\nРеклама,Яндекс Директ\r\n",
            WINDOWS_1251,
            "Windows-1251",
        ),
        (
            "channel,source\r\nTrade shows,Łódź Metal sp. z o.o.\r\nTrade shows,Zakład Obróbki Kraków\r\nPrint,Fabryka Śrub Gdańsk\r\n",
            WINDOWS_1250,
            "Windows-1250",
        ),
        (
            "channel,source\r\nTrade shows,Strojírny Třebíč s.r.o.\r\nPrint,Kovovýroba Plzeň\r\nPrint,Žďárské železárny\r\n",
            WINDOWS_1250,
            "Windows-1250",
        ),
        (
            "channel,source\r\nTrade shows,Messe München\r\nPrint,Göteborgs Mässa\r\nPrint,Coöperatie Techniek\r\nReferral,Weiß & Söhne\r\n",
            WINDOWS_1252,
            "Windows-1252",
        ),
        (SOURCES, UTF_16LE, "UTF-16LE"),
        (SOURCES, UTF_16BE, "UTF-16BE"),
    ];
    for (text, e, name) in cases {
        let (_dir, mut store) = engine.new_db("EUR");
        let s = import(&mut store, Kind::Sources, &encode(text, e)).unwrap();
        assert_eq!(s.detected.encoding, name);
        let names = source_names(&store);
        for line in text.lines().skip(1) {
            let source = line.split(',').nth(1).unwrap();
            assert!(names.iter().any(|n| n == source), "{source} in {names:?}");
        }
    }
}
both_engines!(every_code_page_imports_with_every_character_right);

fn inquiries_in_windows_1251_keep_their_cyrillic(engine: Engine) {
    let (_dir, mut store) = engine.new_db("EUR");
    let sources = "channel,source\nВыставки,Металлообработка\n";
    import(&mut store, Kind::Sources, &encode(sources, WINDOWS_1251)).unwrap();
    let file = "id,received_at,kind,company,contact,source\n\
        Q-1,2026-03-02,call,ООО Станкомаш,Иван Петров,Металлообработка\n\
        Q-2,2026-03-03,rfq,АО Уралмаш,Ольга Смирнова,Металлообработка\n";
    let s = import(&mut store, Kind::Inquiries, &encode(file, WINDOWS_1251)).unwrap();
    assert_eq!((s.detected.encoding, s.inserted), ("Windows-1251", 2));
    let ds = store.load_dataset().unwrap();
    assert_eq!(ds.inquiries[0].company.as_deref(), Some("ООО Станкомаш"));
    assert_eq!(ds.inquiries[1].contact.as_deref(), Some("Ольга Смирнова"));
}
both_engines!(inquiries_in_windows_1251_keep_their_cyrillic);

fn the_users_encoding_wins_and_a_wrong_one_is_refused(engine: Engine) {
    let (_dir, mut store) = engine.new_db("EUR");
    // "Třebíč" alone fits Windows-1250 and -1252: the English database
    // guesses the western reading and says so; the user's word settles it.
    let bytes = encode("channel,source\nPrint,Třebíč\n", WINDOWS_1250);
    let preview = csvio::preview(&bytes, 5).unwrap().0;
    assert!(preview.encoding_guessed);
    let forced = ImportOptions {
        encoding: Some(WINDOWS_1250),
        ..ImportOptions::default()
    };
    let s = store
        .import_csv_with(Kind::Sources, &bytes, &forced)
        .unwrap()
        .unwrap();
    assert_eq!(
        (s.detected.encoding, s.detected.encoding_guessed),
        ("Windows-1250", false)
    );
    assert!(source_names(&store).contains(&"Třebíč".to_string()));
    let utf8 = ImportOptions {
        encoding: Some(encoding_rs::UTF_8),
        ..ImportOptions::default()
    };
    let r = store
        .import_csv_with(Kind::Sources, &bytes, &utf8)
        .unwrap()
        .unwrap_err();
    assert_eq!(r.errors[0].row, 2);
    assert!(
        r.errors[0].reason.contains("not in UTF-8"),
        "{:?}",
        r.errors
    );
}
both_engines!(the_users_encoding_wins_and_a_wrong_one_is_refused);

fn a_sources_file_sets_its_channels_directions(engine: Engine) {
    let (db, mut store) = engine.new_db("EUR");
    assert_eq!(direction_of(&store, "Print"), Direction::Inbound);
    let before = store.audit_count().unwrap();
    let file = "channel,source,direction\n\
        Print,Industrie-Anzeiger,outbound\n\
        Print,Maschinenmarkt,outbound\n\
        Trade shows,Hannover Messe,outbound\n\
        Social,LinkedIn,\n";
    let s = import(&mut store, Kind::Sources, file.as_bytes()).unwrap();
    assert_eq!(s.inserted, 4);
    assert_eq!(s.changed_channels.len(), 1, "{:?}", s.changed_channels);
    let c = &s.changed_channels[0];
    assert_eq!(
        (c.channel.as_str(), c.from, c.to),
        ("Print", Direction::Inbound, Direction::Outbound)
    );
    assert_eq!(direction_of(&store, "Print"), Direction::Outbound);
    // The change is in the audit trail with the rest of the import.
    drop(store);
    let row = db.query_text(
        "SELECT old_value, new_value FROM audit WHERE table_name = 'channels' \
         AND action = 'update' ORDER BY id DESC LIMIT 1",
    );
    let (old, new) = (row[0][0].clone().unwrap(), row[0][1].clone().unwrap());
    assert!(
        old.contains("\"inbound\"") && new.contains("\"outbound\""),
        "{old} {new}"
    );
    let after: i64 = db.query_text("SELECT CAST(count(*) AS TEXT) FROM audit")[0][0]
        .as_deref()
        .unwrap()
        .parse()
        .unwrap();
    assert!(after > before);
    // A second import of the same file changes nothing.
    let mut store = engine.reopen(&db);
    let s = import(&mut store, Kind::Sources, file.as_bytes()).unwrap();
    assert!(s.changed_channels.is_empty());
    assert_eq!(s.unchanged, 4);
}
both_engines!(a_sources_file_sets_its_channels_directions);

fn one_file_cannot_give_a_channel_two_directions(engine: Engine) {
    let (_dir, mut store) = engine.new_db("EUR");
    let file = "channel,source,direction\n\
        Print,Industrie-Anzeiger,outbound\n\
        print,Maschinenmarkt,inbound\n\
        Print,Konstruktion,outbound\n";
    let r = import(&mut store, Kind::Sources, file.as_bytes()).unwrap_err();
    assert_eq!(r.errors.len(), 1, "{:?}", r.errors);
    let e = &r.errors[0];
    assert_eq!((e.row, e.column.as_deref()), (3, Some("direction")));
    assert!(e.reason.contains("outbound in row 2"), "{}", e.reason);
    // Nothing was kept, the direction least of all.
    assert_eq!(direction_of(&store, "Print"), Direction::Inbound);
    assert!(!source_names(&store).contains(&"Industrie-Anzeiger".to_string()));
}
both_engines!(one_file_cannot_give_a_channel_two_directions);

fn control_characters_are_refused_by_row(engine: Engine) {
    let (_dir, mut store) = engine.new_db("EUR");
    let file = b"channel,source,direction\nTrade\0shows,Hannover Messe,outbound\nPrint,Fach\x1bblatt,\nPrint,Maschinenmarkt,\n";
    let r = import(&mut store, Kind::Sources, file).unwrap_err();
    let rows: Vec<(usize, Option<&str>)> = r
        .errors
        .iter()
        .map(|e| (e.row, e.column.as_deref()))
        .collect();
    assert_eq!(rows, vec![(2, Some("channel")), (3, Some("source"))]);
    assert!(
        r.errors[0].reason.contains("U+0000"),
        "{}",
        r.errors[0].reason
    );
    assert!(
        r.errors[1].reason.contains("U+001B"),
        "{}",
        r.errors[1].reason
    );
    let ds = store.load_dataset().unwrap();
    assert!(!ds.channels.iter().any(|c| c.name.contains('\0')));
    // A note may have lines and tabs.
    import(
        &mut store,
        Kind::Sources,
        b"channel,source\nPrint,Fachblatt\n",
    )
    .unwrap();
    let spend = "date,amount,category,source,note\n2026-01-05,100,advertising,Fachblatt,\"first line\r\nsecond\tline\"\n";
    import(&mut store, Kind::Spend, spend.as_bytes()).unwrap();
    let bad = "date,amount,category,source,note\n2026-01-06,100,advertising,Fachblatt,bell\x07\n";
    let r = import(&mut store, Kind::Spend, bad.as_bytes()).unwrap_err();
    assert_eq!(r.errors[0].column.as_deref(), Some("note"));
}
both_engines!(control_characters_are_refused_by_row);

fn headers_in_the_users_language(engine: Engine) {
    let (_dir, mut store) = engine.new_db("EUR");
    let de = "Kanal;Quelle;Richtung\nMessen;Hannover Messe;outbound\n";
    import(&mut store, Kind::Sources, de.as_bytes()).unwrap();
    let ru = " КАНАЛ ,Источник\nВыставки,Металлообработка\n";
    import(&mut store, Kind::Sources, ru.as_bytes()).unwrap();
    let sv =
        "Nr,Mottagen,Typ,Företag,Källa\nQ-1,2026-02-03,call,Göteborgs Svarv AB,Hannover Messe\n";
    import(&mut store, Kind::Inquiries, sv.as_bytes()).unwrap();
    let nl = "Nr;Aanvraagnr;Bedrijf;Status;Bedrag;Afgesloten op\nD-1;Q-1;Göteborgs Svarv AB;won;1.234,50;2026-03-01\n";
    import(&mut store, Kind::Deals, nl.as_bytes()).unwrap();
    let ds = store.load_dataset().unwrap();
    assert_eq!(ds.inquiries.len(), 1);
    assert_eq!(ds.deals[0].amount, rust_decimal::Decimal::new(123450, 2));
    // The kind is recognised from the same names, by the same rule.
    for (header, kind) in [
        (de, Kind::Sources),
        (sv, Kind::Inquiries),
        (nl, Kind::Deals),
    ] {
        let (_, rows) = csvio::preview(header.as_bytes(), 1).unwrap();
        assert_eq!(csvio::guess_kind(&rows[0]), Some(kind), "{header}");
    }
    // A name the rule does not know is named in the refusal.
    let r = import(
        &mut store,
        Kind::Sources,
        b"channel,source,received at\nPrint,X,1\n",
    )
    .unwrap_err();
    assert!(
        r.errors[0]
            .reason
            .contains("unknown column \"received at\""),
        "{:?}",
        r.errors
    );
}
both_engines!(headers_in_the_users_language);

fn templates_are_the_header_of_each_kind_and_import_empty(engine: Engine) {
    for kind in Kind::ALL {
        let t = csvio::template(*kind);
        let (_, rows) = csvio::preview(&t, 1).unwrap();
        assert_eq!(rows[0], kind.columns());
        assert_eq!(csvio::guess_kind(&rows[0]), Some(*kind));
        let (_dir, mut store) = engine.new_db("EUR");
        let s = import(&mut store, *kind, &t).unwrap();
        assert_eq!(s.rows, 0);
    }
}
both_engines!(templates_are_the_header_of_each_kind_and_import_empty);
