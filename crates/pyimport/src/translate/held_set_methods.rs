//! `seen.add(link)`, `seen.discard(link)`, `seen.remove(link)` of a set made at run time (session 33:
//! session32/q02, a crawler's visited set `seen = {"home"}` shared by two workers). The set is a
//! run-time object (`new_set('home')`, docs/format.md "Objects made at run time"), whose members are
//! written as its items: `add` is `s[k] = 1` (a member already there keeps its place), `remove` is
//! `del s[k]` (a missing member is Python's KeyError), and `discard` tests and deletes inside one
//! `atomic`, as CPython's one C call does with no thread between the two. `k in s`, `len(s)` and
//! `sorted(s)` read it as before (held_objects.rs), so a check-then-add race without a lock is two steps
//! another thread can come between, as in CPython.
//!
//! Only where every binding of the name anywhere in the file makes a set (a display, a set
//! comprehension, `set(...)`): a name bound to a list in one place and a set in another could hold a
//! list at the call, whose `add` is Python's AttributeError; that stays refused as before.

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::held_objects::HeldObject;
use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};

/// The set methods this module writes as item steps.
const SET_METHODS: [&str; 3] = ["add", "discard", "remove"];

impl Translator<'_> {
    /// `s.add(k)`, `s.discard(k)` or `s.remove(k)` as a statement, of a name holding a set made at run
    /// time: its step, and `true`; `false` for any other call.
    pub(super) fn held_set_method(
        &mut self,
        frame: &Frame,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Attribute(attribute) = &*call.func else { return Ok(false) };
        let method = attribute.attr.as_str();
        if !SET_METHODS.contains(&method) {
            return Ok(false);
        }
        let Some(set) = self.held_set(frame, &attribute.value) else { return Ok(false) };
        let ([member], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else {
            return fail(call, format!("`{method}` of a set takes one member"));
        };
        let (member, _, _) = self.code(frame, member)?;
        let delete = Step::new("del", Node::Quoted(format!("{set}[{member}]")), line);
        let step = match method {
            "add" => Step::new("set", Node::Quoted(format!("{set}[{member}] = 1")), line),
            "remove" => delete,
            _ => {
                let entries =
                    vec![("cond", Node::Quoted(format!("has({set}, {member})"))), ("then", Node::Steps(vec![delete]))];
                Step::new("atomic", Node::Steps(vec![Step::new("if", Node::Map(entries), line)]), line)
            }
        };
        out.push(step);
        Ok(true)
    }
}

impl Translator<'_> {
    /// The scenario name of `expr` where it is a name that holds a set made at run time and every binding
    /// of it in the file makes a set: `sorted(s)` walks it (list_values.rs), whatever its order.
    pub(super) fn held_set(&self, frame: &Frame, expr: &Expr) -> Option<String> {
        let Expr::Name(name) = expr else { return None };
        if !binds_only_sets(self.module_body, name.id.as_str()) {
            return None;
        }
        match self.held_object(frame, expr)? {
            (set, HeldObject::Container { .. }) => Some(set),
            _ => None,
        }
    }
}

/// Whether `name` is bound somewhere in `body` (functions and classes included) and every binding is
/// an assignment of a set display, a set comprehension or a `set(...)` call.
fn binds_only_sets(body: &[Stmt], name: &str) -> bool {
    let mut bindings = SetBindings { name, sets: 0, stores: 0 };
    bindings.visit_body(body);
    bindings.sets > 0 && bindings.sets == bindings.stores
}

/// Counts the stores of a name and those that assign it a set.
struct SetBindings<'n> {
    name: &'n str,
    sets: usize,
    stores: usize,
}

impl<'a> Visitor<'a> for SetBindings<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        let value_of_name = match stmt {
            Stmt::Assign(assign) => assign
                .targets
                .iter()
                .filter(|target| matches!(target, Expr::Name(target) if target.id.as_str() == self.name))
                .map(|_| &*assign.value)
                .next(),
            Stmt::AnnAssign(assign) => match (&*assign.target, assign.value.as_deref()) {
                (Expr::Name(target), Some(value)) if target.id.as_str() == self.name => Some(value),
                _ => None,
            },
            _ => None,
        };
        if value_of_name.is_some_and(makes_a_set) {
            self.sets += match stmt {
                Stmt::Assign(assign) => assign
                    .targets
                    .iter()
                    .filter(|target| matches!(target, Expr::Name(target) if target.id.as_str() == self.name))
                    .count(),
                _ => 1,
            };
        }
        // Any other binding of the name (`for`, `with ... as`, `except ... as`, a `del`, an import)
        // counts as a store that is no set; a `global`/`nonlocal` list binds nothing.
        match stmt {
            Stmt::FunctionDef(def) if def.name.as_str() == self.name => self.stores += 1,
            Stmt::ClassDef(class) if class.name.as_str() == self.name => self.stores += 1,
            Stmt::Import(ast::StmtImport { names, .. }) | Stmt::ImportFrom(ast::StmtImportFrom { names, .. }) => {
                let bound = |alias: &ast::Alias| alias.asname.as_ref().unwrap_or(&alias.name).as_str() == self.name;
                self.stores += names.iter().filter(|alias| bound(alias)).count();
            }
            Stmt::Try(attempt) => {
                for handler in &attempt.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    if handler.name.as_ref().is_some_and(|bound| bound.as_str() == self.name) {
                        self.stores += 1;
                    }
                }
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(named) = expr
            && named.id.as_str() == self.name
            && !matches!(named.ctx, ast::ExprContext::Load)
        {
            self.stores += 1;
        }
        walk_expr(self, expr);
    }
}

/// Whether `value` makes a new set: a set display, a set comprehension or `set(...)`.
fn makes_a_set(value: &Expr) -> bool {
    match value {
        Expr::Set(_) | Expr::SetComp(_) => true,
        Expr::Call(call) => matches!(&*call.func, Expr::Name(function) if function.id.as_str() == "set"),
        _ => false,
    }
}
