//! Unit tests of [`super`]: every written form of an amount, the evidence
//! each gives, ambiguity, conflicts and the refusals.

use super::*;
use rust_decimal_macros::dec;

const POINT: AmountRules = AmountRules {
    decimal: Some('.'),
    tied: false,
    max_decimals: 2,
};
const COMMA: AmountRules = AmountRules {
    decimal: Some(','),
    tied: false,
    max_decimals: 2,
};
const NONE: AmountRules = AmountRules {
    decimal: None,
    tied: false,
    max_decimals: 2,
};

#[test]
fn reads_every_written_form() {
    let cases = [
        ("1234.56", dec!(1234.56)),
        ("1,234.56", dec!(1234.56)),
        ("1 234.56", dec!(1234.56)),
        ("1'234.56", dec!(1234.56)),
        ("1\u{2019}234.56", dec!(1234.56)),
        ("€1234.56", dec!(1234.56)),
        ("$ 1,234.56", dec!(1234.56)),
        ("1234.56 USD", dec!(1234.56)),
        ("US$ 12.50", dec!(12.50)),
        ("usd12.50", dec!(12.50)),
        ("£0.5", dec!(0.5)),
        ("12", dec!(12)),
        ("1 234 567", dec!(1234567)),
        ("0", dec!(0)),
    ];
    for (cell, want) in cases {
        assert_eq!(POINT.read(cell), Ok(want), "{cell}");
        assert_eq!(NONE.read(cell), Ok(want), "{cell}");
    }
    let cases = [
        ("1234,56", dec!(1234.56)),
        ("1 234,56", dec!(1234.56)),
        ("1\u{a0}234,56", dec!(1234.56)),
        ("1\u{202f}234,56", dec!(1234.56)),
        ("1.234,56", dec!(1234.56)),
        ("1.234.567,5", dec!(1234567.5)),
        ("1234,56 €", dec!(1234.56)),
        ("1234,56EUR", dec!(1234.56)),
        ("1 234,56 SEK", dec!(1234.56)),
        ("kr 1 234,50", dec!(1234.50)),
        ("1.234,5 kr.", dec!(1234.5)),
        ("CHF 1'234,50", dec!(1234.50)),
    ];
    for (cell, want) in cases {
        assert_eq!(COMMA.read(cell), Ok(want), "{cell}");
        assert_eq!(NONE.read(cell), Ok(want), "{cell}");
    }
}

#[test]
fn keeps_the_written_scale() {
    assert_eq!(POINT.read("1234.50").unwrap().to_string(), "1234.50");
    assert_eq!(COMMA.read("1234,50").unwrap().to_string(), "1234.50");
}

#[test]
fn evidence_of_each_form() {
    let ev = |c: &str| scan(c).unwrap().evidence();
    assert_eq!(ev("1.234,56"), Some(','));
    assert_eq!(ev("1,234.56"), Some('.'));
    assert_eq!(ev("12,5"), Some(','));
    assert_eq!(ev("12.50"), Some('.'));
    assert_eq!(ev("1.234.567"), Some(','));
    assert_eq!(ev("1,234,567"), Some('.'));
    assert_eq!(ev("0,123"), Some(','));
    assert_eq!(ev("1234,567"), Some(','));
    assert_eq!(ev("1 234,567"), Some(','));
    assert_eq!(ev("1234"), None);
    assert_eq!(ev("1 234"), None);
    assert_eq!(ev("1,234"), None);
    assert_eq!(scan("1,234").unwrap().value(None), None);
    assert_eq!(scan("999.999").unwrap().value(None), None);
    assert_eq!(scan("1234").unwrap().value(None), Some(dec!(1234)));
}

#[test]
fn ambiguous_cells_follow_the_file_or_are_refused() {
    assert!(COMMA
        .read("1,234")
        .unwrap_err()
        .contains("more than 2 decimals"));
    assert_eq!(POINT.read("1,234"), Ok(dec!(1234)));
    assert_eq!(COMMA.read("1.234"), Ok(dec!(1234)));
    assert_eq!(
        POINT.read("1.234"),
        Err("\"1.234\" has more than 2 decimals".into())
    );
    let err = NONE.read("1,234").unwrap_err();
    assert!(err.contains("ambiguous"), "{err}");
    assert!(err.contains("1234") && err.contains("1.234"), "{err}");
}

