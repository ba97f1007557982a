//! The connection URL as a user writes it, and every mistake named.

use super::*;
use crate::error::ErrorCode;

#[test]
fn a_full_url_is_read() {
    let t = Target::parse(
        "postgres://anna:s%40cret@192.168.1.5:5433/shop?sslmode=verify-full&sslrootcert=/etc/ca.pem",
    )
    .unwrap();
    assert_eq!(t.user, "anna");
    assert_eq!(t.password.as_deref(), Some("s@cret"));
    assert_eq!(t.host, "192.168.1.5");
    assert_eq!(t.port, 5433);
    assert_eq!(t.database, "shop");
    assert_eq!(t.sslmode, SslMode::VerifyFull);
    assert_eq!(t.sslrootcert, Some(PathBuf::from("/etc/ca.pem")));
    assert_eq!(t.place(), "database shop on 192.168.1.5:5433");
}

#[test]
fn defaults_and_the_other_spellings() {
    let t = Target::parse("postgresql://bob@nas/leads").unwrap();
    assert_eq!(
        (t.port, t.sslmode, t.password.clone()),
        (5432, SslMode::Prefer, None)
    );
    assert_eq!(t.host, "nas");
    let t = Target::parse("postgres://bob@[::1]:6000/leads?sslmode=disable").unwrap();
    assert_eq!((t.host.as_str(), t.port), ("::1", 6000));
    assert_eq!(t.server(), "[::1]:6000");
    assert_eq!(t.sslmode, SslMode::Disable);
    let t = Target::parse("postgres://bob@%2Fvar%2Frun%2Fpostgresql/leads").unwrap();
    assert_eq!(t.host, "/var/run/postgresql");
    // A password with an unescaped @ still ends at the last one.
    let t = Target::parse("postgres://bob:a@b@nas/leads").unwrap();
    assert_eq!(
        (t.password.as_deref(), t.host.as_str()),
        (Some("a@b"), "nas")
    );
}

#[test]
fn the_password_comes_from_the_url_before_the_environment() {
    let from_env = Some("env-secret".to_string());
    let t = Target::parse("postgres://bob:url-secret@nas/leads").unwrap();
    assert_eq!(
        t.or_password(from_env.clone()).password.as_deref(),
        Some("url-secret")
    );
    let t = Target::parse("postgres://bob@nas/leads").unwrap();
    assert_eq!(
        t.clone().or_password(from_env).password.as_deref(),
        Some("env-secret")
    );
    assert!(!t.or_password(Some(String::new())).has_password());
}

#[test]
fn the_password_is_never_shown() {
    let t = Target::parse("postgres://bob:hunter2@nas/leads?sslmode=require").unwrap();
    assert!(!format!("{t:?}").contains("hunter2"));
    assert!(!t.place().contains("hunter2"));
    assert_eq!(t.url(), "postgres://bob@nas:5432/leads?sslmode=require");
    assert_eq!(Target::parse(&t.url()).unwrap(), t.with_password(None));
}

#[test]
fn mistakes_are_named() {
    for (url, says) in [
        ("mysql://bob@nas/leads", "must start with postgres://"),
        ("postgres://nas/leads", "names no user"),
        ("postgres://:pw@nas/leads", "names no user"),
        ("postgres://bob@nas", "names no database"),
        ("postgres://bob@nas/", "names no database"),
        ("postgres://bob@nas:99999/leads", "not a port number"),
        ("postgres://bob@nas:x/leads", "not a port number"),
        ("postgres://bob@[::1/leads", "closing ]"),
        ("postgres://bob@nas/le%zzads", "broken %-escape"),
        (
            "postgres://bob@nas/leads?sslmode=allow",
            "sslmode 'allow' is not known",
        ),
        ("postgres://bob@nas/leads?timeout=3", "parameter 'timeout'"),
        (
            "postgres://bob@nas/leads?sslrootcert=/ca.pem",
            "only sslmode=verify-full",
        ),
    ] {
        let e = Target::parse(url).unwrap_err();
        assert_eq!(e.code, ErrorCode::Invalid, "{url}");
        assert_eq!(e.field.as_deref(), Some("db"), "{url}");
        assert!(e.message.contains(says), "{url}: {}", e.message);
    }
}

#[test]
fn urls_are_told_from_files() {
    assert!(is_url("postgres://bob@nas/leads"));
    assert!(is_url("postgresql://bob@nas/leads"));
    assert!(!is_url("/home/bob/leads.db"));
    assert!(!is_url("postgres.db"));
}
