//! Where the two databases meet: every statement of the store is written
//! once, in PostgreSQL's `$n` placeholder style (which SQLite reads too),
//! and runs on either pool through this module.
//!
//! The real differences between the dialects are named here and nowhere
//! else:
//! - **times**: `TIMESTAMPTZ` on PostgreSQL, integer milliseconds (UTC) on
//!   SQLite, so that they sort and compare as numbers in its indexes;
//! - **lists** (expert topics, template tags): `TEXT[]` on PostgreSQL, a JSON
//!   array in a `TEXT` column on SQLite;
//! - **write transactions**: `BEGIN IMMEDIATE` on SQLite (the whole file is
//!   locked for writing from the first statement, so two writers queue on the
//!   busy timeout instead of failing halfway; sent with that statement by
//!   `sqlite_tx`); on PostgreSQL a plain
//!   transaction whose read-then-decide statements end in `FOR UPDATE`. SQLite
//!   has no row locks and needs none: the clause is dropped there;
//! - **how a write begins** (`Begin`): a named lock (an advisory lock on
//!   PostgreSQL, sent with its `BEGIN` by `pg_tx`) and one plan per
//!   statement for a transaction of key lookups; SQLite needs neither, its
//!   writers being serialized by `BEGIN IMMEDIATE` and each statement
//!   planned once when prepared;
//! - **full-text search**: FTS5 on SQLite, a `tsvector` on PostgreSQL
//!   (`search`);
//! - **a list of a group's values** as one text (`Db::list_agg`):
//!   `group_concat` on SQLite, `string_agg` on PostgreSQL;
//! - **a table read whole** (`Db::scan`, `Db::groups_by_community`,
//!   `Db::scan_parts`): SQLite is told which covering index holds the rows
//!   in the order a grouping needs, PostgreSQL hashes its groups; and the
//!   pass is cut into parts read at once (communities on SQLite, pages on
//!   PostgreSQL);
//! - **who is asking** (`Db::viewer`): the login on PostgreSQL, where a
//!   team member sees its own communities only; one desk on SQLite.
//!
//! JSON documents (the SLA policy) travel as `sqlx::types::Json`, which is
//! `TEXT` on SQLite and `JSONB` on PostgreSQL with the same statement.
//!
//! PostgreSQL's text cannot hold a NUL character, which a fan's message or a
//! webhook may carry: every text bound here has its NULs replaced by U+FFFD
//! on both backends, so the same message is stored the same way on either
//! and never refused.

use crate::pg_tx::PgTx;
use crate::sqlite_tx::SqliteTx;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::error::BoxDynError;
use sqlx::postgres::{PgArguments, PgPool, PgRow};
use sqlx::sqlite::{SqliteArguments, SqlitePool, SqliteRow};
use sqlx::types::Json;
use sqlx::{Arguments, ColumnIndex, Row as _};
use std::borrow::Cow;
use switchboard_store::{AssigneeFilter, SearchFilter};

/// A pool of either backend.
#[derive(Clone)]
pub(crate) enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// A write transaction of either backend, with the change-log entries it
/// will write when it commits (see `Tx::commit`).
pub(crate) struct Tx {
    conn: TxConn,
    changes: Vec<PendingChange>,
}

enum TxConn {
    Sqlite(SqliteTx),
    Postgres(PgTx),
}

/// How a write transaction begins. SQLite needs neither: `BEGIN IMMEDIATE`
/// serializes its writers, and it plans a statement once when it prepares
/// it.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Begin<'a> {
    /// A named lock held until the transaction ends: transactions that name
    /// the same lock run one after the other (PostgreSQL).
    pub(crate) lock: Option<&'a str>,
    /// The transaction's statements look rows up by their keys, with plans
    /// that do not depend on the values: PostgreSQL keeps one per statement
    /// and connection instead of planning again for each message (`pg_tx`).
    pub(crate) key_lookups: bool,
}

/// A change-log entry a transaction writes at its commit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PendingChange {
    pub(crate) entity: &'static str,
    pub(crate) id: i64,
    pub(crate) community: Option<i64>,
}

/// The advisory lock that orders change-log writers on PostgreSQL.
const CHANGE_LOG_LOCK: &str = "switchboard:changes";
/// The channel a PostgreSQL commit with changes notifies.
pub(crate) const CHANGES_CHANNEL: &str = "switchboard_changes";

