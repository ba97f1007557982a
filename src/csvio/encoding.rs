//! Which encoding a file is in (see "Encoding" in `shared/spec/csv.md`).
//!
//! A byte order mark decides first. Without one, UTF-16 shows itself by the
//! NUL bytes of its ASCII characters, which chardetng does not look for; then
//! valid UTF-8 is UTF-8. Anything else is in the legacy code page of the Excel
//! that wrote it, and chardetng, which scores the text against the statistics
//! of every legacy code page, tells which. Excel in Europe writes only
//! Windows-1252, -1250 and -1251, so chardetng's answers are folded onto those
//! three by script; Asian code pages it finds are kept as they are.
//!
//! A short file can fit two code pages: "Třebíč" written in Windows-1250 reads
//! "Tøebíè" in Windows-1252, letters both. chardetng leans on its hint (a
//! top-level domain) in such a case, so the reader asks it under several
//! hints; when their readings differ, each is made of letters, and the file is
//! short, the user's language decides and the summary says that it guessed.

use super::RowError;
use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{
    Encoding, IBM866, ISO_8859_2, ISO_8859_5, KOI8_R, KOI8_U, UTF_16BE, UTF_16LE, UTF_8,
    WINDOWS_1250, WINDOWS_1251, WINDOWS_1252, X_MAC_CYRILLIC,
};

/// How to turn a file's bytes into text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Decoding {
    /// The encoding the user chose; `None` detects it.
    pub forced: Option<&'static Encoding>,
    /// The code page the user's language suggests, for a file that fits two.
    pub hint: Option<&'static Encoding>,
}

impl Decoding {
    /// Detection with the user's language ("en", "de", "nl", "sv", "ru") as
    /// the tie-break: Cyrillic for Russian, western European otherwise.
    pub fn for_language(language: &str) -> Decoding {
        Decoding {
            forced: None,
            hint: Some(if language.eq_ignore_ascii_case("ru") {
                WINDOWS_1251
            } else {
                WINDOWS_1252
            }),
        }
    }

    /// The same with the user's own choice of encoding, which wins.
    pub fn forcing(self, forced: Option<&'static Encoding>) -> Decoding {
        Decoding { forced, ..self }
    }
}

/// Looks up an encoding by any of its WHATWG labels ("windows-1251",
/// "cp1251", "utf-16le", "latin1", ...), case-insensitively.
pub fn by_name(name: &str) -> Result<&'static Encoding, String> {
    match Encoding::for_label(name.trim().as_bytes()) {
        // The replacement encoding decodes every file to one error character,
        // and x-user-defined is a browser-internal mapping: neither is a
        // spreadsheet's encoding.
        Some(e) if e != encoding_rs::REPLACEMENT && e != encoding_rs::X_USER_DEFINED => Ok(e),
        _ => Err(format!(
            "unknown encoding \"{}\"; use for example UTF-8, UTF-16LE, UTF-16BE, \
             Windows-1252, Windows-1250 or Windows-1251",
            name.trim()
        )),
    }
}

/// A decoded file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// "UTF-8", "UTF-8 with BOM", "UTF-16LE", "Windows-1251", ...
    pub name: &'static str,
    /// The text fitted more than one code page and the user's language chose.
    pub guessed: bool,
}

