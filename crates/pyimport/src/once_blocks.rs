//! A `multiprocessing.Manager()`'s `with` at the module's level (or the main guard's) runs its body
//! once, as the lines around it run: the names its body binds are bound once (translate.rs
//! `count_module_assignments`; session24/m02's `regions = {...}` inside the manager's `with`). Other
//! `with`s keep counting as blocks that may bind twice, as before: a pool's or an executor's `with`
//! counted so since session 11, and the scenarios of hundreds of programs rest on it.
//!
//! A program written for a harness often declares its results first, `merged: dict = {}`, and binds
//! them for real inside the manager's `with` in the main guard, `merged = dict(results)`
//! (session27/m02). Nothing can see the first binding when no code reads the name before the second
//! one: no function, class or lambda of the file names it (a thread or process could run it in
//! between), and no statement of the module before the second binding does. The first binding is then
//! dropped before translation (`drop_placeholder_globals`), so the name is bound once, by the value
//! that counts. A run that fails before the second binding ends with the fault in weft, where CPython's
//! globals would still hold the placeholder; agree.py compares only the status of a failed run.

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt, Suite};
use ruff_text_size::Ranged;

/// Whether a `with` is a `multiprocessing.Manager()`'s (`with Manager() as manager:`, `with
/// multiprocessing.Manager() as m:`): its body runs once whenever the `with` runs and no exception
/// leaves it (a manager's `__exit__` shuts the server down and swallows nothing). The file's own
/// `Manager` (a class or function of that name) is not it.
pub(crate) struct ManagerBlocks {
    file_defines_manager: bool,
}

impl ManagerBlocks {
    pub(crate) fn of(module: &[Stmt]) -> Self {
        let file_defines_manager = module.iter().any(|stmt| match stmt {
            Stmt::FunctionDef(def) => def.name.as_str() == "Manager",
            Stmt::ClassDef(class) => class.name.as_str() == "Manager",
            _ => false,
        });
        ManagerBlocks { file_defines_manager }
    }

    pub(crate) fn body_runs_once(&self, with: &ast::StmtWith) -> bool {
        !with.is_async
            && !self.file_defines_manager
            && with.items.iter().all(|item| {
                matches!(&item.context_expr, Expr::Call(call) if call.arguments.is_empty() && match &*call.func {
                    Expr::Name(name) => name.id.as_str() == "Manager",
                    Expr::Attribute(attribute) => {
                        attribute.attr.as_str() == "Manager" && matches!(&*attribute.value, Expr::Name(_))
                    }
                    _ => false,
                })
            })
    }
}

/// Drops every placeholder binding of a module global that nothing can see (the module doc).
pub fn drop_placeholder_globals(body: &mut Suite) {
    let managers = ManagerBlocks::of(body);
    let mut dropped = Vec::new();
    for (index, stmt) in body.iter().enumerate() {
        let Some(name) = placeholder_name(stmt) else { continue };
        let Some(binding) = main_guard_binding(body, name, &managers) else { continue };
        if only_mentioned_after(body, name, index, &binding) {
            dropped.push(index);
        }
    }
    for index in dropped.into_iter().rev() {
        body.remove(index);
    }
}

/// `name = {}`, `name: dict = {}`, `name = []`, `name: list[int] = []`, `dict()` or `list()`: an empty
/// container bound to a name at the module's top.
fn placeholder_name(stmt: &Stmt) -> Option<&str> {
    let (target, value) = match stmt {
        Stmt::Assign(assign) if assign.targets.len() == 1 => (&assign.targets[0], &*assign.value),
        Stmt::AnnAssign(assign) => (&*assign.target, assign.value.as_deref()?),
        _ => return None,
    };
    let Expr::Name(name) = target else { return None };
    let empty = match value {
        Expr::Dict(dict) => dict.items.is_empty(),
        Expr::List(list) => list.elts.is_empty(),
        Expr::Call(call) => {
            call.arguments.is_empty()
                && matches!(&*call.func, Expr::Name(callee) if matches!(callee.id.as_str(), "dict" | "list"))
        }
        _ => false,
    };
    empty.then_some(name.id.as_str())
}

