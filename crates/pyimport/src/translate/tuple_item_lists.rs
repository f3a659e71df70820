//! `{c: sum(1 for s in served if s[0] == c) for c in "xyz"}` in a `print` (session 33: session30/t07):
//! `s[0]` of an item of a shared list may raise (IndexError of a shorter tuple, TypeError of no tuple),
//! and a comprehension's parts cannot go to a line of their own before the call (they run once per
//! item), so raising_arguments.rs refused it. Where the file shows that every item of the list is a
//! tuple of at least `n` items, `s[i]` with `-n <= i < n` cannot raise: the list is bound once, to `[]`
//! or a display of tuple displays, and every other use of its name only reads it or appends a tuple
//! display (`served.append((client, r))`): no item store, no `del`, no other method, and no use that
//! could hand the list to code that changes it (a call of a function of the file, another name, a
//! tuple, a `return`). Judged by name over the whole file, so a parameter or a second binding of the
//! same name anywhere leaves the list out (the refusal stands).

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::TextSize;

use super::{Frame, Translator};
use crate::value::Value;

/// Builtins that read a list they are given and never change it.
const READING_BUILTINS: [&str; 15] = [
    "len",
    "print",
    "sorted",
    "list",
    "tuple",
    "enumerate",
    "reversed",
    "sum",
    "min",
    "max",
    "any",
    "all",
    "set",
    "str",
    "repr",
];

/// The lists whose every item is a tuple of at least so many items, by name.
pub(super) fn tuple_item_lists(body: &[Stmt]) -> BTreeMap<String, usize> {
    let mut scan = Scan::default();
    for stmt in body {
        scan.visit_stmt(stmt);
    }
    let mut lists = BTreeMap::new();
    for (name, arity) in scan.bound_to_tuples {
        let appended = scan.appended.get(&name).copied().unwrap_or(usize::MAX);
        let arity = arity.min(appended);
        let loads = scan.loads.get(&name).map(Vec::as_slice).unwrap_or_default();
        if scan.stores.get(&name) == Some(&1)
            && !scan.spoiled.contains(&name)
            && arity > 0
            && arity != usize::MAX
            && loads.iter().all(|at| scan.reading.contains(at))
        {
            lists.insert(name, arity);
        }
    }
    lists
}

#[derive(Default)]
struct Scan {
    /// Names bound by `name = [...]` to an empty list or a display of tuple displays: the least length.
    bound_to_tuples: BTreeMap<String, usize>,
    /// Names appended a tuple display: the least length.
    appended: BTreeMap<String, usize>,
    /// How often each name is bound (`=`, `+=`, a loop's or a `with`'s target, `del`).
    stores: BTreeMap<String, usize>,
    /// Where each name is read.
    loads: BTreeMap<String, Vec<TextSize>>,
    /// The reads that only read the list or append a tuple to it.
    reading: BTreeSet<TextSize>,
    /// Names bound otherwise (a parameter, an `except ... as`, an append of anything but a tuple).
    spoiled: BTreeSet<String>,
}

impl Scan {
    fn allow(&mut self, expr: &Expr) {
        if let Expr::Name(name) = expr {
            self.reading.insert(name.range.start());
        }
    }
}

/// The least length of the tuple displays of a list display (`usize::MAX` for `[]`), or `None`.
fn tuple_display_arity(elements: &[Expr]) -> Option<usize> {
    elements.iter().try_fold(usize::MAX, |least, element| match element {
        Expr::Tuple(tuple) if !tuple.elts.iter().any(Expr::is_starred_expr) => Some(least.min(tuple.elts.len())),
        _ => None,
    })
}

