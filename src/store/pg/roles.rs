//! The team's roles on the server (`shared/spec/team.md`, "Roles"): three
//! group roles per database, `leadledger_<database>_owner`, `_sales` and
//! `_desk`, each person a login role in one of them, and the grants that
//! make the spec's table the server's own rule, so that a staff login
//! using `psql` directly is refused exactly what the app hides.
//!
//! The mechanism (ARCHITECTURE.md, decision in `docs/decisions.md`): table
//! privileges decide which tables a group reads or writes, from one list
//! ([`GRANTS`]) in which every table has a deliberate entry; the one table
//! that mixes what staff may and may not see, `settings`, has row-level
//! security, so staff read the company's name, currency, language and
//! fiscal year start and no other row. The owner group owns every object,
//! so any owner's login can run a later migration; the audit trigger runs
//! as its definer with a fixed search path, so a staff login's change is
//! recorded in a trail it cannot read.
//!
//! [`prepare`] applies it all, idempotently, after every `team init`,
//! `team upgrade` and `team push`; [`role_of`] reads a login's role when a
//! seat connects.

use super::errors::AtTarget;
use super::target::Target;
use crate::error::{Error, ErrorCode, Result};
use crate::role::Role;
use crate::store::APPLICATION_ID;
use postgres::GenericClient;

/// What a group may do with one table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// No privilege at all: a read is refused with SQLSTATE 42501.
    None,
    /// SELECT.
    Read,
    /// SELECT, INSERT, UPDATE and DELETE (and the ids of new rows).
    Write,
}

/// One table's decision: what sales and the front desk may do with it
/// (the owner group owns every table and may do everything), and the
/// schema version that creates it.
#[derive(Debug, Clone, Copy)]
pub struct TableGrant {
    pub table: &'static str,
    pub since: i64,
    pub sales: Access,
    pub desk: Access,
}

const fn grant(table: &'static str, since: i64, sales: Access, desk: Access) -> TableGrant {
    TableGrant {
        table,
        since,
        sales,
        desk,
    }
}

use Access::{None as No, Read, Write};

/// Every table of the schema with its decision. A table the server holds
/// and this list does not name stops [`prepare`] (and fails the test that
/// reads the tables off a fresh database), so a new table cannot reach
/// staff, or be kept from them, by accident.
pub const GRANTS: &[TableGrant] = &[
    // Row-level security narrows the staff's reading to the company's
    // name, currency, language and fiscal year start.
    grant("settings", 1, Read, Read),
    grant("channels", 1, Read, Read),
    grant("sources", 1, Read, Read),
    grant("tracking_numbers", 1, Read, Read),
    grant("spend", 1, No, No),
    grant("inquiries", 1, Write, Write),
    grant("touchpoints", 1, Write, Write),
    grant("deals", 1, Write, No),
    grant("targets", 1, No, No),
    grant("traffic", 1, No, No),
    grant("audit", 2, No, No),
    // Every seat checks the schema version before it works.
    grant("leadledger_meta", 1, Read, Read),
    grant("leadledger_migrations", 1, No, No),
    // The unlogged-calls queue: times, numbers and the dialled source,
    // which every seat works through as it logs the callers.
    grant("calls", 5, Write, Write),
    // Activity counts are marketing figures like traffic: the owner's
    // (shared/spec/team.md). An inquiry's qualified_at is a column of
    // inquiries and reaches every seat with the inquiry.
    grant("activity", 8, No, No),
];

/// The settings rows every seat reads; the others (the gross margin, the
/// half-life of time decay, and whatever a later version adds) are the
/// owner's.
pub const COMPANY_SETTINGS: &[&str] = &[
    "company_name",
    "currency",
    "language",
    "fiscal_year_start_month",
];

/// The longest role name PostgreSQL keeps whole; a longer one is cut
/// short without a word, which could make two databases share a group.
const MAX_NAME: usize = 63;

/// An identifier as PostgreSQL reads it back unchanged: in double quotes,
/// each double quote inside doubled (the server's `quote_ident`).
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The group role of `role` on the database `database`.
pub fn group(database: &str, role: Role) -> String {
    format!("leadledger_{database}_{}", role.as_str())
}

/// The three group names of `target`'s database, refused when the
/// database's name is too long for them to stay whole.
fn groups(target: &Target) -> Result<[String; 3]> {
    let names = [Role::Owner, Role::Sales, Role::Desk].map(|r| group(&target.database, r));
    if names.iter().any(|n| n.len() > MAX_NAME) {
        let room = MAX_NAME - group("", Role::Owner).len();
        return Err(Error::invalid(
            "database",
            format!(
                "the {}'s name is too long for its roles' names: at most {room} bytes, so \
                 that `leadledger_<database>_owner` stays whole. Use a database with a \
                 shorter name; nothing was changed",
                target.place()
            ),
        ));
    }
    Ok(names)
}