/// A result row of either backend; columns are read with `try_get`.
pub(crate) enum Row {
    Sqlite(SqliteRow),
    Postgres(PgRow),
}

/// Where a statement runs: on the pool, or inside a transaction.
pub(crate) enum On<'e> {
    Db(&'e Db),
    Tx(&'e mut Tx),
}

impl<'e> From<&'e Db> for On<'e> {
    fn from(db: &'e Db) -> Self {
        On::Db(db)
    }
}

impl<'e> From<&'e mut Tx> for On<'e> {
    fn from(tx: &'e mut Tx) -> Self {
        On::Tx(tx)
    }
}

/// So that `&mut tx` reads the same whether `tx` is owned or borrowed.
impl<'e, 'f: 'e> From<&'e mut &'f mut Tx> for On<'e> {
    fn from(tx: &'e mut &'f mut Tx) -> Self {
        On::Tx(tx)
    }
}

impl Db {
    pub(crate) fn name(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    /// `expr`'s values in a group where `cond` holds, as one
    /// comma-separated text (NULL for none): a group's times travel in one
    /// row instead of one row each.
    pub(crate) fn list_agg(&self, expr: &str, cond: &str) -> String {
        match self {
            Db::Sqlite(_) => format!("group_concat({expr}) FILTER (WHERE {cond})"),
            Db::Postgres(_) => {
                format!("string_agg(CAST({expr} AS TEXT), ',') FILTER (WHERE {cond})")
            }
        }
    }

    /// `table alias`, read through `index` when given: on SQLite an index
    /// that holds every column read, in the order a grouping needs, saves
    /// sorting the rows; PostgreSQL hashes its groups and chooses itself.
    pub(crate) fn scan(&self, table: &str, alias: &str, index: Option<&str>) -> String {
        match (self, index) {
            (Db::Sqlite(_), Some(index)) => format!("{table} {alias} INDEXED BY {index}"),
            _ => format!("{table} {alias}"),
        }
    }

    /// Whether a grouped pass goes community by community: SQLite reads
    /// its covering indexes in community-then-key order with no sort;
    /// PostgreSQL hashes fewer groups faster.
    pub(crate) fn groups_by_community(&self) -> bool {
        matches!(self, Db::Sqlite(_))
    }

    /// A pass over the community table `table` (alias `alias`) cut into
    /// parts read at once, each on a connection of its own, as conditions
    /// to add to its `WHERE` (one empty condition: the pass in one piece).
    /// Neither database spreads one such statement over the machine's
    /// cores by itself (SQLite runs a statement on one thread; PostgreSQL
    /// 15 does not run `string_agg` in parallel), so the desk does.
    /// - SQLite: ranges of communities, each a seek into a table or index
    ///   that leads with the community.
    /// - PostgreSQL: ranges of the table's pages (a TID range scan each),
    ///   so no part reads another's rows; the last part is open-ended.
    ///
    /// The bounds are integers read from the database, put in the text.
    pub(crate) async fn scan_parts(
        &self,
        table: &str,
        alias: &str,
    ) -> Result<Vec<String>, sqlx::Error> {
        let parts = std::thread::available_parallelism()
            .map_or(1, usize::from)
            .clamp(1, 3) as i64;
        let whole = vec![String::new()];
        if parts < 2 {
            return Ok(whole);
        }
        match self {
            Db::Sqlite(_) => {
                let ids: Vec<i64> = sql("SELECT id FROM communities ORDER BY id")
                    .fetch_all(self)
                    .await?
                    .iter()
                    .map(|r| r.try_get("id"))
                    .collect::<Result<_, _>>()?;
                if (ids.len() as i64) < parts {
                    return Ok(whole);
                }
                Ok(ids
                    .chunks(ids.len().div_ceil(parts as usize))
                    .map(|c| {
                        format!(
                            " AND {alias}.community_id BETWEEN {} AND {}",
                            c[0],
                            c[c.len() - 1]
                        )
                    })
                    .collect())
            }
            Db::Postgres(_) => {
                let pages: i64 = sql(format!(
                    "SELECT CAST(pg_relation_size('{table}') / \
                     current_setting('block_size')::int AS BIGINT)"
                ))
                .scalar(self)
                .await?;
                if pages < parts * 2 {
                    return Ok(whole);
                }
                let step = (pages + parts - 1) / parts;
                Ok((0..parts)
                    .map(|i| {
                        let from = format!(" AND {alias}.ctid >= '({},0)'::tid", i * step);
                        if i + 1 == parts {
                            from
                        } else {
                            format!("{from} AND {alias}.ctid < '({},0)'::tid", (i + 1) * step)
                        }
                    })
                    .collect())
            }
        }
    }

    /// An instant's SQL expression as epoch milliseconds: how SQLite
    /// stores it, and a conversion on PostgreSQL's `timestamptz`.
    pub(crate) fn millis(&self, expr: &str) -> String {
        match self {
            Db::Sqlite(_) => expr.to_string(),
            Db::Postgres(_) => format!("CAST(EXTRACT(EPOCH FROM {expr}) * 1000 AS BIGINT)"),
        }
    }

    /// An SQL expression naming who reads: the database login on
    /// PostgreSQL, the one desk on SQLite.
    pub(crate) fn viewer(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "'desk'",
            Db::Postgres(_) => "current_user",
        }
    }

