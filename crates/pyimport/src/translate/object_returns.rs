//! An inlined function that returns early and gives an object weft made at import time (session 34:
//! session27/t05's `with _registry_lock: return _key_locks[key]`, a lock; session33/a02's
//! `return last_seen` of the dict its coroutine made). Its `return`s set a scenario local and leave its
//! one-pass loop (`one_pass_body`), and a lock, a queue, an instance or a shared list or dict is no
//! value a local holds: refused before ("this is a Lock, where weft needs a value of a step").
//!
//! When every `return` of the function gives the same such object, known at import time where the
//! function is inlined, and the function cannot end without a `return` (its body ends with one, or
//! with a `with` whose body does, or with a `while True:` it leaves only by returning), the call's
//! value is that object whichever `return` is taken, as in Python: the caller gets it at import time,
//! and the returns only leave the loop. A function that returns an object on one path and anything
//! else on another (or may end without a `return`, giving None) is refused at its `def`.

use std::collections::BTreeMap;

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Result, Translator, fail};
use crate::expr::Ex;
use crate::value::{Shape, Value};

/// What the `return`s of the one-pass bodies being translated gave, by result local: the objects
/// (each `return` of one), and whether a `return` gave a value of a step.
#[derive(Debug, Default)]
pub(crate) struct ObjectReturns {
    objects: BTreeMap<String, Vec<Value>>,
    values: BTreeMap<String, usize>,
    /// `x = await f()` is being translated, where the coroutine's object may be bound to `x`.
    takes_awaited_object: bool,
    /// The object the awaited coroutine gave, for `x`.
    awaited: Option<Value>,
}

impl Translator<'_> {
    /// Whether `ex`, the value of a `return` into `result`, is an object the caller takes at import
    /// time: then it is noted and the `return` sets nothing.
    pub(super) fn note_object_return(&mut self, result: &str, ex: &Ex) -> bool {
        let Ex::Static(value) = ex else {
            *self.object_returns.values.entry(result.to_string()).or_default() += 1;
            return false;
        };
        if !is_object(value) {
            *self.object_returns.values.entry(result.to_string()).or_default() += 1;
            return false;
        }
        self.object_returns.objects.entry(result.to_string()).or_default().push(value.clone());
        true
    }

    /// The object every `return` of `def` gave into `result`, when there was one: the call's value.
    /// Refused where the returns gave different things or the function may end without one.
    pub(super) fn returned_object(&mut self, def: &ast::StmtFunctionDef, result: &str) -> Result<Option<Ex>> {
        let objects = self.object_returns.objects.remove(result);
        let values = self.object_returns.values.remove(result).unwrap_or(0);
        let Some(objects) = objects else { return Ok(None) };
        let first = objects[0].clone();
        let same = objects.iter().all(|object| *object == first);
        if !same || values > 0 || !ends_by_returning(&def.body) {
            return fail(
                &def.name,
                format!(
                    "`{}` returns {} on one path and something else on another (another object, a value, or None where it ends without `return`): weft gives the caller an object it made at import time only when every `return` gives the same one and the function always ends with a `return`",
                    def.name,
                    first.describe()
                ),
            );
        }
        Ok(Some(Ex::Static(first)))
    }
}

impl Translator<'_> {
    /// `x = await f()` of an inlined coroutine: its `await` translated by `translate`, which may give
    /// back the object every `return` of `f` gives (`awaited_object_into`) rather than a value.
    pub(super) fn awaiting_an_object<T>(&mut self, translate: impl FnOnce(&mut Self) -> T) -> (T, Option<Value>) {
        self.object_returns.takes_awaited_object = true;
        let translated = translate(self);
        self.object_returns.takes_awaited_object = false;
        (translated, self.object_returns.awaited.take())
    }

    /// Whether the `await` being translated was asked for by `awaiting_an_object`; the request is
    /// taken, so the awaits its translation meets do not see it.
    pub(super) fn take_awaited_object_request(&mut self) -> bool {
        std::mem::take(&mut self.object_returns.takes_awaited_object)
    }

    /// The awaited coroutine's value `ex`, an object made at import time, kept for the name being
    /// bound (`awaiting_an_object`); false where it is no such object (the value goes on as before).
    pub(super) fn awaited_object_into(&mut self, ex: &Ex) -> bool {
        match ex {
            Ex::Static(value) if is_object(value) => {
                self.object_returns.awaited = Some(value.clone());
                true
            }
            _ => false,
        }
    }
}

/// A value a local of the scenario cannot hold: a lock, queue, event or other threading object, an
/// instance of the file's classes, a shared list or dict, a dict of objects.
pub(super) fn is_object(value: &Value) -> bool {
    matches!(
        value,
        Value::Object(_)
            | Value::Instance(_)
            | Value::Objects(_)
            | Value::LockPerKey(_)
            | Value::Shared(_, Shape::Array(_) | Shape::Map { .. })
    )
}

/// Whether a block can only be left by a `return` (or an exception): it ends with a `return`, with a
/// `with` whose body does, or with a `while True:` that has no `break` of its own.
fn ends_by_returning(body: &[Stmt]) -> bool {
    match body.last() {
        Some(Stmt::Return(_)) => true,
        Some(Stmt::With(with)) => ends_by_returning(&with.body),
        Some(Stmt::While(looping)) => {
            matches!(&*looping.test, Expr::BooleanLiteral(literal) if literal.value) && !breaks_out(&looping.body)
        }
        _ => false,
    }
}

/// Whether `body` has a `break` that leaves the loop it is the body of (not one of a loop inside it).
fn breaks_out(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::Break(_) => true,
        Stmt::For(_) | Stmt::While(_) | Stmt::FunctionDef(_) | Stmt::ClassDef(_) => false,
        other => crate::blocks::nested_blocks_of(other).into_iter().any(breaks_out),
    })
}