impl<'a> Visitor<'a> for Scan {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Assign(assign) => {
                if let [Expr::Name(name)] = &assign.targets[..]
                    && let Expr::List(list) = &*assign.value
                {
                    match tuple_display_arity(&list.elts) {
                        Some(arity) => {
                            self.bound_to_tuples.insert(name.id.to_string(), arity);
                        }
                        None => {
                            self.spoiled.insert(name.id.to_string());
                        }
                    }
                }
            }
            Stmt::FunctionDef(def) => {
                for parameter in def.parameters.iter() {
                    self.spoiled.insert(parameter.name().to_string());
                }
            }
            Stmt::For(looping) => self.allow(&looping.iter),
            Stmt::If(branch) => self.allow(&branch.test),
            Stmt::While(looping) => self.allow(&looping.test),
            Stmt::Try(attempt) => {
                for handler in &attempt.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    if let Some(name) = &handler.name {
                        self.spoiled.insert(name.to_string());
                    }
                }
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(name) => match name.ctx {
                ExprContext::Load => self.loads.entry(name.id.to_string()).or_default().push(name.range.start()),
                _ => *self.stores.entry(name.id.to_string()).or_default() += 1,
            },
            Expr::Call(call) => match &*call.func {
                Expr::Attribute(method) if method.attr.as_str() == "append" => {
                    if let Expr::Name(list) = &*method.value {
                        match &call.arguments.args[..] {
                            [Expr::Tuple(tuple)]
                                if call.arguments.keywords.is_empty()
                                    && !tuple.elts.iter().any(Expr::is_starred_expr) =>
                            {
                                self.allow(&method.value);
                                let least = self.appended.entry(list.id.to_string()).or_insert(usize::MAX);
                                *least = (*least).min(tuple.elts.len());
                            }
                            _ => {
                                self.spoiled.insert(list.id.to_string());
                            }
                        }
                    }
                }
                Expr::Name(callee) if READING_BUILTINS.contains(&callee.id.as_str()) => {
                    for argument in &call.arguments.args {
                        self.allow(argument);
                    }
                }
                _ => {}
            },
            Expr::Subscript(item) if item.ctx == ExprContext::Load => self.allow(&item.value),
            Expr::Compare(compare) => {
                self.allow(&compare.left);
                compare.comparators.iter().for_each(|operand| self.allow(operand));
            }
            Expr::UnaryOp(unary) if unary.op == ast::UnaryOp::Not => self.allow(&unary.operand),
            Expr::BoolOp(boolean) => boolean.values.iter().for_each(|value| self.allow(value)),
            Expr::ListComp(ast::ExprListComp { generators, .. })
            | Expr::SetComp(ast::ExprSetComp { generators, .. })
            | Expr::DictComp(ast::ExprDictComp { generators, .. })
            | Expr::Generator(ast::ExprGenerator { generators, .. }) => {
                generators.iter().for_each(|generator| self.allow(&generator.iter));
            }
            Expr::Lambda(lambda) => {
                if let Some(parameters) = &lambda.parameters {
                    for parameter in parameters.iter() {
                        self.spoiled.insert(parameter.name().to_string());
                    }
                }
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}

impl Translator<'_> {
    /// Whether `part` (of a comprehension in a call's arguments) is `s[i]` of a variable walking a list
    /// whose items are all tuples of more than `i` items, which cannot raise.
    pub(super) fn reads_a_walked_tuple(&self, frame: &Frame, part: &Expr, walks: &[(String, String)]) -> bool {
        let Expr::Subscript(item) = part else { return false };
        let Expr::Name(variable) = &*item.value else { return false };
        let Some((_, list)) = walks.iter().rev().find(|(walker, _)| walker == variable.id.as_str()) else {
            return false;
        };
        let Some(&arity) = self.tuple_item_lists.get(list) else { return false };
        if !matches!(self.resolve(frame, list), Some(Value::Shared(shared, _)) if shared == *list) {
            return false;
        }
        let arity = i64::try_from(arity).unwrap_or(i64::MAX);
        matches!(self.static_value(frame, &item.slice), Ok(Value::Int(index)) if -arity <= index && index < arity)
    }
}