/// The name shown to users: the spelling Windows uses for its code pages.
pub fn display_name(e: &'static Encoding) -> &'static str {
    match e.name() {
        "windows-1250" => "Windows-1250",
        "windows-1251" => "Windows-1251",
        "windows-1252" => "Windows-1252",
        other => other,
    }
}

/// Below this many non-ASCII bytes a file is short: chardetng's statistics
/// then rest on a word or two, and a hint can tip them.
const SHORT: usize = 12;

/// Decodes `bytes`, refusing only a file that is not in the encoding the user
/// chose (the refusal names the first bad line).
pub fn decode(bytes: &[u8], how: &Decoding) -> Result<Decoded, RowError> {
    if let Some(forced) = how.forced {
        return decode_as(bytes, forced);
    }
    if let Some((enc, rest)) = Encoding::for_bom(bytes) {
        let rest = &bytes[rest..];
        if enc == UTF_8 {
            if let Ok(text) = std::str::from_utf8(rest) {
                return Ok(plain(text.to_string(), "UTF-8 with BOM"));
            }
            // A BOM before bytes that are not UTF-8: an editor added it to a
            // legacy file; the rest tells what it is.
            return Ok(legacy(rest, how.hint));
        }
        let (text, _) = enc.decode_without_bom_handling(rest);
        return Ok(plain(text.into_owned(), enc.name()));
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        return Ok(plain(text.into_owned(), enc.name()));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(plain(text.to_string(), "UTF-8")),
        Err(_) => Ok(legacy(bytes, how.hint)),
    }
}

fn plain(text: String, name: &'static str) -> Decoded {
    Decoded {
        text,
        name,
        guessed: false,
    }
}

fn decode_as(bytes: &[u8], enc: &'static Encoding) -> Result<Decoded, RowError> {
    // The encoding's own BOM is dropped; any other is left to show as text.
    let (text, had_errors) = enc.decode_with_bom_removal(bytes);
    if had_errors {
        let text = text.into_owned();
        let at = text.find('\u{FFFD}').unwrap_or(0);
        let line = text[..at].matches('\n').count() + 1;
        return Err(RowError {
            row: line,
            column: None,
            reason: format!(
                "the file is not in {}: line {line} has bytes that encoding cannot hold",
                display_name(enc)
            ),
        });
    }
    Ok(plain(text.into_owned(), display_name(enc)))
}

/// UTF-16 without a byte order mark: the text of a CSV file is mostly ASCII
/// (delimiters, digits, the header), and every ASCII character has a NUL
/// byte beside it, after it in little-endian and before it in big-endian.
/// Both halves of the check must hold, and the bytes must decode cleanly.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let enc = utf16_shape(bytes)?;
    let (_, had_errors) = enc.decode_without_bom_handling(bytes);
    (!had_errors).then_some(enc)
}

/// The first half of [`utf16_without_bom`]: the NUL bytes of the file's
/// first 4 KiB, which a streamed reading checks before decoding it all.
pub(super) fn utf16_shape(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 4 {
        return None;
    }
    let pairs = head.len() / 2;
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, b) in head.iter().enumerate() {
        if *b == 0 {
            if i % 2 == 0 {
                even += 1;
            } else {
                odd += 1;
            }
        }
    }
    if odd * 5 >= pairs && even * 20 <= odd {
        Some(UTF_16LE)
    } else if even * 5 >= pairs && odd * 20 <= even {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Folds chardetng's answer onto the code pages Excel writes in Europe:
/// central European Latin to Windows-1250, Cyrillic to Windows-1251, any
/// other Latin (Turkish, Baltic, Icelandic, ISO-8859-1...) to Windows-1252.
fn excel_code_page(e: &'static Encoding) -> &'static Encoding {
    if e == WINDOWS_1250 || e == ISO_8859_2 {
        WINDOWS_1250
    } else if [
        WINDOWS_1251,
        ISO_8859_5,
        KOI8_R,
        KOI8_U,
        IBM866,
        X_MAC_CYRILLIC,
    ]
    .contains(&e)
    {
        WINDOWS_1251
    } else if e.is_single_byte() {
        WINDOWS_1252
    } else {
        // GBK, Shift_JIS, Big5, EUC-KR: a file from further afield.
        e
    }
}

fn guess(bytes: &[u8], tld: Option<&[u8]>) -> &'static Encoding {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    excel_code_page(detector.guess(tld, Utf8Detection::Deny))
}

/// The text could be words: every character outside ASCII is a letter, and
/// no word mixes Latin and Cyrillic letters ("Gцteborgs" is no word in any
/// language, though each of its letters is one).
fn plausible(text: &str) -> bool {
    let cyrillic = |c: char| ('\u{0400}'..='\u{04FF}').contains(&c);
    let latin = |c: char| c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c);
    text.chars().all(|c| c.is_ascii() || c.is_alphabetic())
        && text
            .split(|c: char| !c.is_alphabetic())
            .all(|w| !(w.chars().any(cyrillic) && w.chars().any(latin)))
}