    /// A transaction for a read-then-write decision (see the module header).
    pub(crate) async fn begin_write(&self, how: Begin<'_>) -> Result<Tx, sqlx::Error> {
        let conn = match self {
            Db::Sqlite(p) => TxConn::Sqlite(SqliteTx::begin(p).await?),
            Db::Postgres(p) => TxConn::Postgres(PgTx::begin(p, how).await?),
        };
        Ok(Tx {
            conn,
            changes: Vec::new(),
        })
    }

    pub(crate) async fn close(&self) {
        match self {
            Db::Sqlite(p) => p.close().await,
            Db::Postgres(p) => p.close().await,
        }
    }
}

impl Tx {
    /// Notes a change-log entry, written when the transaction commits (once,
    /// however often it is noted).
    pub(crate) fn log(&mut self, change: PendingChange) {
        if !self.changes.contains(&change) {
            self.changes.push(change);
        }
    }

    /// Writes the noted change-log entries, then commits.
    ///
    /// A follower reads the log by sequence number and must never see a
    /// number after a later one has been read. PostgreSQL takes an identity
    /// value when a row is inserted, not when its transaction commits, so
    /// two writers could commit their entries out of order. Here the entries
    /// are written last, under an advisory lock that the transaction holds
    /// until it has committed: whoever holds a number not yet visible holds
    /// the lock, and every later number is taken after it committed. Nothing
    /// else is locked after that lock, so it cannot take part in a deadlock.
    /// The commit also notifies `CHANGES_CHANNEL` (delivered at commit, to
    /// followers that listen). SQLite's writers are serialized by
    /// `BEGIN IMMEDIATE` already.
    pub(crate) async fn commit(mut self) -> Result<(), sqlx::Error> {
        let changes = std::mem::take(&mut self.changes);
        let at = Utc::now();
        match self.conn {
            // The entries and the commit in one call (`sqlite_tx`).
            TxConn::Sqlite(t) => {
                let last = match changes.is_empty() {
                    true => None,
                    false => {
                        let mut q = sql(
                            "INSERT INTO changes (at, entity, entity_id, community_id) VALUES ",
                        );
                        for (i, c) in changes.iter().enumerate() {
                            q.push(if i == 0 { "(" } else { ", (" })
                                .push_bind(at)
                                .push(", ")
                                .push_bind(c.entity)
                                .push(", ")
                                .push_bind(c.id)
                                .push(", ")
                                .push_bind(c.community)
                                .push(")");
                        }
                        let Sql { text, binds, built } = q;
                        let text = sqlite_text(&text, built).into_owned();
                        Some((text, sqlite_args(binds).map_err(sqlx::Error::Encode)?))
                    }
                };
                t.commit(last).await
            }
            // The lock, the entries and the notification in one call
            // (migration 0024), in that order, sent with the COMMIT.
            TxConn::Postgres(t) => {
                t.commit(CHANGE_LOG_LOCK, CHANGES_CHANNEL, at, &changes)
                    .await
            }
        }
    }
}

