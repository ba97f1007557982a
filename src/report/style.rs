//! What a drawn primitive looks like, shared by the PDF layout (`layout`)
//! and its SVG mirror (`svg`): colours, text styles, the page's geometry
//! and the millimetre-to-point scale.

use printpdf::{Color, Rgb};

/// PDF points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// An RGB colour with components in 0..=1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgbf(pub f32, pub f32, pub f32);

impl Rgbf {
    pub(super) fn color(self) -> Color {
        Color::Rgb(Rgb {
            r: self.0,
            g: self.1,
            b: self.2,
            icc_profile: None,
        })
    }
}

pub const INK: Rgbf = Rgbf(0.11, 0.12, 0.14);
pub const MUTED: Rgbf = Rgbf(0.40, 0.43, 0.47);
pub const ACCENT: Rgbf = Rgbf(0.09, 0.27, 0.45);
pub const RULE: Rgbf = Rgbf(0.72, 0.74, 0.77);
pub const HEADER_FILL: Rgbf = Rgbf(0.89, 0.92, 0.95);
pub const ZEBRA: Rgbf = Rgbf(0.965, 0.97, 0.975);

/// Font size (pt), weight and colour of a run of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    pub color: Rgbf,
}

impl Style {
    pub const fn new(size: f32, bold: bool, color: Rgbf) -> Style {
        Style { size, bold, color }
    }
    /// The font size in millimetres.
    pub fn em(&self) -> f32 {
        self.size / PT_PER_MM
    }
    /// The distance between two baselines, in millimetres.
    pub fn line_height(&self) -> f32 {
        self.em() * 1.32
    }
    pub fn bold(self) -> Style {
        Style { bold: true, ..self }
    }
    pub fn colored(self, color: Rgbf) -> Style {
        Style { color, ..self }
    }
    pub fn sized(self, size: f32) -> Style {
        Style { size, ..self }
    }
}

pub const BODY: Style = Style::new(9.0, false, INK);
pub const SMALL: Style = Style::new(7.5, false, MUTED);
pub const TABLE: Style = Style::new(7.8, false, INK);

/// Page size and margins in millimetres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}