/// Applies the roles to `target`'s database in one transaction: creates the
/// groups that are missing, gives the owner group every table and function,
/// grants each table as [`GRANTS`] decides, restricts `settings` by row,
/// makes the audit trigger its definer's, and (re)creates the functions of
/// `people.sql`. Creating a group or those functions needs a login that
/// may create roles (the server's administrator, or a login given
/// CREATEROLE); once they exist an owner's login can run it again.
pub fn prepare(client: &mut impl GenericClient, target: &Target) -> Result<()> {
    let [owner, sales, desk] = groups(target)?;
    let (q_owner, q_sales, q_desk) = (quote_ident(&owner), quote_ident(&sales), quote_ident(&desk));
    let mut tx = client.transaction().at(target)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&APPLICATION_ID])
        .at(target)?;
    let may_create: bool = tx
        .query_one(
            "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user",
            &[],
        )
        .at(target)?
        .get(0);
    for name in [&owner, &sales, &desk] {
        let exists = tx
            .query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[name])
            .at(target)?
            .is_some();
        if !exists {
            if !may_create {
                return Err(cannot_create(target));
            }
            tx.batch_execute(&format!("CREATE ROLE {} NOLOGIN", quote_ident(name)))
                .at(target)?;
        }
    }
    // Whoever prepares the roles is an owner (a superuser is one already).
    let member: bool = tx
        .query_one("SELECT pg_has_role(current_user, $1, 'MEMBER')", &[&owner])
        .at(target)?
        .get(0);
    if !member {
        tx.batch_execute(&format!("GRANT {q_owner} TO CURRENT_USER"))
            .at(target)?;
    }
    // The owner group creates the tables of later migrations (run from
    // an owner's login) and is given those of earlier ones, both in the
    // public schema, which PostgreSQL 15 keeps closed to everyone else.
    let open: bool = tx
        .query_one(
            "SELECT has_schema_privilege($1, 'public', 'CREATE')",
            &[&owner],
        )
        .at(target)?
        .get(0);
    if !open {
        tx.batch_execute(&format!(
            "GRANT USAGE, CREATE ON SCHEMA public TO {q_owner}"
        ))
        .at(target)?;
    }
    let tables: Vec<String> = tx
        .query(
            "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1",
            &[],
        )
        .at(target)?
        .iter()
        .map(|r| r.get(0))
        .collect();
    for table in &tables {
        let decided = GRANTS.iter().find(|g| g.table == table).ok_or_else(|| {
            Error::new(
                ErrorCode::Io,
                format!(
                    "the {} holds a table {table} that this version of Leadledger has no \
                     privileges for; the roles were not changed",
                    target.place()
                ),
            )
        })?;
        let t = quote_ident(table);
        let mut sql = format!(
            "ALTER TABLE {t} OWNER TO {q_owner}; \
             REVOKE ALL ON {t} FROM PUBLIC, {q_sales}, {q_desk};"
        );
        for (group, access) in [(&q_sales, decided.sales), (&q_desk, decided.desk)] {
            match access {
                Access::None => {}
                Access::Read => sql.push_str(&format!("GRANT SELECT ON {t} TO {group};")),
                Access::Write => sql.push_str(&format!(
                    "GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {group};"
                )),
            }
        }
        tx.batch_execute(&sql).at(target)?;
        grant_sequences(&mut tx, target, table, decided, &q_sales, &q_desk)?;
    }
    settings_by_row(&mut tx, target, &q_owner, &q_sales, &q_desk)?;
    functions(&mut tx, target, &q_owner, may_create)?;
    tx.commit().at(target)
}

/// The identity sequences of `table`: a group that may insert may take
/// the next id; no other group touches them.
fn grant_sequences(
    tx: &mut impl GenericClient,
    target: &Target,
    table: &str,
    decided: &TableGrant,
    q_sales: &str,
    q_desk: &str,
) -> Result<()> {
    let sequences: Vec<String> = tx
        .query(
            "SELECT pg_get_serial_sequence(quote_ident($1), a.attname::text) \
             FROM pg_attribute a \
             WHERE a.attrelid = to_regclass(quote_ident($1)) AND a.attidentity <> '' \
             ORDER BY a.attnum",
            &[&table],
        )
        .at(target)?
        .iter()
        .filter_map(|r| r.get::<_, Option<String>>(0))
        .collect();
    for seq in sequences {
        // pg_get_serial_sequence answers with the name already quoted.
        let mut sql = format!("REVOKE ALL ON SEQUENCE {seq} FROM PUBLIC, {q_sales}, {q_desk};");
        for (group, access) in [(q_sales, decided.sales), (q_desk, decided.desk)] {
            if access == Access::Write {
                sql.push_str(&format!("GRANT USAGE ON SEQUENCE {seq} TO {group};"));
            }
        }
        tx.batch_execute(&sql).at(target)?;
    }
    Ok(())
}