/// The full-text query for `terms` (already split into words) among the
/// cases `within` names, newest messages first by arrival: both engines walk
/// the ids backwards and stop at the limit, where sorting every match by time
/// would read them all (a common word matches 100 000 messages). `select`
/// reads `messages m JOIN communities c`.
pub(crate) fn search<'q>(
    db: &Db,
    select: &str,
    terms: &[String],
    within: &SearchFilter,
    limit: u32,
) -> Sql<'q> {
    let limit = i64::from(limit.max(1));
    let narrowed = !within.is_everything();
    match db {
        Db::Sqlite(_) => {
            let fts: Vec<String> = terms.iter().map(|t| format!("\"{t}\"*")).collect();
            let mut q = sql(format!(
                "{select} WHERE m.id IN (SELECT messages_fts.rowid FROM messages_fts "
            ));
            if narrowed {
                q.push(
                    "JOIN messages mm ON mm.id = messages_fts.rowid \
                     JOIN cases k ON k.id = mm.case_id \
                     JOIN communities c ON c.id = k.community_id ",
                );
            }
            q.push("WHERE messages_fts MATCH ").push_bind(fts.join(" "));
            push_search_filter(&mut q, within);
            q.push(" ORDER BY messages_fts.rowid DESC LIMIT ")
                .push_bind(limit)
                .push(") ORDER BY m.id DESC");
            q
        }
        Db::Postgres(_) => {
            let tsquery: Vec<String> = terms.iter().map(|t| format!("{t}:*")).collect();
            let mut q = sql(select.to_string());
            if narrowed {
                q.push(" JOIN cases k ON k.id = m.case_id");
            }
            q.push(" WHERE m.body_tsv @@ to_tsquery('simple', ")
                .push_bind(tsquery.join(" & "))
                .push(")");
            push_search_filter(&mut q, within);
            q.push(" ORDER BY m.id DESC LIMIT ").push_bind(limit);
            q
        }
    }
}

/// `AND …` for each narrowing of a search: `k` is the message's case, `c`
/// its community.
fn push_search_filter(q: &mut Sql<'_>, within: &SearchFilter) {
    if let Some(c) = within.community {
        q.push(" AND k.community_id = ").push_bind(c.0);
    }
    if let Some(b) = within.brand {
        q.push(" AND c.brand_id = ").push_bind(b.0);
    }
    if let Some(l) = &within.locale {
        q.push(" AND c.locale = ").push_bind(l.as_str().to_string());
    }
    if !within.statuses.is_empty() {
        q.push(" AND k.status IN ")
            .push_list(within.statuses.iter().map(|s| s.as_str()));
    }
    match within.assignee {
        AssigneeFilter::Anyone => {}
        AssigneeFilter::Unassigned => {
            q.push(" AND k.assignee_id IS NULL");
        }
        AssigneeFilter::Agent(a) => {
            q.push(" AND k.assignee_id = ").push_bind(a.0);
        }
    }
}

