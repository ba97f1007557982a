//! Page images of the demo report in English and Russian against committed
//! references under `tests/data/report/`, so that a layout regression fails
//! a test. `LEADLEDGER_BLESS=1` rewrites the references (look at the pages
//! first: `pdftoppm -png -r 60` on a kept PDF, see `LEADLEDGER_REPORT_KEEP`).

use super::{check_pdf, demo, pdf_tool, year_to_date};
use leadledger::report::{render_report, Paper};
use std::path::{Path, PathBuf};

/// A grey-scale image (binary PGM).
struct Gray {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
}

fn read_pgm(bytes: &[u8]) -> Gray {
    // "P5" width height maxval, each followed by one whitespace byte.
    let mut fields = Vec::new();
    let mut pos = 0;
    while fields.len() < 4 {
        while bytes[pos].is_ascii_whitespace() {
            pos += 1;
        }
        let start = pos;
        while !bytes[pos].is_ascii_whitespace() {
            pos += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..pos]).to_string());
    }
    assert_eq!(fields[0], "P5", "not a binary PGM");
    assert_eq!(fields[3], "255");
    let (width, height) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = bytes[pos + 1..pos + 1 + width * height].to_vec();
    Gray {
        width,
        height,
        pixels,
    }
}

fn write_pgm(img: &Gray) -> Vec<u8> {
    let mut out = format!("P5\n{} {}\n255\n", img.width, img.height).into_bytes();
    out.extend_from_slice(&img.pixels);
    out
}

/// Halves an image by averaging 2×2 blocks, so that the references stay
/// small (about 40 KB a page) while a moved table or a missing chart still
/// shows clearly.
fn halve(img: &Gray) -> Gray {
    let (w, h) = (img.width / 2, img.height / 2);
    let mut pixels = Vec::with_capacity(w * h);
    for y in 0..h {
        for x in 0..w {
            let at = |dx, dy| u32::from(img.pixels[(2 * y + dy) * img.width + 2 * x + dx]);
            pixels.push(((at(0, 0) + at(1, 0) + at(0, 1) + at(1, 1) + 2) / 4) as u8);
        }
    }
    Gray {
        width: w,
        height: h,
        pixels,
    }
}

/// Renders `pdf`'s pages at 40 dpi in grey and halves them.
fn page_images(dir: &Path, pdf: &Path) -> Vec<Gray> {
    let prefix = dir.join("page");
    let out = pdf_tool(
        "pdftoppm",
        &[
            "-r",
            "40",
            "-gray",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "pdftoppm: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pgm"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| halve(&read_pgm(&std::fs::read(f).unwrap())))
        .collect()
}

fn mean_abs_diff(a: &Gray, b: &Gray) -> f64 {
    assert_eq!(
        (a.width, a.height),
        (b.width, b.height),
        "page size changed"
    );
    let total: u64 = a
        .pixels
        .iter()
        .zip(&b.pixels)
        .map(|(x, y)| u64::from(x.abs_diff(*y)))
        .sum();
    total as f64 / a.pixels.len() as f64
}

/// Mean absolute grey difference (0–255) a page may show against its
/// reference: room for another poppler's anti-aliasing, far below what a
/// moved table, a missing chart or a wrapped column produces (> 3).
const TOLERANCE: f64 = 1.5;

#[test]
fn demo_report_pages_match_the_reference_images() {
    let refs = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/report");
    let bless = std::env::var("LEADLEDGER_BLESS").is_ok_and(|v| v == "1");
    for lang in ["en", "ru"] {
        let dir = tempfile::tempdir().unwrap();
        let rendered = render_report(demo(), &year_to_date(), lang, Paper::A4).unwrap();
        let (pdf, _) = check_pdf(dir.path(), "demo.pdf", &rendered.pdf);
        let pages = page_images(dir.path(), &pdf);
        assert_eq!(pages.len(), rendered.pages);
        if bless {
            std::fs::create_dir_all(&refs).unwrap();
            for old in std::fs::read_dir(&refs).unwrap().map(|e| e.unwrap().path()) {
                let name = old.file_name().unwrap().to_string_lossy().to_string();
                if name.starts_with(&format!("{lang}-")) && name.ends_with(".pgm") {
                    std::fs::remove_file(old).unwrap();
                }
            }
            for (i, page) in pages.iter().enumerate() {
                std::fs::write(
                    refs.join(format!("{lang}-{:02}.pgm", i + 1)),
                    write_pgm(page),
                )
                .unwrap();
            }
            continue;
        }
        let count = std::fs::read_dir(&refs)
            .map(|d| {
                d.filter(|e| {
                    e.as_ref()
                        .unwrap()
                        .file_name()
                        .to_string_lossy()
                        .starts_with(&format!("{lang}-"))
                })
                .count()
            })
            .unwrap_or(0);
        assert_eq!(
            count,
            pages.len(),
            "{lang}: {} pages against {count} references in {}; if the change is intended, look at the pages and \
             run with LEADLEDGER_BLESS=1",
            pages.len(),
            refs.display()
        );
        for (i, page) in pages.iter().enumerate() {
            let reference =
                read_pgm(&std::fs::read(refs.join(format!("{lang}-{:02}.pgm", i + 1))).unwrap());
            let diff = mean_abs_diff(page, &reference);
            assert!(
                diff <= TOLERANCE,
                "{lang} page {}: mean difference {diff:.2} > {TOLERANCE}; if intended, run with LEADLEDGER_BLESS=1",
                i + 1
            );
        }
    }
}
