//! `a[i] += v` of a `multiprocessing.Array` by an index known only when the program runs (session 29,
//! session27/m04's `histogram[v % len(histogram)] += 1`). CPython reads the index once, then the item
//! (`__getitem__`, one `with self:`), then computes `v`, then writes the item (`__setitem__`, another
//! `with self:`): the same read and write as `a[0] += v` of a known index, which the translator has
//! (a read, then a write another process may come between, unless the program holds the Array's lock).
//! So the index goes into a local of its own, and an `if` over the Array's indices (each non-negative
//! one and its negative twin) runs the statement translated with that index; none matching is Python's
//! IndexError, raised at the read, before `v` is computed (record_writes.rs does the same for a dict
//! display's keys). `a[i] = v` has its own form (list_values.rs `keyed_store`).

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, SavedBindings, Translator, local_reference};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::{Object, Value};

/// The longest Array whose `+=` by a run-time index is written out (two branches per element).
const MAX_INDEXED_ITEMS: usize = 64;

impl Translator<'_> {
    /// `a[i] += v` of an Array where `i` is known only at run time and reads nothing shared: the index
    /// into a local, then the `if` over the indices. False for any other statement.
    pub(super) fn array_augmented_by_run_time_index(
        &mut self,
        frame: &mut Frame,
        assign: &ast::StmtAugAssign,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Subscript(subscript) = &*assign.target else { return Ok(false) };
        if matches!(*subscript.slice, Expr::Slice(_) | Expr::Tuple(_))
            || self.static_int(frame, &subscript.slice).is_ok()
        {
            return Ok(false);
        }
        let Ok(Ex::Static(Value::Object(Object::SharedValue { items: Some(items), .. }))) =
            self.expr(frame, &subscript.value, false)
        else {
            return Ok(false);
        };
        if items.len() > MAX_INDEXED_ITEMS {
            return Ok(false);
        }
        match self.expr(frame, &subscript.slice, true) {
            Ok(Ex::Code { reads_shared: false, .. }) => {}
            // `histogram[bucket_of(v)] += 1` (session36/m04): the call goes to a line of its own
            // before the statement (hoisting.rs), which then comes back here with the index a local.
            Err(refusal) if crate::hoisting::is_hoisting_refusal(&refusal.message) => return Err(refusal),
            _ => return Ok(false),
        }
        let (text, _, _) = self.code(frame, &subscript.slice)?;
        let index = self.fresh_temporary(frame.task, "index");
        out.push(Step::new("let", Node::Quoted(format!("{index} = {text}")), line));
        let mut rewritten = assign.clone();
        if let Expr::Subscript(target) = &mut *rewritten.target {
            *target.slice = local_reference(frame, &index, &subscript.slice);
        }
        let count = items.len() as i64;
        let mut chain = self.missing_item(frame, "IndexError", &index, line);
        for position in (-count..count).rev() {
            let saved = SavedBindings::of(frame, std::iter::once(&index));
            frame.locals.insert(index.clone(), Value::Int(position));
            frame.known.remove(&index);
            let mut branch = Vec::new();
            let translated = self.augmented(frame, &rewritten, &mut branch, line);
            saved.restore(frame);
            translated?;
            let entries = vec![
                ("cond", Node::Quoted(format!("{index} == {position}"))),
                ("then", Node::Steps(branch)),
                ("else", Node::Steps(chain)),
            ];
            chain = vec![Step::new("if", Node::Map(entries), line)];
        }
        out.extend(chain);
        Ok(true)
    }
}