/// One value bound to a statement, converted to each backend's encoding when
/// the statement runs.
#[derive(PartialEq)]
pub(crate) enum Bind<'q> {
    I64(Option<i64>),
    Bool(Option<bool>),
    F64(Option<f64>),
    Text(Option<Cow<'q, str>>),
    Time(Option<DateTime<Utc>>),
    Date(Option<NaiveDate>),
    List(Cow<'q, [String]>),
    Json(serde_json::Value),
}

macro_rules! bind_from {
    ($variant:ident: $($t:ty => |$v:ident| $e:expr),* $(,)?) => {$(
        impl<'q> From<$t> for Bind<'q> {
            fn from($v: $t) -> Self {
                Bind::$variant($e)
            }
        }
    )*};
}

bind_from!(I64: i64 => |v| Some(v), Option<i64> => |v| v, i32 => |v| Some(i64::from(v)));
bind_from!(Bool: bool => |v| Some(v));
bind_from!(F64: f64 => |v| Some(v), f32 => |v| Some(f64::from(v)));
bind_from!(Text:
    String => |v| Some(Cow::Owned(v)),
    &'q str => |v| Some(Cow::Borrowed(v)),
    &'q String => |v| Some(Cow::Borrowed(v.as_str())),
    Option<String> => |v| v.map(Cow::Owned),
    Option<&'q str> => |v| v.map(Cow::Borrowed),
    &'q Option<String> => |v| v.as_deref().map(Cow::Borrowed),
);
bind_from!(Time: DateTime<Utc> => |v| Some(v), Option<DateTime<Utc>> => |v| v);
bind_from!(Date: NaiveDate => |v| Some(v), Option<NaiveDate> => |v| v);
bind_from!(List:
    &'q [String] => |v| Cow::Borrowed(v),
    &'q Vec<String> => |v| Cow::Borrowed(v.as_slice()),
    Vec<String> => |v| Cow::Owned(v),
);
bind_from!(Json: serde_json::Value => |v| v);

/// Adds every bind to `$args`, with the backend's own encoding of times and
/// lists given as closures.
macro_rules! add_binds {
    ($args:ident, $binds:expr, time: $time:expr, list: $list:expr) => {{
        for b in $binds {
            match b {
                Bind::I64(v) => $args.add(v)?,
                Bind::Bool(v) => $args.add(v)?,
                Bind::F64(v) => $args.add(v)?,
                Bind::Text(v) => $args.add(v.map(without_nul))?,
                Bind::Time(v) => $args.add(v.map($time))?,
                Bind::Date(v) => $args.add(v)?,
                Bind::List(v) => $args.add($list(v))?,
                Bind::Json(v) => $args.add(Json(v))?,
            }
        }
        Ok($args)
    }};
}

/// The text with every NUL replaced by U+FFFD (see the module header).
pub(crate) fn without_nul(text: Cow<'_, str>) -> Cow<'_, str> {
    match text.contains('\0') {
        true => Cow::Owned(text.replace('\0', "\u{FFFD}")),
        false => text,
    }
}

fn sqlite_args<'q>(binds: Vec<Bind<'q>>) -> Result<SqliteArguments<'q>, BoxDynError> {
    let mut args = SqliteArguments::default();
    add_binds!(args, binds, time: |t: DateTime<Utc>| t.timestamp_millis(),
        list: |l: Cow<'_, [String]>| serde_json::to_string(&l).unwrap_or_else(|_| "[]".into()))
}

fn pg_args(binds: Vec<Bind<'_>>) -> Result<PgArguments, BoxDynError> {
    let mut args = PgArguments::default();
    add_binds!(args, binds, time: |t: DateTime<Utc>| t, list: |l: Cow<'_, [String]>| l.into_owned())
}

/// A statement with its binds. `push` and `push_bind` build one piece by
/// piece (placeholders are numbered as they are pushed, so a built
/// statement has each `$n` once, in order).
pub(crate) struct Sql<'q> {
    text: Cow<'q, str>,
    binds: Vec<Bind<'q>>,
    /// Made with `push_bind`: SQLite gets plain `?` placeholders (see
    /// `sqlite_text`).
    built: bool,
}

pub(crate) fn sql<'q>(text: impl Into<Cow<'q, str>>) -> Sql<'q> {
    Sql {
        text: text.into(),
        binds: Vec::new(),
        built: false,
    }
}

/// Runs `$sql` on `$on` with the query built for its backend; `$run` gets
/// the sqlx query and the executor and returns a future of
/// `Result<_, sqlx::Error>`; `$rows`: whether its answer is rows (or a
/// count of changed rows, see `SqliteTx::next`).
macro_rules! dispatch {
    ($sql:expr, $on:expr, rows: $rows:expr, |$q:ident, $e:ident| $run:expr) => {{
        let Sql { text, binds, built } = $sql;
        match $on.into() {
            On::Db(Db::Sqlite($e)) => {
                let text = sqlite_text(&text, built);
                let $q = sqlx::query_with(&text, sqlite_args(binds).map_err(sqlx::Error::Encode)?);
                $run.await.map(Out::from)
            }
            On::Tx(Tx {
                conn: TxConn::Sqlite(t),
                ..
            }) => {
                let ($e, text) = t.next(sqlite_text(&text, built), $rows).await?;
                let $q = sqlx::query_with(&text, sqlite_args(binds).map_err(sqlx::Error::Encode)?);
                $run.await.map(Out::from)
            }
            On::Db(Db::Postgres($e)) => {
                let $q = sqlx::query_with(&text, pg_args(binds).map_err(sqlx::Error::Encode)?);
                $run.await.map(Out::from)
            }
            On::Tx(Tx {
                conn: TxConn::Postgres(t),
                ..
            }) => {
                let $e = t.conn()?;
                let $q = sqlx::query_with(&text, pg_args(binds).map_err(sqlx::Error::Encode)?);
                $run.await.map(Out::from)
            }
        }
    }};
}