#[test]
fn conflicting_cells_are_refused() {
    let err = POINT.read("12,50").unwrap_err();
    assert!(err.contains("decimal separator"), "{err}");
    assert!(COMMA.read("1,234.50").is_err());
    let tied = AmountRules {
        decimal: None,
        tied: true,
        max_decimals: 2,
    };
    assert!(tied.read("12,50").is_err());
    assert!(tied.read("12.50").is_err());
    assert_eq!(tied.read("1 234"), Ok(dec!(1234)));
}

#[test]
fn decides_by_majority() {
    let r = AmountRules::decide(["12,50", "1.234", "3,5", "7.25", "100"]);
    assert_eq!(r, COMMA);
    let r = AmountRules::decide(["12.50", "1,234", "100"]);
    assert_eq!(r, POINT);
    assert_eq!(AmountRules::decide(["1,234", "100"]), NONE);
    let r = AmountRules::decide(["12.50", "12,50"]);
    assert_eq!(
        r,
        AmountRules {
            decimal: None,
            tied: true,
            max_decimals: 2
        }
    );
    assert_eq!(AmountRules::decide(["abc", ""]), NONE);
}

#[test]
fn the_caller_may_allow_other_precisions() {
    let three = AmountRules {
        max_decimals: 3,
        ..POINT
    };
    assert_eq!(three.read("1.234"), Ok(dec!(1.234)));
    assert!(three
        .read("1.2345")
        .unwrap_err()
        .contains("more than 3 decimals"));
    let none = AmountRules {
        max_decimals: 0,
        ..POINT
    };
    assert_eq!(none.read("1 234"), Ok(dec!(1234)));
    assert_eq!(none.read("12.00"), Ok(dec!(12.00)));
    assert!(none
        .read("12.50")
        .unwrap_err()
        .contains("more than 0 decimals"));
}

#[test]
fn refuses_negative_precise_and_absurd() {
    for cell in ["-5", "-12.50", "€-3", "- 3", "\u{2212}4", "120-", "-€3"] {
        let err = POINT.read(cell).unwrap_err();
        assert!(err.contains("negative"), "{cell}: {err}");
    }
    assert!(POINT
        .read("1.005")
        .unwrap_err()
        .contains("more than 2 decimals"));
    assert!(COMMA
        .read("0,125")
        .unwrap_err()
        .contains("more than 2 decimals"));
    assert_eq!(POINT.read("1.500"), Ok(dec!(1.500)));
    assert!(POINT
        .read("1000000000000")
        .unwrap_err()
        .contains("too large"));
    assert!(POINT.read("999999999999.99").is_ok());
    assert!(POINT
        .read("99999999999999999999999999999999")
        .unwrap_err()
        .contains("too large"));
}

#[test]
fn refuses_what_is_not_an_amount() {
    for cell in [
        "abc",
        "12 apples",
        "12,5O",
        "12 X",
        "EURO 5",
        "12 E",
        "1,2,3.4.5",
        "1.2.3",
        "1 23,5",
        "12.",
        "€",
        "1,23,456",
        "0,123,456",
        "12e3",
        "--5",
    ] {
        assert!(POINT.read(cell).is_err(), "{cell}");
        assert!(COMMA.read(cell).is_err(), "{cell}");
    }
}

#[test]
fn counts() {
    assert_eq!(NONE.read_count("1234"), Ok(1234));
    assert_eq!(NONE.read_count("1.234"), Ok(1234));
    assert_eq!(NONE.read_count("1,234"), Ok(1234));
    assert_eq!(NONE.read_count("1 234"), Ok(1234));
    assert_eq!(NONE.read_count("12,0"), Ok(12));
    assert!(NONE.read_count("12.5").is_err());
    assert!(NONE.read_count("-3").unwrap_err().contains("negative"));
    assert!(NONE.read_count("x").is_err());
}
