use leadledger::demo::{generate, DemoOptions};
use leadledger::metrics::{Model, Period, Request};
use leadledger::report::{render_report, Paper};

#[test]
fn scratch_dump() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let ds = generate(&DemoOptions { today, ..DemoOptions::default() });
    let req = Request { period: Period::year(2026, 1).unwrap(), as_of: today, model: Model::FirstTouch };
    for lang in ["en", "de", "nl", "sv", "ru"] {
        let t = std::time::Instant::now();
        let r = render_report(&ds, &req, lang, Paper::A4).unwrap();
        eprintln!("{lang}: {} pages, {} bytes, {:?}", r.pages, r.pdf.len(), t.elapsed());
        std::fs::write(format!("/tmp/llr/{lang}.pdf"), &r.pdf).unwrap();
    }
}
