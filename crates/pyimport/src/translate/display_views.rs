//! `[Thread(target=handle, args=(u, a)) for u, a in jobs.items()]` (session20/t08): the `items()`,
//! `keys()` or `values()` of a module dict display whose values record_views.rs cannot take (lists:
//! `jobs = {"ann": ["read", "write"], "ben": ["read"]}`), walked where weft unrolls a loop at import
//! time. The display is the name's one binding in the file, a statement of the module's own code (at
//! its top or in its `if __name__ == "__main__":` block, never in a branch or a loop), already run
//! where the view is walked; so its keys and values are the ones the display gives, in its order.
//!
//! A list value is a mutable object that the walk hands on (to a thread's arguments): weft hands on a
//! copy known at import time, which is the same only when nothing else can reach the list. So a
//! display holding a list is taken only when every other read of its name in the file reaches its keys
//! alone (display_key_reads.rs: no index, no other walk of its values, no store); a display of numbers, None and strings only when every use reads
//! it (record_views.rs's `only_read`).

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator, fail, is_main_guard};
use crate::value::{Items, Value};

impl Translator<'_> {
    /// The items of `d.items()`, `d.keys()` or `d.values()` of such a display; `None` when `iterable`
    /// is no view of a module dict display bound once, or the dict may be reached otherwise.
    pub(super) fn module_display_view(&self, frame: &Frame, iterable: &Expr) -> Result<Option<Vec<Value>>> {
        let Some((dict, view)) = super::record_views::dict_view(iterable) else { return Ok(None) };
        let name = dict.id.as_str();
        let Some(display) = self.one_module_display(name) else { return Ok(None) };
        // Bound by the time the view is walked (the module's code runs in order, and this is its global).
        if !matches!(self.resolve(frame, name), Some(Value::Shared(..))) || frame.locals.contains_key(name) {
            return Ok(None);
        }
        let Some(pairs) = self.display_pairs(frame, display) else { return Ok(None) };
        // A walk of the keys hands on no list: it is taken as a display of numbers and strings is.
        let holds_a_list = view != "keys" && pairs.iter().any(|(_, value)| matches!(value, Value::List(_)));
        let reachable_otherwise = if holds_a_list {
            let mut allowed = super::display_key_reads::key_only_reads(self.module_body, name);
            allowed.insert(dict.start().to_usize());
            !crate::generators::every_read_allowed(self.module_body, name, &allowed)
        } else {
            !super::record_views::only_read(self.module_body, name)
        };
        if reachable_otherwise {
            return fail(
                iterable,
                format!(
                    "`{name}.{view}()` of a dict display holding lists is walked at import time when no other read of `{name}` can reach its lists (only its keys: `for k in {name}`, `k in {name}`, `len({name})`; no index, no other walk of its values, no store; a display of numbers and strings: only read); copy the lists where you need them"
                ),
            );
        }
        Ok(Some(
            pairs
                .into_iter()
                .map(|(key, value)| match view {
                    "keys" => key,
                    "values" => value,
                    _ => Value::List(Items::tuple(vec![key, value])),
                })
                .collect(),
        ))
    }

    /// The dict display `name` is bound to by its one binding in the file, a plain assignment among
    /// the module's own statements.
    pub(super) fn one_module_display(&self, name: &str) -> Option<&ast::ExprDict> {
        if crate::generators::bindings_of(self.module_body, name).len() != 1 {
            return None;
        }
        module_code(self.module_body).find_map(|stmt| match stmt {
            Stmt::Assign(ast::StmtAssign { targets, value, .. })
                if matches!(targets.as_slice(), [Expr::Name(target)] if target.id.as_str() == name) =>
            {
                match &**value {
                    Expr::Dict(display) => Some(display),
                    _ => None,
                }
            }
            _ => None,
        })
    }

    /// The keys and values of a display, each known at import time (a key a number or a string; a
    /// value a number, None, a string or a list of those), in Python's order: a key given again keeps
    /// its first place and takes the later value.
    pub(super) fn display_pairs(&self, frame: &Frame, display: &ast::ExprDict) -> Option<Vec<(Value, Value)>> {
        self.display_pairs_where(frame, display, is_plain_value)
    }

    /// The pairs of [`Self::display_pairs`], each value one `plain` takes.
    pub(super) fn display_pairs_where(
        &self,
        frame: &Frame,
        display: &ast::ExprDict,
        plain: fn(&Value) -> bool,
    ) -> Option<Vec<(Value, Value)>> {
        let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(display.items.len());
        for item in &display.items {
            let key = self.static_value(frame, item.key.as_ref()?).ok()?;
            let value = self.static_value(frame, &item.value).ok()?;
            if !matches!(key, Value::Int(_) | Value::Str(_)) || !plain(&value) {
                return None;
            }
            match pairs.iter_mut().find(|(known, _)| *known == key) {
                Some((_, stored)) => *stored = value,
                None => pairs.push((key, value)),
            }
        }
        Some(pairs)
    }
}

/// A number, None, a string, or a list of those (at any depth).
pub(super) fn is_plain_value(value: &Value) -> bool {
    match value {
        Value::Int(_) | Value::Str(_) | Value::None => true,
        Value::List(items) => items.iter().all(is_plain_value),
        _ => false,
    }
}

/// The statements of the module's own code that run once, in order: its top level and the body of
/// its `if __name__ == "__main__":` block.
fn module_code(body: &[Stmt]) -> impl Iterator<Item = &Stmt> {
    body.iter().flat_map(|stmt| match stmt {
        Stmt::If(guard) if is_main_guard(stmt) && guard.elif_else_clauses.is_empty() => guard.body.iter().collect(),
        _ => vec![stmt],
    })
}
