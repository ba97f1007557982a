//! Phone numbers as typed by people and as printed on tracking-number ads.
//!
//! A caller's number arrives in any form: "+49 711 555-0120", "0049 711
//! 5550120", "0711/5550120". The country code is not known (the company may
//! sell abroad), so a number is reduced to its digits without international or
//! trunk prefix, and two numbers match when they are equal or one is the other
//! with a country code of one to three digits in front.

/// Reduces a number to its significant digits: everything but digits is
/// dropped, an international `00` prefix is removed, and so is a single
/// national trunk `0`. Returns `None` when fewer than four digits remain.
///
/// An international number written with the trunk prefix in brackets, as
/// German and Austrian letterheads do ("+49 (0)30 1234567"), is the number
/// without it: the `(0)` is never dialled from abroad, and keeping it would
/// make the number differ from "+49 30 1234567" (metrics.md, "Calls").
pub fn normalise(raw: &str) -> Option<String> {
    let trimmed = raw.trim_start();
    let international = trimmed.starts_with('+') || trimmed.starts_with("00");
    let without_trunk = if international {
        trimmed.replacen("(0)", "", 1)
    } else {
        trimmed.to_string()
    };
    let digits: String = without_trunk
        .chars()
        .filter(|c| c.is_ascii_digit())
        .collect();
    let significant = if let Some(rest) = digits.strip_prefix("00") {
        rest
    } else if trimmed.starts_with('+') {
        digits.as_str()
    } else if let Some(rest) = digits.strip_prefix('0') {
        rest
    } else {
        digits.as_str()
    };
    (significant.len() >= 4).then(|| significant.to_string())
}

/// Whether two normalised numbers are the same line: equal, or the longer is
/// the shorter with a 1–3 digit country code in front (international against
/// national form). Short numbers only match exactly, so an extension such as
/// "120" never matches every number ending in it.
pub fn same_line(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    short.len() >= 6 && (1..=3).contains(&(long.len() - short.len())) && long.ends_with(short)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_one_number_agree() {
        let forms = [
            "+49 711 555-0120",
            "0049 (711) 5550120",
            "0711/555 01 20",
            "49-711-5550120",
        ];
        let normal: Vec<String> = forms.iter().map(|f| normalise(f).unwrap()).collect();
        for a in &normal {
            for b in &normal {
                assert!(same_line(a, b), "{a} vs {b}");
            }
        }
        assert_eq!(normalise("0711/555 01 20").unwrap(), "7115550120");
        assert_eq!(normalise("+49 711 555-0120").unwrap(), "497115550120");
    }

    #[test]
    fn a_bracketed_trunk_zero_in_an_international_number_is_dropped() {
        let bracketed = normalise("+49 (0)30 1234567").unwrap();
        assert_eq!(bracketed, "49301234567");
        assert_eq!(normalise("0049 (0)30 1234567").unwrap(), bracketed);
        for other in ["+49 30 1234567", "030 1234567", "030/1234567"] {
            assert!(same_line(&bracketed, &normalise(other).unwrap()), "{other}");
        }
        // In a national number the brackets hold digits that are dialled.
        assert_eq!(normalise("(030) 1234567").unwrap(), "301234567");
        assert_eq!(normalise("(0)30 1234567").unwrap(), "301234567");
    }

    #[test]
    fn different_numbers_do_not_match() {
        let a = normalise("+49 711 5550120").unwrap();
        let b = normalise("+49 711 5550121").unwrap();
        assert!(!same_line(&a, &b));
        // An extension alone must not match a full number ending in it.
        assert!(!same_line(&normalise("555 0120").unwrap(), &a));
        assert_eq!(normalise("0120"), None);
        assert_eq!(normalise("12"), None);
        assert_eq!(normalise("call me"), None);
    }
}
