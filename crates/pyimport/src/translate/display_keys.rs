//! `for name in taken` (or `taken.keys()`) of a module dict display whose values the threads change
//! (session 34: session30/t10, `taken = {"a": [], "b": []}`, one list per worker, each appended to by
//! its worker; `threads = [Thread(target=worker, args=(n,)) for n in taken]`). Its values are objects
//! of the run (lists made when the program runs), so display_views.rs, which hands the values on,
//! leaves it; but a walk over its keys needs only the keys, and those are the display's own as long
//! as nothing in the file adds or removes one: weft refused the walk before ("weft needs this value at
//! import time").
//!
//! The keys are taken at import time, in the display's order (a key given twice keeps its first
//! place), when the dict is the name's one binding in the module's own code (display_views.rs's
//! `one_module_display`), its keys numbers or strings written in the display, and every use of the
//! name in the file reads it without changing its keys and without handing the dict to anything that
//! could: an item read (`taken[name]`, whose value may then be changed: `taken[name].append(job)`),
//! `get`, `keys`, `values`, `items`, a walk, `in`, `len`, `sorted`, `print`. A store of an item, `del`,
//! `pop`, `update`, `setdefault`, `clear`, another name bound to it or the dict handed to a function
//! keeps the walk refused, as before.

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Error, Frame, Result, Translator};
use crate::value::Value;

/// The methods of a dict that read it without changing its keys.
const KEY_KEEPING_METHODS: [&str; 4] = ["get", "keys", "values", "items"];

/// The builtins that read a dict handed to them and keep no reference to it.
const READING_BUILTINS: [&str; 4] = ["len", "sorted", "print", "list"];

impl Translator<'_> {
    /// The keys of `for key in d` or `for key in d.keys()` of such a display; `None` otherwise.
    /// Refused in words that say why where the dict is such a display but its keys may change.
    pub(super) fn stable_display_keys(&self, frame: &Frame, iterable: &Expr) -> Result<Option<Vec<Value>>> {
        let Some(display_keys) = self.display_keys(frame, iterable) else { return Ok(None) };
        display_keys.map(Some).map_err(|name| {
            Error::at(
                iterable,
                format!(
                    "a walk over the keys of `{name}`, a dict display whose values are made when the program runs, is imported when nothing in the file adds or removes a key (its uses read items, `get`, `keys`, `values`, `items`, `in`, `len`, a walk); this file stores an item, deletes one, calls a method that may, or hands `{name}` to a name or a function; walk a list of the keys instead (`for n in [\"a\", \"b\"]`)"
                ),
            )
        })
    }

    /// The display's keys, or `Err(name)` where they may change; `None` where `iterable` is no walk of
    /// such a display's keys.
    fn display_keys(&self, frame: &Frame, iterable: &Expr) -> Option<std::result::Result<Vec<Value>, String>> {
        let dict = match iterable {
            Expr::Name(dict) => dict,
            Expr::Call(call) if call.arguments.is_empty() => match &*call.func {
                Expr::Attribute(attribute) if attribute.attr.as_str() == "keys" => match &*attribute.value {
                    Expr::Name(dict) => dict,
                    _ => return None,
                },
                _ => return None,
            },
            _ => return None,
        };
        let name = dict.id.as_str();
        if frame.locals.contains_key(name) || !matches!(self.resolve(frame, name), Some(Value::Shared(..))) {
            return None;
        }
        let display = self.one_module_display(name)?;
        // A dict of numbers or strings is a record or a shared map of its own, walked as before.
        if !display.items.iter().any(|item| makes_a_container(&item.value)) {
            return None;
        }
        let mut keys: Vec<Value> = Vec::with_capacity(display.items.len());
        for item in &display.items {
            let key = self.static_value(frame, item.key.as_ref()?).ok()?;
            if !matches!(key, Value::Int(_) | Value::Str(_)) {
                return None;
            }
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        if !keys_never_change(self.module_body, name) {
            return Some(Err(name.to_string()));
        }
        Some(Ok(keys))
    }
}

/// A list, dict or set display, or `list()`, `dict()`, `set()`: a value made when the program runs.
fn makes_a_container(value: &Expr) -> bool {
    match value {
        Expr::List(_) | Expr::Dict(_) | Expr::Set(_) => true,
        Expr::Call(call) => {
            matches!(&*call.func, Expr::Name(callee) if matches!(callee.id.as_str(), "list" | "dict" | "set"))
        }
        _ => false,
    }
}

/// Whether every use of `name` in `module` reads the dict without changing its keys or handing it on
/// (its one binding aside).
fn keys_never_change(module: &[Stmt], name: &str) -> bool {
    let mut uses = Uses { name, bindings: 0, other: 0 };
    uses.visit_body(module);
    uses.bindings == 1 && uses.other == 0
}

struct Uses<'n> {
    name: &'n str,
    bindings: usize,
    other: usize,
}

impl Uses<'_> {
    fn is_the_dict(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Name(named) if named.id.as_str() == self.name)
    }

    /// Visits the parts of `call` but its receiver or its one argument, which is the dict.
    fn visit_arguments(&mut self, call: &ast::ExprCall) {
        for argument in &call.arguments.args {
            if !self.is_the_dict(argument) {
                self.visit_expr(argument);
            }
        }
        for keyword in &call.arguments.keywords {
            self.visit_expr(&keyword.value);
        }
    }
}

impl<'a> Visitor<'a> for Uses<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::For(looping) if self.is_the_dict(&looping.iter) => {
                self.visit_expr(&looping.target);
                self.visit_body(&looping.body);
                self.visit_body(&looping.orelse);
            }
            other => walk_stmt(self, other),
        }
    }

    fn visit_comprehension(&mut self, comprehension: &'a ast::Comprehension) {
        if self.is_the_dict(&comprehension.iter) {
            self.visit_expr(&comprehension.target);
            for condition in &comprehension.ifs {
                self.visit_expr(condition);
            }
            return;
        }
        ruff_python_ast::visitor::walk_comprehension(self, comprehension);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(named) if named.id.as_str() == self.name => match named.ctx {
                ast::ExprContext::Store => self.bindings += 1,
                _ => self.other += 1,
            },
            // `taken[name]`: an item read (its value may change; the keys do not).
            Expr::Subscript(subscript)
                if subscript.ctx == ast::ExprContext::Load && self.is_the_dict(&subscript.value) =>
            {
                self.visit_expr(&subscript.slice);
            }
            Expr::Call(call) => match &*call.func {
                Expr::Attribute(attribute)
                    if self.is_the_dict(&attribute.value) && KEY_KEEPING_METHODS.contains(&attribute.attr.as_str()) =>
                {
                    self.visit_arguments(call);
                }
                Expr::Name(builtin)
                    if READING_BUILTINS.contains(&builtin.id.as_str())
                        && call.arguments.args.iter().any(|argument| self.is_the_dict(argument)) =>
                {
                    self.visit_arguments(call);
                }
                _ => walk_expr(self, expr),
            },
            // `key in taken`, `key not in taken`.
            Expr::Compare(compare)
                if compare.ops.len() == 1
                    && matches!(compare.ops[0], ast::CmpOp::In | ast::CmpOp::NotIn)
                    && self.is_the_dict(&compare.comparators[0]) =>
            {
                self.visit_expr(&compare.left);
            }
            _ => walk_expr(self, expr),
        }
    }
}