/// A statement that binds a name alone by `=`: where it starts, and the offsets of its value.
struct Binding {
    start: usize,
    value: std::ops::Range<usize>,
}

impl Binding {
    fn of(stmt: &Stmt, value: &Expr) -> Self {
        Binding { start: stmt.start().to_usize(), value: value.start().to_usize()..value.end().to_usize() }
    }
}

/// The first statement of a manager's `with` in the main guard that binds `name` alone by `=`, where
/// every statement before it in those blocks runs too.
fn main_guard_binding(body: &[Stmt], name: &str, managers: &ManagerBlocks) -> Option<Binding> {
    let guard = body.iter().find_map(|stmt| match stmt {
        Stmt::If(guard) if is_main_guard(guard) && guard.elif_else_clauses.is_empty() => Some(guard),
        _ => None,
    })?;
    first_binding_in(&guard.body, name, managers)
}

fn first_binding_in(block: &[Stmt], name: &str, managers: &ManagerBlocks) -> Option<Binding> {
    first_binding(block, name, managers, false)
}

/// The first binding of `name` in `block`, taken only inside a manager's `with` (`in_manager`); a
/// binding outside one is a mention before it, which keeps the placeholder (`only_mentioned_after`).
fn first_binding(block: &[Stmt], name: &str, managers: &ManagerBlocks, in_manager: bool) -> Option<Binding> {
    for stmt in block {
        match stmt {
            Stmt::Assign(assign) if matches!(&assign.targets[..], [Expr::Name(target)] if target.id.as_str() == name) =>
            {
                return Some(Binding::of(stmt, &assign.value));
            }
            Stmt::AnnAssign(assign) if matches!(&*assign.target, Expr::Name(target) if target.id.as_str() == name) => {
                return assign.value.as_deref().filter(|_| in_manager).map(|value| Binding::of(stmt, value));
            }
            Stmt::With(with) if managers.body_runs_once(with) => {
                if let Some(found) = first_binding(&with.body, name, managers, true) {
                    return Some(found);
                }
            }
            _ => {}
        }
    }
    None
}

fn is_main_guard(guard: &ast::StmtIf) -> bool {
    matches!(&*guard.test, Expr::Compare(compare) if matches!(&*compare.left, Expr::Name(name) if name.id.as_str() == "__name__"))
}

/// Whether every mention of `name` in the file (a read, a store, a `del`, a `global` or `nonlocal`, a
/// parameter) other than the placeholder's own target (statement `placeholder`) is the binding's or
/// comes after it, none inside the binding's value (`merged = dict(merged)` reads the placeholder).
fn only_mentioned_after(body: &[Stmt], name: &str, placeholder: usize, binding: &Binding) -> bool {
    struct Mentions<'n> {
        name: &'n str,
        starts: Vec<usize>,
    }
    impl<'a> Visitor<'a> for Mentions<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            let declares = match stmt {
                Stmt::Global(global) => global.names.iter().any(|n| n.as_str() == self.name),
                Stmt::Nonlocal(nonlocal) => nonlocal.names.iter().any(|n| n.as_str() == self.name),
                _ => false,
            };
            if declares {
                self.starts.push(stmt.start().to_usize());
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(found) = expr
                && found.id.as_str() == self.name
            {
                self.starts.push(expr.start().to_usize());
            }
            walk_expr(self, expr);
        }
        fn visit_parameter(&mut self, parameter: &'a ast::Parameter) {
            if parameter.name.as_str() == self.name {
                self.starts.push(parameter.start().to_usize());
            }
        }
    }
    let mut mentions = Mentions { name, starts: Vec::new() };
    for (index, stmt) in body.iter().enumerate() {
        if index != placeholder {
            mentions.visit_stmt(stmt);
        }
    }
    mentions.starts.iter().all(|start| *start >= binding.start && !binding.value.contains(start))
}
