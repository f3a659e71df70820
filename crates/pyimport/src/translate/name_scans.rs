//! The scans of names over a body before it is translated: the names a function assigns and declares
//! (`collect_assigned`), its `nonlocal`s (`collect_nonlocal`), and `NameScan`'s walk over every name
//! (moved from translate.rs in session 34, unchanged).

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::{callback_lists, callee_name};

/// The names of the `nonlocal` statements of a function's body (at any depth of its blocks, not in the
/// functions and classes it defines).
pub(super) fn collect_nonlocal(body: &[Stmt], names: &mut BTreeSet<String>) {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct Walk<'n>(&'n mut BTreeSet<String>);
    impl<'a> Visitor<'a> for Walk<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Nonlocal(nonlocal) => self.0.extend(nonlocal.names.iter().map(|n| n.to_string())),
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut walk = Walk(names);
    for stmt in body {
        walk.visit_stmt(stmt);
    }
}

/// Names assigned in a function body (its locals, unless declared `global`) and names declared global:
/// the targets of assignments, `for`, `with ... as` and `:=` (which binds in the
/// function even inside a comprehension, PEP 572), at any depth of the body's blocks, not in the
/// functions, classes and lambdas it defines. (Session 25: the last two were missed, so a function
/// binding `line` by `while (line := q.get())` was taken as reading a module's `line`.) An `except ...
/// as` name is left out: the handler's own code binds it where it reads it.
pub(super) fn collect_assigned(body: &[Stmt], assigned: &mut BTreeSet<String>, declared: &mut BTreeSet<String>) {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct Walk<'n> {
        assigned: &'n mut BTreeSet<String>,
        declared: &'n mut BTreeSet<String>,
    }
    impl Walk<'_> {
        fn target(&mut self, expr: &Expr) {
            match expr {
                Expr::Name(name) => {
                    self.assigned.insert(name.id.to_string());
                }
                Expr::Tuple(tuple) => tuple.elts.iter().for_each(|e| self.target(e)),
                Expr::List(list) => list.elts.iter().for_each(|e| self.target(e)),
                _ => {}
            }
        }
    }
    impl<'a> Visitor<'a> for Walk<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => return,
                Stmt::Assign(assign) => assign.targets.iter().for_each(|t| self.target(t)),
                Stmt::AugAssign(assign) => self.target(&assign.target),
                Stmt::AnnAssign(assign) if assign.value.is_some() => self.target(&assign.target),
                Stmt::For(looping) => self.target(&looping.target),
                Stmt::With(with) => {
                    with.items.iter().filter_map(|item| item.optional_vars.as_deref()).for_each(|t| self.target(t));
                }
                Stmt::Global(global) => self.declared.extend(global.names.iter().map(|n| n.to_string())),
                // A nested function's `nonlocal` names a cell of the function around it, which the
                // translation keeps as a shared variable (`closure_cells`): declared as a global is.
                Stmt::Nonlocal(nonlocal) => self.declared.extend(nonlocal.names.iter().map(|n| n.to_string())),
                _ => {}
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Lambda(_) => {}
                Expr::Named(named) => {
                    self.target(&named.target);
                    self.visit_expr(&named.value);
                }
                _ => walk_expr(self, expr),
            }
        }
    }
    Walk { assigned, declared }.visit_body(body);
}

/// A walk over names: every identifier, the names loaded (in order), `.append` targets and their
/// arguments, names bound to `Thread(...)` calls.
#[derive(Debug, Default)]
pub(super) struct NameScan {
    pub(super) identifiers: BTreeSet<String>,
    pub(super) loaded: BTreeSet<String>,
    pub(super) loaded_in_order: Vec<String>,
    pub(super) appended: BTreeMap<String, Vec<String>>,
    pub(super) thread_names: BTreeSet<String>,
    /// The program's subclasses of `threading.Thread`: a call of one makes a thread.
    pub(super) thread_classes: BTreeSet<String>,
    pub(super) called_constructors: bool,
    /// Where `None` is written (`none_options`: those that are no value but an option, see below).
    pub(super) none_values: Vec<usize>,
    pub(super) none_options: BTreeSet<usize>,
    /// `object()` is called somewhere.
    pub(super) makes_sentinel: bool,
}

