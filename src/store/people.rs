//! The people of a team database (`leadledger team add-user`, `remove-user`,
//! `reset-password`, `users`): each a login role on the server in one of
//! the database's three groups (`pg::roles`). Only an owner's seat may ask;
//! the work is done by the owner group's functions on the server
//! (`pg/people.sql`), which take every name and password as a bound value
//! and quote it there, so nothing typed here is ever made into SQL text.
//! A password travels only as a bound value; it is never part of a
//! statement, a message or an error.

use super::db::vals;
use super::pg::roles::group;
use super::Store;
use crate::error::{Error, Result};
use crate::role::{Act, Role};

/// A person of the team and their role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub login: String,
    pub role: Role,
}

/// The longest login name PostgreSQL keeps whole.
const MAX_LOGIN: usize = 63;

impl Store {
    /// Adds `login` as a person of `role`: a new login with `password`, or
    /// a login the server has already (made by its administrator, as the
    /// logins of a database from before roles were), which joins the role
    /// and keeps its own password (`password` is then `None`).
    pub fn add_person(&self, login: &str, role: Role, password: Option<&str>) -> Result<()> {
        self.people_allowed()?;
        check_login(login)?;
        if let Some(p) = password {
            check_password(p)?;
        }
        self.db.with(|x| {
            x.execute(
                "SELECT ll_add_user(?1, ?2, ?3)",
                vals![login, role.as_str(), password],
            )
        })?;
        Ok(())
    }

    /// Whether the server has a login or role named `login` already.
    pub fn login_exists(&self, login: &str) -> Result<bool> {
        self.people_allowed()?;
        self.db.with(|x| {
            Ok(
                x.query_opt("SELECT 1 FROM pg_roles WHERE rolname = ?1", vals![login])?
                    .is_some(),
            )
        })
    }

    /// Removes the person `login` from the team (not one's own login, nor
    /// a role that is not one of this database's people). A login made by
    /// `add_person` goes from the server with them; one of the server's
    /// own stays there, in no group of this database.
    pub fn remove_person(&self, login: &str) -> Result<()> {
        self.people_allowed()?;
        check_login(login)?;
        self.db
            .with(|x| x.execute("SELECT ll_remove_user(?1)", vals![login]))?;
        Ok(())
    }

    /// Gives the person `login` a new password: only a login made by
    /// `add_person` for this database (another is refused with
    /// `forbidden`: it may be in use elsewhere on the server).
    pub fn reset_password(&self, login: &str, password: &str) -> Result<()> {
        self.people_allowed()?;
        check_login(login)?;
        check_password(password)?;
        self.db
            .with(|x| x.execute("SELECT ll_reset_password(?1, ?2)", vals![login, password]))?;
        Ok(())
    }

    /// The people of the team by login, each with the stronger role when
    /// a login is in two groups.
    pub fn people(&self) -> Result<Vec<Person>> {
        self.people_allowed()?;
        let Some(t) = self.team() else {
            return Ok(Vec::new());
        };
        let names = [Role::Owner, Role::Sales, Role::Desk].map(|r| group(&t.database, r));
        let rows = self.db.with(|x| {
            x.query(
                "SELECT m.rolname::text, g.rolname::text FROM pg_auth_members a \
                 JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member \
                 WHERE g.rolname::text IN (?1, ?2, ?3) AND m.rolcanlogin ORDER BY 1",
                vals![&names[0], &names[1], &names[2]],
            )
        })?;
        let mut out: Vec<Person> = Vec::new();
        for r in rows {
            let (login, grp) = (r.text(0)?, r.text(1)?);
            let Some(role) = Role::ALL
                .iter()
                .copied()
                .zip(&names)
                .find(|(_, n)| **n == grp)
            else {
                continue;
            };
            let role = role.0;
            match out.last_mut() {
                // Role::ALL runs from the strongest role down.
                Some(p) if p.login == login => {
                    if rank(role) < rank(p.role) {
                        p.role = role;
                    }
                }
                _ => out.push(Person { login, role }),
            }
        }
        Ok(out)
    }

    /// A team database and an owner's seat.
    fn people_allowed(&self) -> Result<()> {
        if !self.is_team() {
            return Err(Error::invalid(
                "db",
                "people and their roles belong to a team database; a file has none",
            ));
        }
        self.role().require(Act::People)
    }
}

fn rank(role: Role) -> usize {
    Role::ALL.iter().position(|r| *r == role).unwrap_or(0)
}

/// A login name the server keeps as typed. Quotes, semicolons and the like
/// are allowed (the server quotes them); what is refused is what cannot be
/// a login or could pass for one of the product's own roles.
fn check_login(login: &str) -> Result<()> {
    let refuse = |why: &str| Err(Error::invalid("name", format!("the name {why}")));
    if login.trim().is_empty() {
        return refuse("is empty");
    }
    if login.trim() != login {
        return refuse("begins or ends with a space");
    }
    if login.len() > MAX_LOGIN {
        return refuse(&format!("is longer than {MAX_LOGIN} bytes"));
    }
    if login.chars().any(char::is_control) {
        return refuse("holds a control character");
    }
    let lower = login.to_ascii_lowercase();
    if lower.starts_with("pg_") || lower.starts_with("leadledger_") {
        return refuse("begins with pg_ or leadledger_, which the server and Leadledger keep for their own roles");
    }
    Ok(())
}

/// A password the server can keep: not empty, no NUL character.
fn check_password(password: &str) -> Result<()> {
    if password.is_empty() {
        return Err(Error::invalid("password", "the password is empty"));
    }
    if password.contains('\0') {
        return Err(Error::invalid(
            "password",
            "the password holds a NUL character, which the server cannot keep",
        ));
    }
    Ok(())
}
