//! A function's name bound to a string on one path only (session 32, session30/a08):
//!
//! ```python
//! try:
//!     await long_task
//! except asyncio.CancelledError:
//!     status = "long cancelled"
//! saved = await shielded
//! print(status, "|", saved)
//! ```
//!
//! Where the handler does not run, Python's read of `status` raises UnboundLocalError. The name is a
//! local of the scenario that holds None until the binding runs (it is bound only to a string, so None
//! is no value it can hold), and each statement that reads it first tests it: None is
//! UnboundLocalError, raised where Python raises it. Only where that test is Python's order: the name
//! is bound once in the function, to a string literal, inside a compound statement of the function's
//! own top level, and read only by later statements of that top level that evaluate nothing with an
//! effect before their reads (`print(...)` of names, literals and operators, or an assignment of such
//! an expression). Any other such binding stays refused, as before (rebinding.rs).

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextSize};

use super::{Frame, Translator};
use crate::out::{Node, Step};

impl Translator<'_> {
    /// At the start of `def`'s body: each name bound on one path only that this file's form covers
    /// becomes a local holding None, and the statements that read it are noted for their test.
    pub(super) fn start_one_path_strings(
        &mut self,
        frame: &mut Frame,
        def: &ast::StmtFunctionDef,
        out: &mut Vec<Step>,
        line: u32,
    ) {
        if frame.module_level {
            return;
        }
        for (name, readers) in one_path_strings(def) {
            frame.rebound.insert(name.clone());
            frame.known.remove(&name);
            let local = self.bind_local(frame, &name);
            out.push(Step::new("let", Node::Quoted(format!("{local} = None")), line));
            for reader in readers {
                self.one_path_reads.entry(reader).or_default().insert(name.clone());
            }
        }
    }

    /// Before a statement that reads a name bound on one path only: UnboundLocalError where the
    /// binding has not run.
    pub(super) fn test_one_path_reads(&mut self, frame: &Frame, stmt: &Stmt, out: &mut Vec<Step>, line: u32) {
        let Some(names) = self.one_path_reads.get(&stmt.start()).cloned() else { return };
        for name in names {
            let Some(crate::value::Value::Local(local)) = frame.locals.get(&name) else { continue };
            let local = local.clone();
            let mut raise = Vec::new();
            self.push_raise(frame, "UnboundLocalError", &mut raise, line);
            self.raised_classes.push((frame.task, "UnboundLocalError".to_string()));
            let test = vec![("cond", Node::Quoted(format!("{local} == None"))), ("then", Node::Steps(raise))];
            out.push(Step::new("if", Node::Map(test), line));
        }
    }
}

/// The names of `def` this form covers, each with the starts of the statements that read it.
fn one_path_strings(def: &ast::StmtFunctionDef) -> Vec<(String, Vec<TextSize>)> {
    let parameters: BTreeSet<&str> = def.parameters.iter().map(|parameter| parameter.name().as_str()).collect();
    let mut found = Vec::new();
    for (position, stmt) in def.body.iter().enumerate() {
        if !is_compound(stmt) {
            continue;
        }
        for name in string_bindings(stmt) {
            if parameters.contains(name.as_str()) || bindings(&def.body, &name) != 1 {
                continue;
            }
            if let Some(readers) = later_plain_readers(&def.body, position, &name) {
                found.push((name, readers));
            }
        }
    }
    found
}

fn is_compound(stmt: &Stmt) -> bool {
    matches!(stmt, Stmt::If(_) | Stmt::Try(_) | Stmt::With(_) | Stmt::For(_) | Stmt::While(_))
}

/// The names `name = "literal"` binds anywhere inside `stmt`.
fn string_bindings(stmt: &Stmt) -> Vec<String> {
    struct Bindings(Vec<String>);
    impl<'a> Visitor<'a> for Bindings {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::Assign(assign) = stmt
                && let [Expr::Name(name)] = assign.targets.as_slice()
                && matches!(&*assign.value, Expr::StringLiteral(_))
            {
                self.0.push(name.id.to_string());
            }
            if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, stmt);
            }
        }
    }
    let mut bindings = Bindings(Vec::new());
    bindings.visit_stmt(stmt);
    bindings.0
}