/// The statement as SQLite takes it. SQLite has no row locks (its write
/// transactions hold the file): `FOR UPDATE` (`SKIP LOCKED`) goes, at the
/// end or inside (a locked `WITH` part). A built statement's `$n` (each
/// once, in order) become anonymous `?`: SQLite looks a named placeholder up
/// by a walk of all of them, which makes binding the 3,500 values of a
/// multi-row insert take time that grows with the square of their number.
fn sqlite_text(text: &str, built: bool) -> Cow<'_, str> {
    let text: Cow<'_, str> = if text.contains(" FOR UPDATE") {
        Cow::Owned(
            text.replace(" FOR UPDATE SKIP LOCKED", "")
                .replace(" FOR UPDATE", ""),
        )
    } else {
        Cow::Borrowed(text)
    };
    if !built {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '$' && chars.peek().is_some_and(char::is_ascii_digit) {
            out.push('?');
            while chars.peek().is_some_and(char::is_ascii_digit) {
                chars.next();
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// What a statement gave, in the backend-neutral types.
enum Out {
    Rows(Vec<Row>),
    Row(Option<Row>),
    Done(u64),
}

impl From<Vec<SqliteRow>> for Out {
    fn from(rows: Vec<SqliteRow>) -> Self {
        Out::Rows(rows.into_iter().map(Row::Sqlite).collect())
    }
}
impl From<Vec<PgRow>> for Out {
    fn from(rows: Vec<PgRow>) -> Self {
        Out::Rows(rows.into_iter().map(Row::Postgres).collect())
    }
}
impl From<Option<SqliteRow>> for Out {
    fn from(row: Option<SqliteRow>) -> Self {
        Out::Row(row.map(Row::Sqlite))
    }
}
impl From<Option<PgRow>> for Out {
    fn from(row: Option<PgRow>) -> Self {
        Out::Row(row.map(Row::Postgres))
    }
}
impl From<sqlx::sqlite::SqliteQueryResult> for Out {
    fn from(r: sqlx::sqlite::SqliteQueryResult) -> Self {
        Out::Done(r.rows_affected())
    }
}
impl From<sqlx::postgres::PgQueryResult> for Out {
    fn from(r: sqlx::postgres::PgQueryResult) -> Self {
        Out::Done(r.rows_affected())
    }
}

fn unexpected() -> sqlx::Error {
    sqlx::Error::Protocol("unexpected result shape".into())
}

impl<'q> Sql<'q> {
    pub(crate) fn bind(mut self, v: impl Into<Bind<'q>>) -> Self {
        self.binds.push(v.into());
        self
    }

    pub(crate) fn push(&mut self, text: &str) -> &mut Self {
        self.text.to_mut().push_str(text);
        self
    }

    /// Appends the next placeholder and binds `v` to it.
    pub(crate) fn push_bind(&mut self, v: impl Into<Bind<'q>>) -> &mut Self {
        self.built = true;
        self.binds.push(v.into());
        let n = self.binds.len();
        self.text.to_mut().push_str(&format!("${n}"));
        self
    }

    /// Appends `(v1, v2, ...)`, each bound: the list of an `IN`. The list
    /// must not be empty (`IN ()` is not SQL).
    pub(crate) fn push_list<V: Into<Bind<'q>>>(
        &mut self,
        values: impl IntoIterator<Item = V>,
    ) -> &mut Self {
        self.push("(");
        for (i, v) in values.into_iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.push_bind(v);
        }
        self.push(")")
    }

    pub(crate) async fn fetch_all<'e>(
        self,
        on: impl Into<On<'e>>,
    ) -> Result<Vec<Row>, sqlx::Error> {
        match dispatch!(self, on, rows: true, |q, e| q.fetch_all(e))? {
            Out::Rows(rows) => Ok(rows),
            _ => Err(unexpected()),
        }
    }

    pub(crate) async fn fetch_optional<'e>(
        self,
        on: impl Into<On<'e>>,
    ) -> Result<Option<Row>, sqlx::Error> {
        match dispatch!(self, on, rows: true, |q, e| q.fetch_optional(e))? {
            Out::Row(row) => Ok(row),
            _ => Err(unexpected()),
        }
    }

    pub(crate) async fn fetch_one<'e>(self, on: impl Into<On<'e>>) -> Result<Row, sqlx::Error> {
        self.fetch_optional(on)
            .await?
            .ok_or(sqlx::Error::RowNotFound)
    }

    /// Runs the statement; the number of rows it changed.
    pub(crate) async fn execute<'e>(self, on: impl Into<On<'e>>) -> Result<u64, sqlx::Error> {
        match dispatch!(self, on, rows: false, |q, e| q.execute(e))? {
            Out::Done(n) => Ok(n),
            _ => Err(unexpected()),
        }
    }

    /// The first column of the one row.
    pub(crate) async fn scalar<'e, T: Column>(
        self,
        on: impl Into<On<'e>>,
    ) -> Result<T, sqlx::Error> {
        self.fetch_one(on).await?.try_get(0)
    }

    /// The first column of the row, if there is one.
    pub(crate) async fn scalar_opt<'e, T: Column>(
        self,
        on: impl Into<On<'e>>,
    ) -> Result<Option<T>, sqlx::Error> {
        self.fetch_optional(on)
            .await?
            .map(|r| r.try_get(0))
            .transpose()
    }
}

