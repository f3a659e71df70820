//! `ex.map(f, results)` and `ex.map(f, zip(names, results))` of a thread pool over items computed at
//! run time whose number is known at import time: a list of results (of futures, `gather`, an earlier
//! `map`), alone or zipped with lists known at import time (session21/f01: `pool.map(describe,
//! zip("abc", squares))`). `Executor.map` submits a job per item when it is called (`[self.submit(fn,
//! *args) for args in zip(*iterables)]`), so each job is given, at its `submit`, the item the caller's
//! local array holds then, or the tuple `zip` makes of it (`('a', squares[0])`), as many as the shortest
//! iterable has. A process pool's job is given them only where each item is a value no one can change
//! (immutable_results.rs): CPython pickles each item, a copy the format's argument would not make of an
//! object made at run time.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::sequences::{Column, number};
use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::value::Value;

/// Why a job that needs its item at import time (a sleep's duration, a `partial`'s or a lambda's
/// arguments) cannot run over items known only at run time.
pub(super) const BOUND_AT_IMPORT: &str = "`map` of a `partial`, a lambda, or a function that sleeps for its item needs the items at import time; these are known only at run time (a list of results)";

impl Translator<'_> {
    /// The format's text of each item `map` gives its jobs when `items` is a list of results or a `zip`
    /// with one (`None` for anything else, which keeps `map`'s own path).
    pub(super) fn run_time_map_items(&self, frame: &Frame, items: &Expr, process: bool) -> Result<Option<Vec<String>>> {
        let texts = if let Some((columns, length)) = self.results_zip_columns(frame, items) {
            if process {
                self.check_process_map_columns(frame.task, &columns, items)?;
            }
            let mut texts = Vec::with_capacity(length);
            for position in 0..length {
                let (text, reads_shared) = self.zipped_tuple(&columns, position, items)?;
                // A shared list's item is read when `zip` makes the tuple; not followed here.
                if reads_shared {
                    return fail(
                        items,
                        "`map` over a `zip` of a list of results with a shared list is not supported; copy the shared list first (`snapshot = list(shared)`)",
                    );
                }
                texts.push(text);
            }
            texts
        } else if let Ok(Ex::Static(Value::LocalArray(results, length))) = self.expr(frame, items, false) {
            if process {
                self.check_process_map_columns(frame.task, &[Column::Results(results.clone())], items)?;
            }
            (0..length).map(|position| format!("{results}[{position}]")).collect()
        } else {
            return Ok(None);
        };
        Ok(Some(texts))
    }
}

impl Translator<'_> {
    /// `zip_columns` of a `zip` with a list of results, where a module list nobody writes gives its
    /// items known at import time (Python reads the same values as `zip` goes).
    fn results_zip_columns(&self, frame: &Frame, zipped: &Expr) -> Option<(Vec<Column>, usize)> {
        let (columns, length) = self.zip_columns(frame, zipped, false)?;
        let columns = columns
            .into_iter()
            .map(|column| match column {
                Column::Array(shared) if !self.is_written(&shared) => Column::Known(self.array_values(&shared)),
                column => column,
            })
            .collect();
        Some((columns, length))
    }

    /// `for i, r in enumerate(results[, start]):` over a list of results: the loop over `zip(range(start,
    /// start + n), results)`, which `zip_for` unrolls, each pass binding the target from `(start + k,
    /// results[k])` as `enumerate` makes it. `None` for any other loop, or a start not known at import
    /// time (which keeps the loop's own path).
    pub(super) fn enumerated_results_as_zip(
        &self,
        frame: &Frame,
        looping: &ast::StmtFor,
    ) -> Result<Option<ast::StmtFor>> {
        let Expr::Call(call) = &*looping.iter else { return Ok(None) };
        let Expr::Name(function) = &*call.func else { return Ok(None) };
        if !self.is_builtin(frame, function, "enumerate") {
            return Ok(None);
        }
        let [iterable, rest @ ..] = &call.arguments.args[..] else { return Ok(None) };
        let Ok(Ex::Static(Value::LocalArray(_, length))) = self.expr(frame, iterable, false) else {
            return Ok(None);
        };
        let start = match (rest, &call.arguments.keywords[..]) {
            ([], []) => 0,
            ([start], []) => self.static_int(frame, start)?,
            ([], [keyword]) if keyword.arg.as_ref().is_some_and(|name| name.as_str() == "start") => {
                self.static_int(frame, &keyword.value)?
            }
            _ => return fail(call, "`enumerate` takes a sequence and an optional `start`"),
        };
        let (Ok(first), Ok(stop)) = (u32::try_from(start), u32::try_from(start + length as i64)) else {
            return Ok(None);
        };
        let range = looping.iter.range();
        let numbers = called("range", vec![number(first, range), number(stop, range)], range);
        let zipped = called("zip", vec![numbers, iterable.clone()], range);
        Ok(Some(ast::StmtFor { iter: Box::new(zipped), ..looping.clone() }))
    }
}