/// How many places bind `name` in `body` (an `except ... as`, a `def`, an import and `global` or
/// `nonlocal` each count, so that only a plain binding is one).
fn bindings(body: &[Stmt], name: &str) -> usize {
    struct Count<'n> {
        name: &'n str,
        count: usize,
    }
    impl<'a> Visitor<'a> for Count<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(def) if def.name.as_str() == self.name => self.count += 1,
                Stmt::ClassDef(class) if class.name.as_str() == self.name => self.count += 1,
                Stmt::Global(declared) if declared.names.iter().any(|n| n.as_str() == self.name) => self.count += 2,
                Stmt::Nonlocal(declared) if declared.names.iter().any(|n| n.as_str() == self.name) => self.count += 2,
                Stmt::Import(import) if import.names.iter().any(|alias| bound_name(alias) == self.name) => {
                    self.count += 1;
                }
                Stmt::ImportFrom(import) if import.names.iter().any(|alias| bound_name(alias) == self.name) => {
                    self.count += 1;
                }
                Stmt::Try(attempt) => {
                    for handler in &attempt.handlers {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        if handler.name.as_ref().is_some_and(|n| n.as_str() == self.name) {
                            self.count += 1;
                        }
                    }
                }
                _ => {}
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr
                && name.id.as_str() == self.name
                && name.ctx != ast::ExprContext::Load
            {
                self.count += 1;
            }
            walk_expr(self, expr);
        }
    }
    let mut count = Count { name, count: 0 };
    for stmt in body {
        count.visit_stmt(stmt);
    }
    count.count
}

fn bound_name(alias: &ast::Alias) -> &str {
    let full = alias.asname.as_ref().unwrap_or(&alias.name).as_str();
    full.split('.').next().unwrap_or(full)
}

/// The statements after `body[binder]` that read `name`, when each is plain (`plain_reader`) and no
/// statement up to and including the binder's reads it; `None` otherwise, or when none reads it.
fn later_plain_readers(body: &[Stmt], binder: usize, name: &str) -> Option<Vec<TextSize>> {
    if body[..=binder].iter().any(|stmt| reads(stmt, name)) {
        return None;
    }
    let mut readers = Vec::new();
    for stmt in &body[binder + 1..] {
        if !reads(stmt, name) {
            continue;
        }
        if !plain_reader(stmt) {
            return None;
        }
        readers.push(stmt.start());
    }
    (!readers.is_empty()).then_some(readers)
}

/// Whether `stmt` reads `name` anywhere inside it.
fn reads(stmt: &Stmt, name: &str) -> bool {
    crate::syntax::names_read(std::slice::from_ref(stmt)).contains(name)
}

/// `print(...)` or `x = ...` whose expressions evaluate nothing with an effect (no call, `await`,
/// comprehension, lambda, item or attribute read that could raise), so that a read's test before the
/// statement comes where Python's read would raise.
fn plain_reader(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::Expr(statement) => match &*statement.value {
            Expr::Call(call) if matches!(&*call.func, Expr::Name(name) if name.id.as_str() == "print") => {
                call.arguments.args.iter().all(plain_expression)
                    && call.arguments.keywords.iter().all(|keyword| plain_expression(&keyword.value))
            }
            _ => false,
        },
        Stmt::Assign(assign) => {
            assign.targets.iter().all(|target| matches!(target, Expr::Name(_))) && plain_expression(&assign.value)
        }
        _ => false,
    }
}

/// Names, literals, operators, comparisons and f-strings of them.
fn plain_expression(expr: &Expr) -> bool {
    struct Plain(bool);
    impl<'a> Visitor<'a> for Plain {
        fn visit_expr(&mut self, expr: &'a Expr) {
            let plain = matches!(
                expr,
                Expr::Name(_)
                    | Expr::StringLiteral(_)
                    | Expr::NumberLiteral(_)
                    | Expr::BooleanLiteral(_)
                    | Expr::NoneLiteral(_)
                    | Expr::BinOp(_)
                    | Expr::UnaryOp(_)
                    | Expr::BoolOp(_)
                    | Expr::Compare(_)
                    | Expr::Tuple(_)
                    | Expr::FString(_)
            );
            self.0 &= plain;
            if plain {
                walk_expr(self, expr);
            }
        }
    }
    let mut plain = Plain(true);
    plain.visit_expr(expr);
    plain.0
}
