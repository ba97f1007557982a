//! Who a seat is on a team database: the owner, sales or the front desk
//! (`shared/spec/team.md`, "Roles"). The server enforces the table of that
//! spec with its own grants (`store::pg::roles`); this module is the
//! product's side of the same table: what a role may use, so that the tool
//! and the app refuse a forbidden command before they ask the server, in a
//! plain sentence with the code `forbidden`, and leave out what a role may
//! not see. A single file has no roles: whoever opens it is the owner.

use crate::error::{Error, ErrorCode, Result};

/// A seat's role, from the group its login belongs to on the server.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Everything: money, reports, files, people, the schema.
    #[default]
    Owner,
    /// Inquiries and deals; counts, never money figures.
    Sales,
    /// The front desk: inquiries and the calls queue; counts only.
    Desk,
}

/// What a command asks for that not every role may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    /// Enter, edit or read deals (quotes, orders, amounts).
    Deals,
    /// Spend, targets, activity counts, the gross margin and the other
    /// settings beyond the company's name, currency, language and fiscal
    /// year start.
    Money,
    /// Money figures: revenue, ROI, CPL, CAC, CLV, and the report.
    Report,
    /// Import files.
    Import,
    /// Export files.
    Export,
    /// Back up or restore.
    Backup,
    /// Add or remove people, reset a password, list the team.
    People,
    /// Copy the team database to or from a file, or upgrade its schema.
    Schema,
    /// Add, change, merge or delete sources, channels and tracking
    /// numbers: every seat reads them, only the owner's grants write them
    /// (`pg::roles::GRANTS`).
    Sources,
    /// Change the company's name, language or fiscal year start: every
    /// seat reads them, only the owner's grants write the settings
    /// (`pg::roles::settings_by_row`).
    Company,
}

impl Role {
    pub const ALL: &'static [Role] = &[Role::Owner, Role::Sales, Role::Desk];

    /// The spelling in commands, JSON and the server's group names.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Sales => "sales",
            Role::Desk => "desk",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.iter().copied().find(|r| r.as_str() == s)
    }

    /// How a sentence names a login of this role.
    fn label(self) -> &'static str {
        match self {
            Role::Owner => "an owner's login",
            Role::Sales => "a sales login",
            Role::Desk => "a front-desk login",
        }
    }

    /// Whether the role reads and writes deals.
    pub fn reads_deals(self) -> bool {
        self != Role::Desk
    }

    /// Whether the role sees money: spend, targets, traffic, the money
    /// settings and every money figure.
    pub fn reads_money(self) -> bool {
        self == Role::Owner
    }

    /// Whether the role may do `act`.
    pub fn may(self, act: Act) -> bool {
        match act {
            Act::Deals => self.reads_deals(),
            _ => self == Role::Owner,
        }
    }

    /// `Ok` when the role may do `act`, else `forbidden` with a sentence
    /// that says what is refused and who may do it.
    pub fn require(self, act: Act) -> Result<()> {
        if self.may(act) {
            return Ok(());
        }
        let what = match act {
            Act::Deals => "enter or see deals; sales and the owner do",
            Act::Money => {
                "see or change spend, targets, activity counts, the gross margin or the \
                 other money settings; only the owner does"
            }
            Act::Report => "see money figures or write the report; only the owner does",
            Act::Import => "import files; only the owner does",
            Act::Export => "export files; only the owner does",
            Act::Backup => "back up or restore the team database; only the owner does",
            Act::People => {
                "add or remove people, reset a password or list the team; only the owner does"
            }
            Act::Sources => {
                "add, change or delete sources, channels or tracking numbers; only the owner does"
            }
            Act::Company => {
                "change the company's name, language or fiscal year start; only the owner does"
            }
            Act::Schema => {
                "copy, fill or upgrade the team database; only the owner does, from an \
                 owner's login"
            }
        };
        Err(Error::new(
            ErrorCode::Forbidden,
            format!("{} may not {what}", capitalised(self.label())),
        ))
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spec_table_row_by_row() {
        use Act::*;
        let rows: &[(Act, [bool; 3])] = &[
            (Deals, [true, true, false]),
            (Money, [true, false, false]),
            (Report, [true, false, false]),
            (Import, [true, false, false]),
            (Export, [true, false, false]),
            (Backup, [true, false, false]),
            (People, [true, false, false]),
            (Schema, [true, false, false]),
            (Sources, [true, false, false]),
            (Company, [true, false, false]),
        ];
        for (act, allowed) in rows {
            for (role, want) in Role::ALL.iter().zip(allowed) {
                assert_eq!(role.may(*act), *want, "{role:?} {act:?}");
                let got = role.require(*act);
                assert_eq!(got.is_ok(), *want);
                if let Err(e) = got {
                    assert_eq!(e.code, ErrorCode::Forbidden);
                    assert!(e.message.starts_with('A'), "{}", e.message);
                }
            }
        }
        assert_eq!(Role::parse("desk"), Some(Role::Desk));
        assert_eq!(Role::parse("admin"), None);
    }
}