/// `function(arguments)` at `range`, of a builtin by its name.
fn called(function: &str, arguments: Vec<Expr>, range: TextRange) -> Expr {
    Expr::Call(ast::ExprCall {
        node_index: Default::default(),
        range_start: range.start(),
        func: Box::new(crate::syntax::name(function, range, ast::ExprContext::Load)),
        arguments: ast::Arguments {
            node_index: Default::default(),
            range: TextRange::empty(range.end()),
            args: arguments.into_boxed_slice(),
            keywords: Default::default(),
        },
    })
}

impl Translator<'_> {
    /// The tuples of `zip(names, results)` or `enumerate(results[, start])` with a list of results, as
    /// the format's text of each (`('a', results[0])`, `(0, results[0])`), for `list(...)` and
    /// `sorted(...)` of them (list_values.rs): `None` for anything else, a start not known at import
    /// time, or a `zip` with a shared list (whose items are read as `zip` goes).
    pub(super) fn zipped_result_items(&self, frame: &Frame, expr: &Expr) -> Option<Vec<String>> {
        if let Some((columns, length)) = self.results_zip_columns(frame, expr) {
            let tuples: Result<Vec<(String, bool)>> =
                (0..length).map(|position| self.zipped_tuple(&columns, position, expr)).collect();
            let tuples = tuples.ok()?;
            return tuples.iter().all(|(_, reads)| !reads).then(|| tuples.into_iter().map(|(text, _)| text).collect());
        }
        let Expr::Call(call) = expr else { return None };
        let Expr::Name(function) = &*call.func else { return None };
        if !self.is_builtin(frame, function, "enumerate") || !call.arguments.keywords.is_empty() {
            return None;
        }
        let (iterable, start) = match &call.arguments.args[..] {
            [iterable] => (iterable, 0),
            [iterable, start] => (iterable, self.static_int(frame, start).ok()?),
            _ => return None,
        };
        let Ok(Ex::Static(Value::LocalArray(results, length))) = self.expr(frame, iterable, false) else {
            return None;
        };
        Some((0..length).map(|position| format!("({}, {results}[{position}])", start + position as i64)).collect())
    }
}

/// Where a `zip` with a list of results is imported, for the refusal of its other uses.
const ZIPPED_RESULTS_USES: &str = "a `zip` with a list of results is imported as the iterable of a `for` (`for name, value in zip(names, results):`), kept whole by `list(...)` or `sorted(...)` in a name, folded by `min`/`max`, or mapped by `ex.map(f, zip(...))`; for a dict of it (`dict(zip(...))`), fill the dict in that loop: `table = {}`, then `for k, v in zip(keys, results): table[k] = v`";

impl Translator<'_> {
    /// `zip(...)` with a list of results as a value anywhere else (`dict(zip(names, results))`): refused
    /// with the forms that take it, where the generic refusal named no way out.
    pub(crate) fn refuse_zipped_results_value(&self, frame: &Frame, call: &ast::ExprCall) -> Result<()> {
        let Expr::Name(function) = &*call.func else { return Ok(()) };
        if self.is_builtin(frame, function, "zip")
            && self.zip_columns(frame, &Expr::Call(call.clone()), false).is_some()
        {
            return fail(call, ZIPPED_RESULTS_USES);
        }
        Ok(())
    }
}
