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

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::{Shape, Value};

/// What the `return`s of the one-pass bodies being translated gave, by result local: the objects
/// (each `return` of one), and whether a `return` gave a value of a step.
#[derive(Debug, Default)]
pub(crate) struct ObjectReturns {
    /// Each `return`'s object and its value's expression, by result local.
    objects: BTreeMap<String, Vec<(Value, Expr)>>,
    values: BTreeMap<String, usize>,
    /// The locals that carry the items of returned tuples that are values (`alarms` of
    /// `return last_seen, alarms`), by result local: one per position, the same for every `return`.
    tuple_items: BTreeMap<String, Vec<String>>,
    /// `x = await f()` is being translated, where the coroutine's object may be bound to `x`.
    takes_awaited_object: bool,
    /// The object the awaited coroutine gave, for `x`.
    awaited: Option<Value>,
}

impl Translator<'_> {
    /// Whether `ex`, the value `at` of a `return` into `result`, is an object the caller takes at
    /// import time: then it is noted and the `return` sets nothing.
    pub(super) fn note_object_return(&mut self, result: &str, ex: &Ex, at: &Expr) -> bool {
        match ex {
            Ex::Static(value) if is_object(value) => {
                self.object_returns.objects.entry(result.to_string()).or_default().push((value.clone(), at.clone()));
                true
            }
            _ => {
                self.note_value_return(result);
                false
            }
        }
    }

    /// A `return` into `result` of a value of a step (None, a number, ...).
    pub(super) fn note_value_return(&mut self, result: &str) {
        *self.object_returns.values.entry(result.to_string()).or_default() += 1;
    }

    /// `return last_seen, alarms` into `result`, of a tuple display with an object made at import time
    /// among its items: each other item is set into the local of its position, and the tuple, its
    /// objects and those locals, is noted as the `return`'s object (the caller unpacks it at import
    /// time). False for any other value.
    pub(super) fn object_tuple_return(
        &mut self,
        frame: &mut Frame,
        result: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Tuple(tuple) = value else { return Ok(false) };
        let object_at = |translator: &Self, frame: &Frame, item: &Expr| match translator.expr(frame, item, false) {
            Ok(Ex::Static(value)) if is_object(&value) => Some(value),
            _ => None,
        };
        if !tuple.elts.iter().any(|item| object_at(self, frame, item).is_some()) {
            return Ok(false);
        }
        let locals = match self.object_returns.tuple_items.get(result) {
            Some(locals) if locals.len() == tuple.elts.len() => locals.clone(),
            Some(_) => {
                return fail(
                    value,
                    "the `return`s of this function give tuples of different lengths, one with an object weft made at import time; return tuples of one length",
                );
            }
            None => {
                let locals: Vec<String> = (0..tuple.elts.len())
                    .map(|position| self.temporary(frame.task, &format!("{result}_{position}")))
                    .collect();
                self.object_returns.tuple_items.insert(result.to_string(), locals.clone());
                locals
            }
        };
        let mut items = Vec::with_capacity(tuple.elts.len());
        for (item, local) in tuple.elts.iter().zip(locals) {
            if let Some(object) = object_at(self, frame, item) {
                items.push(object);
                continue;
            }
            let ex = self.returned_value(frame, item, out, line)?;
            let (text, _, _, _) = self.to_code(ex, item)?;
            out.push(Step::new("let", Node::Quoted(format!("{local} = {text}")), line));
            items.push(Value::Local(local));
        }
        self.object_returns
            .objects
            .entry(result.to_string())
            .or_default()
            .push((Value::List(items.into()), value.clone()));
        Ok(true)
    }

    /// `a, b = await f()` of a coroutine that gave `object`: each name bound to its item, an object or
    /// the local that carries a value.
    pub(super) fn unpack_object_tuple(
        &mut self,
        frame: &mut Frame,
        targets: &[Expr],
        object: Value,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let items = match object {
            Value::List(items) if items.len() == targets.len() => items,
            other => {
                return fail(
                    value,
                    format!("Python raises here: {} cannot be unpacked into {} names", other.describe(), targets.len()),
                );
            }
        };
        for (target, item) in targets.iter().zip(items) {
            let Expr::Name(name) = target else { unreachable!("unpack_tuple checked the targets") };
            let ex = match item {
                Value::Local(local) => {
                    Ex::Code { text: local, precedence: crate::expr::ATOM, boolean: false, reads_shared: false }
                }
                object => Ex::Static(object),
            };
            self.store(frame, name.id.as_str(), target, ex, value, out, line)?;
        }
        Ok(())
    }

    /// The object every `return` of `def` gave into `result`, when there was one: the call's value.
    /// Refused where the returns gave different things or the function may end without one.
    pub(super) fn returned_object(&mut self, def: &ast::StmtFunctionDef, result: &str) -> Result<Option<Ex>> {
        self.object_returns.tuple_items.remove(result);
        let objects = self.object_returns.objects.remove(result);
        let values = self.object_returns.values.remove(result).unwrap_or(0);
        let Some(objects) = objects else { return Ok(None) };
        let (first, at) = objects[0].clone();
        let same = objects.iter().all(|(object, _)| *object == first);
        if !same || values > 0 || !ends_by_returning(&def.body) {
            // The words of a `return` of such an object anywhere else, at the first one.
            let words = match self.to_code(Ex::Static(first.clone()), &at) {
                Err(error) => error.message,
                Ok(_) => format!("`{}` returns {} here", def.name, first.describe()),
            };
            return fail(
                &at,
                format!(
                    "{words}; weft gives the caller an object it made at import time where every `return` of `{}` gives the same one and the function always ends with a `return`",
                    def.name
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
            Ex::Static(value) if is_object(value) || is_object_tuple(value) => {
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

/// A tuple `object_tuple_return` made: objects, and the locals that carry its other items (at least
/// one: a list of objects alone is a value of its own, such as a helper's `[items, items]`, which
/// stays refused where it is returned).
pub(super) fn is_object_tuple(value: &Value) -> bool {
    let Value::List(items) = value else { return false };
    let local = |item: &Value| matches!(item, Value::Local(_));
    items.iter().any(is_object) && items.iter().any(local) && items.iter().all(|item| is_object(item) || local(item))
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
