//! The report's two faces, DejaVu Sans and DejaVu Sans Bold (free licence,
//! `assets/fonts/LICENSE-DejaVu.txt`), embedded in the binary, and the text
//! measurement that layout needs.
//!
//! DejaVu covers Latin with the German, Dutch and Swedish letters, Cyrillic,
//! the no-break spaces U+00A0 and U+202F and the currency signs (€, £, ¥,
//! ₽). printpdf writes each character as one glyph with the font's advance
//! width and no kerning, so the width of a string is exactly the sum of its
//! glyphs' advances, which is what [`Face::width`] adds up.
//!
//! Parsing a face takes a few milliseconds, so both are parsed once per
//! process and shared.

use crate::error::{Error, ErrorCode, Result};
use printpdf::ParsedFont;
use std::collections::HashMap;
use std::sync::OnceLock;

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// U+00AD, a place where a long word may be hyphenated.
pub const SOFT_HYPHEN: char = '\u{AD}';

/// One parsed face with its advance widths.
pub struct Face {
    pub parsed: ParsedFont,
    /// Advance widths in em of the characters the report commonly uses.
    widths: HashMap<char, f32>,
    /// Advance of the glyph printed for a character the face lacks.
    missing: f32,
    units_per_em: f32,
}

impl Face {
    fn load(bytes: &[u8], name: &str) -> std::result::Result<Face, String> {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings)
            .ok_or_else(|| format!("the embedded font {name} cannot be read: {warnings:?}"))?;
        let units_per_em = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        let mut face = Face {
            parsed,
            widths: HashMap::new(),
            missing: 0.0,
            units_per_em,
        };
        face.missing = face.advance_of_glyph(0);
        let common = (' '..='~')
            .chain('\u{A0}'..='\u{17F}')
            .chain('\u{400}'..='\u{45F}')
            .chain([
                '\u{2013}', '\u{2014}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{201E}',
                '\u{2026}', '\u{2022}', '\u{202F}', '\u{20AC}', '\u{20BD}', '\u{2212}', '\u{00D7}',
                '\u{00B7}', '\u{25B2}', '\u{25BC}',
            ]);
        for c in common {
            let w = face.measure_char(c);
            face.widths.insert(c, w);
        }
        // A soft hyphen is invisible unless a line breaks at it, where the
        // layout prints a real hyphen instead.
        face.widths.insert(SOFT_HYPHEN, 0.0);
        Ok(face)
    }

    fn advance_of_glyph(&self, gid: u16) -> f32 {
        f32::from(self.parsed.get_horizontal_advance(gid)) / self.units_per_em
    }

    fn measure_char(&self, c: char) -> f32 {
        match self.parsed.lookup_glyph_index(c as u32) {
            Some(gid) => self.advance_of_glyph(gid),
            None => self.missing,
        }
    }

    /// Whether the face has a glyph for `c`.
    #[cfg(test)]
    pub fn covers(&self, c: char) -> bool {
        self.parsed
            .lookup_glyph_index(c as u32)
            .is_some_and(|g| g != 0)
    }

    /// Width of `text` in em (multiply by the font size).
    pub fn width_em(&self, text: &str) -> f32 {
        text.chars()
            .map(|c| {
                self.widths
                    .get(&c)
                    .copied()
                    .unwrap_or_else(|| self.measure_char(c))
            })
            .sum()
    }

    /// Width of one character in em.
    pub fn char_em(&self, c: char) -> f32 {
        self.widths
            .get(&c)
            .copied()
            .unwrap_or_else(|| self.measure_char(c))
    }
}

/// The regular and the bold face.
pub struct Faces {
    pub regular: Face,
    pub bold: Face,
}

impl Faces {
    pub fn get(&self, bold: bool) -> &Face {
        if bold {
            &self.bold
        } else {
            &self.regular
        }
    }
}

static FACES: OnceLock<std::result::Result<Faces, String>> = OnceLock::new();

/// The shared faces, parsed on first use.
pub fn faces() -> Result<&'static Faces> {
    FACES
        .get_or_init(|| {
            Ok(Faces {
                regular: Face::load(REGULAR, "DejaVuSans.ttf")?,
                bold: Face::load(BOLD, "DejaVuSans-Bold.ttf")?,
            })
        })
        .as_ref()
        .map_err(|e| Error::new(ErrorCode::Io, e.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faces_cover_every_script_and_sign_of_the_report() {
        let f = faces().unwrap();
        let text = "ÄÖÜäöüß ÅåÉé ĲĳËë Привет ЁёЙй €£¥₽$ – — „“ ”’ «» · × \u{A0}\u{202F}";
        for face in [&f.regular, &f.bold] {
            for c in text.chars().filter(|c| *c != ' ') {
                assert!(face.covers(c), "no glyph for {c:?} (U+{:04X})", c as u32);
            }
        }
        for lang in crate::i18n::LANGUAGES {
            for c in crate::i18n::source(lang)
                .unwrap()
                .chars()
                .filter(|c| !c.is_control() && *c != ' ')
            {
                assert!(
                    f.regular.covers(c) && f.bold.covers(c),
                    "{lang}: no glyph for {c:?}"
                );
            }
        }
    }

    #[test]
    fn widths_add_up_and_bold_is_wider() {
        let f = faces().unwrap();
        let a = f.regular.width_em("Leads");
        let b = f.regular.width_em("Leads Leads");
        assert!((b - (2.0 * a + f.regular.width_em(" "))).abs() < 1e-4);
        assert!(f.bold.width_em("Revenue") > f.regular.width_em("Revenue"));
        // The narrow no-break space is narrower than the ordinary one.
        assert!(f.regular.char_em('\u{202F}') < f.regular.char_em(' '));
    }
}