/// Row-level security on `settings`: the owner group every row, staff
/// the company's rows for reading.
fn settings_by_row(
    tx: &mut impl GenericClient,
    target: &Target,
    q_owner: &str,
    q_sales: &str,
    q_desk: &str,
) -> Result<()> {
    let keys = COMPANY_SETTINGS
        .iter()
        .map(|k| format!("'{k}'"))
        .collect::<Vec<_>>()
        .join(", ");
    tx.batch_execute(&format!(
        "ALTER TABLE settings ENABLE ROW LEVEL SECURITY; \
         DROP POLICY IF EXISTS ll_owner ON settings; \
         CREATE POLICY ll_owner ON settings TO {q_owner} USING (true) WITH CHECK (true); \
         DROP POLICY IF EXISTS ll_company ON settings; \
         CREATE POLICY ll_company ON settings FOR SELECT TO {q_sales}, {q_desk} \
             USING (key IN ({keys}));"
    ))
    .at(target)
}

/// The schema's own functions become the owner group's; trigger
/// functions run as their definer with a fixed search path (so a staff
/// login's change writes the audit trail it cannot read, and no object
/// of the caller's is found first); the people's functions are created
/// by a login that may create roles, and only the owner group runs them.
fn functions(
    tx: &mut impl GenericClient,
    target: &Target,
    q_owner: &str,
    may_create: bool,
) -> Result<()> {
    // Whether the people's functions are there, and whether this login
    // may replace them (it owns them, or they are not there yet).
    let (there, ours): (bool, bool) = tx
        .query_one(
            "SELECT count(*) > 0, coalesce(bool_and(pg_has_role(current_user, p.proowner, \
                 'USAGE')), true) \
             FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace \
             WHERE n.nspname = 'public' AND p.proname = 'll_add_user'",
            &[],
        )
        .map(|r| (r.get(0), r.get(1)))
        .at(target)?;
    if may_create && ours {
        tx.batch_execute(include_str!("people.sql")).at(target)?;
    } else if !there {
        return Err(cannot_create(target));
    }
    let rows = tx
        .query(
            "SELECT p.oid::regprocedure::text, p.prorettype = 'trigger'::regtype, \
                    p.proname::text IN ('ll_group', 'll_is_person', 'll_require_owner', \
                        'll_require_person', 'll_made_here', 'll_add_user', \
                        'll_remove_user', 'll_reset_password') \
             FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace \
             WHERE n.nspname = 'public' ORDER BY 1",
            &[],
        )
        .at(target)?;
    let mut sql = String::new();
    for r in rows {
        let (f, trigger, people): (String, bool, bool) = (r.get(0), r.get(1), r.get(2));
        // regprocedure's text is the function's quoted name with its
        // argument types, ready for ALTER FUNCTION.
        if people {
            if f.starts_with("ll_add_user")
                || f.starts_with("ll_remove_user")
                || f.starts_with("ll_reset_password")
            {
                sql.push_str(&format!(
                    "REVOKE ALL ON FUNCTION {f} FROM PUBLIC; \
                     GRANT EXECUTE ON FUNCTION {f} TO {q_owner};"
                ));
            }
            continue;
        }
        sql.push_str(&format!("ALTER FUNCTION {f} OWNER TO {q_owner};"));
        if trigger {
            sql.push_str(&format!(
                "ALTER FUNCTION {f} SECURITY DEFINER SET search_path = pg_catalog, public;"
            ));
        }
    }
    tx.batch_execute(&sql).at(target)
}

fn cannot_create(target: &Target) -> Error {
    Error::new(
        ErrorCode::Forbidden,
        format!(
            "preparing the roles of the {} needs a login that may create roles (the \
             server's administrator, or a login with CREATEROLE); {} may not. Nothing \
             was changed",
            target.place(),
            target.user
        ),
    )
}

/// The role of the session's login on `target`'s database: the owner for
/// a superuser and for a member of the owner group, else sales or the
/// front desk by its group (read from the server's memberships,
/// `pg_auth_members`, through `pg_has_role`, so a membership through
/// another role counts too). A database whose roles were never prepared
/// (made before roles came) has only owners. A login in none of the
/// groups is refused with `forbidden`.
pub fn role_of(client: &mut impl GenericClient, target: &Target) -> Result<Role> {
    let names: Vec<String> = Role::ALL
        .iter()
        .map(|r| group(&target.database, *r))
        .collect();
    let row = client
        .query_one(
            "SELECT r.rolsuper, \
                    (SELECT count(*) FROM pg_roles g WHERE g.rolname::text = ANY($1::text[])), \
                    ARRAY(SELECT g.rolname::text FROM pg_roles g \
                          WHERE g.rolname::text = ANY($1::text[]) \
                          AND pg_has_role(current_user, g.oid, 'MEMBER')) \
             FROM pg_roles r WHERE r.rolname = current_user",
            &[&names],
        )
        .at(target)?;
    let (superuser, prepared, member_of): (bool, i64, Vec<String>) =
        (row.get(0), row.get(1), row.get(2));
    if superuser || prepared == 0 {
        return Ok(Role::Owner);
    }
    for (role, name) in Role::ALL.iter().zip(&names) {
        if member_of.contains(name) {
            return Ok(*role);
        }
    }
    Err(Error::new(
        ErrorCode::Forbidden,
        format!(
            "the login {} has no role in the {}; the owner adds people with `leadledger \
             --db {} team add-user NAME --role owner|sales|desk`",
            target.user,
            target.place(),
            target.url()
        ),
    ))
}
