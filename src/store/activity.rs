//! Activity counts: per month, source and metric, how many clicks,
//! impressions, opens … a source's platform reported
//! (shared/spec/metrics.md, "Channel activity"). A row is keyed by month,
//! source and metric, so writing one again replaces its count and an import
//! run twice never doubles it. The statements run unchanged on both engines.

use super::db::{vals, Exec};
use super::write::{check_date, Outcome};
use crate::error::{Error, Result};
use crate::records::{valid_metric_name, Activity, Id};
use chrono::NaiveDate;

/// Checks an activity row's metric name and count, naming the field.
pub(super) fn check_activity(metric: &str, count: i64) -> Result<()> {
    if !valid_metric_name(metric) {
        return Err(Error::invalid(
            "metric",
            format!(
                "'{metric}' is not a metric name: use 1 to 64 lowercase letters, digits and _ \
                 (clicks, impressions, opens, …)"
            ),
        ));
    }
    if count < 0 {
        return Err(Error::invalid("count", "a count must not be negative"));
    }
    Ok(())
}

/// Writes one month's count, replacing the stored one.
pub(super) fn upsert_activity(
    conn: &mut dyn Exec,
    month: NaiveDate,
    source: Id,
    metric: &str,
    count: i64,
) -> Result<Outcome> {
    check_date(month, "month")?;
    check_activity(metric, count)?;
    let changed = conn.execute(
        "INSERT INTO activity (month, source_id, metric, count) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT (month, source_id, metric) DO UPDATE SET count = excluded.count \
         WHERE activity.count IS DISTINCT FROM excluded.count",
        vals![month.format("%Y-%m-01").to_string(), source, metric, count],
    )?;
    Ok(if changed == 0 {
        Outcome::Unchanged
    } else {
        Outcome::Inserted
    })
}

/// Every activity row, in month, source and metric order.
pub(super) fn load_activity(tx: &mut dyn Exec) -> Result<Vec<Activity>> {
    let mut out = Vec::new();
    tx.for_each(
        "SELECT month, source_id, metric, count FROM activity ORDER BY month, source_id, metric",
        &[],
        &mut |r| {
            let month = r.text(0)?;
            out.push(Activity {
                month: NaiveDate::parse_from_str(&month, "%Y-%m-%d").map_err(|e| {
                    Error::new(
                        crate::error::ErrorCode::Corrupt,
                        format!("stored month '{month}' is malformed: {e}"),
                    )
                })?,
                source_id: r.int(1)?,
                metric: r.text(2)?,
                count: r.int(3)?,
            });
            Ok(())
        },
    )?;
    Ok(out)
}