impl NameScan {
    pub(super) fn statement(&mut self, stmt: &Stmt) {
        use ruff_python_ast::visitor::{Visitor, walk_annotation, walk_expr, walk_stmt};
        struct Walk<'s>(&'s mut NameScan);
        impl<'a> Visitor<'a> for Walk<'_> {
            /// A `None` in an annotation (`def run() -> None:`, `x: int | None`) is a type, no value
            /// the program makes.
            fn visit_annotation(&mut self, expr: &'a Expr) {
                let before = self.0.none_values.len();
                walk_annotation(self, expr);
                let written = self.0.none_values[before..].to_vec();
                self.0.none_options.extend(written);
            }
            fn visit_stmt(&mut self, stmt: &'a Stmt) {
                if let Stmt::Assign(assign) = stmt
                    && let Expr::Call(call) = &*assign.value
                    && callee_name(&call.func).is_some_and(|n| {
                        // A thread, or a task or future kept in a list (`tasks.append(task)`): the list
                        // is known at import time, as a list of threads is.
                        matches!(n, "Thread" | "Timer" | "Process" | "create_task" | "ensure_future" | "submit")
                            || self.0.thread_classes.contains(n)
                    })
                {
                    for target in &assign.targets {
                        if let Expr::Name(name) = target {
                            self.0.thread_names.insert(name.id.to_string());
                        }
                    }
                }
                // `items += [a, b]` of values: the list grows, as by `extend` (a list of threads made
                // so, `threads += [threading.Thread(...)]`, is known at import time instead).
                if let Stmt::AugAssign(assign) = stmt
                    && assign.op == ast::Operator::Add
                    && let Expr::Name(list) = &*assign.target
                    && let Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) =
                        &*assign.value
                    && !elts.iter().any(|item| {
                        matches!(item, Expr::Call(_))
                            || matches!(item, Expr::Name(name) if self.0.thread_names.contains(name.id.as_str()))
                    })
                {
                    self.0.appended.entry(list.id.to_string()).or_default();
                }
                if let Stmt::FunctionDef(def) = stmt {
                    self.0.identifiers.insert(def.name.to_string());
                    for parameter in def.parameters.iter_non_variadic_params() {
                        self.0.identifiers.insert(parameter.parameter.name.to_string());
                    }
                }
                walk_stmt(self, stmt);
            }
            fn visit_expr(&mut self, expr: &'a Expr) {
                match expr {
                    Expr::Name(name) => {
                        let id = name.id.to_string();
                        self.0.identifiers.insert(id.clone());
                        if name.ctx.is_load() {
                            self.0.loaded.insert(id.clone());
                            self.0.loaded_in_order.push(id);
                        }
                    }
                    Expr::NoneLiteral(none) => self.0.none_values.push(none.start().to_usize()),
                    Expr::Call(call) => {
                        if callee_name(&call.func).is_some_and(|n| n == "object") && call.arguments.is_empty() {
                            self.0.makes_sentinel = true;
                        }
                        // `run_in_executor(None, ...)` (the default executor) and `timeout=None` (no
                        // time-out) are not None as a value.
                        if let Expr::Attribute(attribute) = &*call.func
                            && attribute.attr.as_str() == "run_in_executor"
                            && let Some(Expr::NoneLiteral(none)) = call.arguments.args.first()
                        {
                            self.0.none_options.insert(none.start().to_usize());
                        }
                        for keyword in &call.arguments.keywords {
                            if keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == "timeout")
                                && let Expr::NoneLiteral(none) = &keyword.value
                            {
                                self.0.none_options.insert(none.start().to_usize());
                            }
                        }
                        // `self.items.append(x)`: an attribute that grows (see classes.rs).
                        if let Expr::Attribute(attribute) = &*call.func
                            && matches!(attribute.attr.as_str(), "append" | "pop")
                            && let Expr::Attribute(list) = &*attribute.value
                        {
                            self.0.appended.entry(format!("self.{}", list.attr)).or_default();
                        }
                        // `items.pop()` and `items.remove(x)` change the list's length as `append` does: a
                        // list nobody appends to but something pops from (a pool of free connections) is a
                        // growing list too.
                        if let Expr::Attribute(attribute) = &*call.func
                            && matches!(attribute.attr.as_str(), "extend" | "pop" | "remove")
                            && let Expr::Name(list) = &*attribute.value
                        {
                            self.0.appended.entry(list.id.to_string()).or_default();
                        }
                        // `rows[i].pop()` of a list of lists (session34/t05's v2): its rows grow, as a
                        // list popped by its name does.
                        if let Expr::Attribute(attribute) = &*call.func
                            && attribute.attr.as_str() == "pop"
                            && let Expr::Subscript(row) = &*attribute.value
                            && let Expr::Name(rows) = &*row.value
                        {
                            self.0.appended.entry(rows.id.to_string()).or_default();
                        }
                        if let Expr::Attribute(attribute) = &*call.func
                            && attribute.attr.as_str() == "append"
                            && let Expr::Name(list) = &*attribute.value
                        {
                            let args = call
                                .arguments
                                .args
                                .iter()
                                .map(|arg| match arg {
                                    Expr::Name(name) => name.id.to_string(),
                                    Expr::Call(inner)
                                        if callee_name(&inner.func).is_some_and(|n| {
                                            n == "Thread" || n == "Process" || self.0.thread_classes.contains(n)
                                        }) =>
                                    {
                                        "<thread>".to_string()
                                    }
                                    // `tasks.append(asyncio.create_task(f(i)))`, `futures.append(ex.submit(f,
                                    // i))`: a list of futures, known at import time as a list of threads is.
                                    Expr::Call(inner)
                                        if callee_name(&inner.func).is_some_and(|n| {
                                            matches!(n, "create_task" | "ensure_future" | "submit")
                                        }) =>
                                    {
                                        "<future>".to_string()
                                    }
                                    // `handlers.append(lambda: ...)`, `handlers.append(partial(f, x))`, a
                                    // closure factory's call: a list of callbacks (callback_lists.rs).
                                    Expr::Lambda(_) => callback_lists::CALLBACK.to_string(),
                                    Expr::Call(inner) => callback_lists::call_marker(&inner.func),
                                    _ => String::new(),
                                })
                                .collect();
                            self.0.appended.entry(list.id.to_string()).or_default().extend::<Vec<String>>(args);
                        }
                        if callee_name(&call.func).is_some_and(|n| {
                            matches!(
                                n,
                                "Thread"
                                    | "Timer"
                                    | "Process"
                                    | "Lock"
                                    | "RLock"
                                    | "Semaphore"
                                    | "BoundedSemaphore"
                                    | "Event"
                                    | "Condition"
                                    | "Barrier"
                                    | "Queue"
                            )
                        }) {
                            self.0.called_constructors = true;
                        }
                    }
                    _ => {}
                }
                walk_expr(self, expr);
            }
        }
        Walk(self).visit_stmt(stmt);
    }
}