/// A column name or position on either backend's rows.
pub(crate) trait Index: ColumnIndex<SqliteRow> + ColumnIndex<PgRow> {}
impl Index for &str {}
impl Index for usize {}

/// A Rust value read from a column of either backend.
pub(crate) trait Column: Sized {
    fn get(row: &Row, i: impl Index) -> Result<Self, sqlx::Error>;
}

impl Row {
    pub(crate) fn try_get<T: Column>(&self, i: impl Index) -> Result<T, sqlx::Error> {
        T::get(self, i)
    }
}

macro_rules! column_same_on_both {
    ($($t:ty),*) => {$(
        impl Column for $t {
            fn get(row: &Row, i: impl Index) -> Result<Self, sqlx::Error> {
                match row {
                    Row::Sqlite(r) => r.try_get(i),
                    Row::Postgres(r) => r.try_get(i),
                }
            }
        }
    )*};
}

column_same_on_both!(
    i64,
    Option<i64>,
    bool,
    f64,
    String,
    Option<String>,
    NaiveDate,
    Option<NaiveDate>
);

fn decode_error(what: &str, value: impl std::fmt::Display) -> sqlx::Error {
    sqlx::Error::Decode(format!("unexpected {what} in the database: {value}").into())
}

fn from_ms(ms: i64) -> Result<DateTime<Utc>, sqlx::Error> {
    DateTime::from_timestamp_millis(ms).ok_or_else(|| decode_error("time", ms))
}

impl Column for Option<DateTime<Utc>> {
    fn get(row: &Row, i: impl Index) -> Result<Self, sqlx::Error> {
        match row {
            Row::Sqlite(r) => r.try_get::<Option<i64>, _>(i)?.map(from_ms).transpose(),
            Row::Postgres(r) => r.try_get(i),
        }
    }
}

impl Column for DateTime<Utc> {
    fn get(row: &Row, i: impl Index) -> Result<Self, sqlx::Error> {
        match row {
            Row::Sqlite(r) => from_ms(r.try_get(i)?),
            Row::Postgres(r) => r.try_get(i),
        }
    }
}

impl Column for Vec<String> {
    fn get(row: &Row, i: impl Index) -> Result<Self, sqlx::Error> {
        match row {
            Row::Sqlite(r) => {
                let text: String = r.try_get(i)?;
                serde_json::from_str(&text).map_err(|_| decode_error("list", text))
            }
            Row::Postgres(r) => r.try_get(i),
        }
    }
}

impl<T: serde::de::DeserializeOwned> Column for Json<T> {
    fn get(row: &Row, i: impl Index) -> Result<Self, sqlx::Error> {
        match row {
            Row::Sqlite(r) => r.try_get(i),
            Row::Postgres(r) => r.try_get(i),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sqlite_text;

    #[test]
    fn sqlite_drops_row_locks_and_gets_plain_placeholders_in_built_statements() {
        assert_eq!(
            sqlite_text("SELECT id FROM cases WHERE id = $1 FOR UPDATE", false),
            "SELECT id FROM cases WHERE id = $1"
        );
        assert_eq!(
            sqlite_text(
                "WITH k AS (SELECT id FROM cases WHERE id = $1 FOR UPDATE) SELECT k.id FROM k",
                false
            ),
            "WITH k AS (SELECT id FROM cases WHERE id = $1) SELECT k.id FROM k",
            "a lock inside the statement goes too"
        );
        assert_eq!(
            sqlite_text("SELECT 1 WHERE a = $1 OR b = $1", false),
            "SELECT 1 WHERE a = $1 OR b = $1",
            "a written statement keeps its numbers (they may repeat)"
        );
        assert_eq!(
            sqlite_text("INSERT INTO t VALUES ($1, $2), ($3, $10)", true),
            "INSERT INTO t VALUES (?, ?), (?, ?)"
        );
    }
}