fn legacy(bytes: &[u8], hint: Option<&'static Encoding>) -> Decoded {
    let generic = guess(bytes, None);
    let decoded = |e: &'static Encoding| e.decode_without_bom_handling(bytes).0.into_owned();
    let text = decoded(generic);
    let non_ascii = bytes.iter().filter(|b| !b.is_ascii()).count();
    if non_ascii >= SHORT {
        return Decoded {
            text,
            name: display_name(generic),
            guessed: false,
        };
    }
    // The readings that the western, central European and Cyrillic hints
    // lead chardetng to, kept when they could be words and differ from the
    // generic reading.
    let mut rivals: Vec<(&'static Encoding, String)> = Vec::new();
    for tld in [&b"de"[..], b"cz", b"ru"] {
        let e = guess(bytes, Some(tld));
        let t = decoded(e);
        if t != text && plausible(&t) && !rivals.iter().any(|(_, r)| *r == t) {
            rivals.push((e, t));
        }
    }
    if rivals.is_empty() {
        return Decoded {
            text,
            name: display_name(generic),
            guessed: false,
        };
    }
    let chosen = hint
        .and_then(|h| rivals.iter().find(|(e, _)| *e == h))
        .map(|(e, t)| (*e, t.clone()))
        .unwrap_or((generic, text));
    Decoded {
        text: chosen.1,
        name: display_name(chosen.0),
        guessed: true,
    }
}

/// [`legacy`] for a file read in chunks from `skip` on: chardetng is fed
/// the whole file a chunk at a time; when it is short of non-ASCII bytes,
/// the lines that hold them (all the text the code pages can read apart,
/// and no word spans lines) are kept to weigh the hints' readings.
pub(super) fn legacy_stream<R: std::io::Read + std::io::Seek + ?Sized>(
    src: &mut R,
    skip: u64,
    hint: Option<&'static Encoding>,
) -> std::io::Result<(&'static Encoding, bool)> {
    src.seek(std::io::SeekFrom::Start(skip))?;
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    let mut buf = vec![0u8; 64 * 1024];
    let (mut non_ascii, mut lines, mut line, mut line_has) =
        (0usize, Vec::new(), Vec::new(), false);
    loop {
        let n = src.read(&mut buf)?;
        if n == 0 {
            break;
        }
        let chunk = &buf[..n];
        detector.feed(chunk, false);
        for &b in chunk {
            if b == b'\n' {
                if line_has && non_ascii <= SHORT {
                    lines.extend_from_slice(&line);
                    lines.push(b'\n');
                }
                line.clear();
                line_has = false;
                continue;
            }
            if !b.is_ascii() {
                non_ascii += 1;
                line_has = true;
            }
            if non_ascii <= SHORT {
                line.push(b);
            }
        }
        if non_ascii > SHORT {
            line = Vec::new();
        }
    }
    detector.feed(&[], true);
    if line_has && non_ascii <= SHORT {
        lines.extend_from_slice(&line);
    }
    let generic = excel_code_page(detector.guess(None, Utf8Detection::Deny));
    if non_ascii >= SHORT {
        return Ok((generic, false));
    }
    let decoded = |e: &'static Encoding| e.decode_without_bom_handling(&lines).0.into_owned();
    let text = decoded(generic);
    let mut rivals: Vec<(&'static Encoding, String)> = Vec::new();
    for tld in [&b"de"[..], b"cz", b"ru"] {
        let e = excel_code_page(detector.guess(Some(tld), Utf8Detection::Deny));
        let t = decoded(e);
        if t != text && plausible(&t) && !rivals.iter().any(|(_, r)| *r == t) {
            rivals.push((e, t));
        }
    }
    if rivals.is_empty() {
        return Ok((generic, false));
    }
    let chosen = hint
        .and_then(|h| rivals.iter().find(|(e, _)| *e == h).map(|(e, _)| *e))
        .unwrap_or(generic);
    Ok((chosen, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(text: &str, e: &'static Encoding) -> Vec<u8> {
        let (b, _, unmappable) = e.encode(text);
        assert!(!unmappable, "{text} does not fit {}", e.name());
        b.into_owned()
    }

    fn utf16(text: &str, little: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| {
                if little {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                }
            })
            .collect()
    }

    fn detect(bytes: &[u8], language: &str) -> Decoded {
        decode(bytes, &Decoding::for_language(language)).unwrap()
    }

    #[test]
    fn byte_order_marks_and_utf8() {
        assert_eq!(detect(b"a,b", "en"), plain("a,b".into(), "UTF-8"));
        let d = detect(b"\xEF\xBB\xBFa,\xC3\xBC", "en");
        assert_eq!((d.text.as_str(), d.name), ("a,ü", "UTF-8 with BOM"));
        let d = detect(b"\xFF\xFEa\x00;\x00", "en");
        assert_eq!((d.text.as_str(), d.name), ("a;", "UTF-16LE"));
        let d = detect(b"\xFE\xFF\x00a\x00;", "en");
        assert_eq!((d.text.as_str(), d.name), ("a;", "UTF-16BE"));
        // A BOM followed by a legacy file: the rest decides.
        let d = detect(b"\xEF\xBB\xBFM\xFCller", "en");
        assert_eq!((d.text.as_str(), d.name), ("Müller", "Windows-1252"));
    }

    #[test]
    fn utf16_without_a_bom_in_both_byte_orders() {
        let text = "channel,source\r\nВыставки,Станкомаш\r\nPrint,Łódź Metal\r\n";
        for (little, name) in [(true, "UTF-16LE"), (false, "UTF-16BE")] {
            let d = detect(&utf16(text, little), "en");
            assert_eq!((d.text.as_str(), d.name, d.guessed), (text, name, false));
        }
    }

    /// Real company names of each country, in the code page its Excel
    /// writes, each with the UI language of a user there (`None`: no UI
    /// language of ours; Polish and Czech users work in English or German).
    fn files() -> Vec<(&'static str, &'static Encoding, Option<&'static str>)> {
        vec![
        (
            "company\nMüller Präzisionsteile GmbH\nSchäfer Maschinenbau\nWeiß & Söhne KG\n",
            WINDOWS_1252,
            Some("de"),
        ),
        (
            "company\nDe Vries Metaalbewerking B.V.\nCoöperatie Techniek Eindhoven\nVan der Ploeg Staalbouw\n",
            WINDOWS_1252,
            Some("nl"),
        ),
        (
            "company\nGöteborgs Svarv AB\nMälardalens Mekaniska\nÅkessons Plåtslageri\n",
            WINDOWS_1252,
            Some("sv"),
        ),
        (
            "company\nŁódź Metal sp. z o.o.\nZakład Obróbki Skrawaniem Kraków\nFabryka Śrub Gdańsk\n",
            WINDOWS_1250,
            None,
        ),
        (
            "company\nStrojírny Třebíč s.r.o.\nKovovýroba Plzeň\nŽďárské železárny\n",
            WINDOWS_1250,
            None,
        ),
        (
            "channel,source\nВыставки,Металлообработка\nРеклама,Яндекс Директ\nООО Станкомаш,Рекомендация\n",
            WINDOWS_1251,
            Some("ru"),
        ),
        ]
    }

    #[test]
    fn each_code_page_from_real_company_names() {
        for (text, e, native) in files() {
            let bytes = enc(text, e);
            // The user of the country reads it right, whatever was guessed.
            let d = detect(&bytes, native.unwrap_or("en"));
            assert_eq!(d.text, text, "{}", e.name());
            assert_eq!(d.name, display_name(e));
            // A reading that was not guessed is right for every user.
            for language in ["en", "de", "nl", "sv", "ru"] {
                let d = detect(&bytes, language);
                assert!(d.guessed || d.text == text, "{text} for {language}");
            }
        }
    }

    #[test]
    fn a_file_of_some_length_is_never_a_guess() {
        for (text, e, _) in files() {
            let long = text.repeat(3);
            for language in ["en", "de", "nl", "sv", "ru"] {
                let d = detect(&enc(&long, e), language);
                assert_eq!(
                    (d.text.as_str(), d.guessed),
                    (long.as_str(), false),
                    "{language}"
                );
            }
        }
    }

    #[test]
    fn the_specs_examples_alone_on_a_line() {
        for (text, e) in [
            ("Łódź", WINDOWS_1250),
            ("Станкомаш", WINDOWS_1251),
            ("Выставки", WINDOWS_1251),
        ] {
            let d = detect(&enc(text, e), "de");
            assert_eq!((d.text.as_str(), d.name), (text, display_name(e)));
        }
    }

    #[test]
    fn a_short_file_that_fits_two_code_pages_follows_the_language_and_says_so() {
        // "Třebíč" in Windows-1250 is "Tøebíè" in Windows-1252: letters both.
        let bytes = enc("Třebíč", WINDOWS_1250);
        let western = detect(&bytes, "de");
        let russian = detect(&bytes, "ru");
        assert!(western.guessed && russian.guessed);
        assert_ne!(western.text, "Třebíč");
        assert_eq!(western.name, "Windows-1252");
        // The user's word settles it.
        let forced = decode(
            &bytes,
            &Decoding::for_language("de").forcing(Some(WINDOWS_1250)),
        );
        assert_eq!(forced.unwrap(), plain("Třebíč".into(), "Windows-1250"));
    }

    #[test]
    fn the_users_choice_is_checked() {
        let err = decode(
            b"a\nb\n\xFF\xFE\xFD\n",
            &Decoding::default().forcing(Some(UTF_8)),
        )
        .unwrap_err();
        assert_eq!(err.row, 3);
        assert!(err.reason.contains("not in UTF-8"), "{}", err.reason);
        assert_eq!(by_name("CP1251").unwrap(), WINDOWS_1251);
        assert_eq!(by_name(" utf-16 ").unwrap(), UTF_16LE);
        assert_eq!(by_name("latin1").unwrap(), WINDOWS_1252);
        assert!(by_name("klingon").unwrap_err().contains("\"klingon\""));
        assert!(by_name("iso-2022-kr").is_err());
    }
}
