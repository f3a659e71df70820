//! A name bound to a value known at import time in one place and to a value known only at run time in
//! another (`item = "none"`, then `if items: item = items.pop()`). The import keeps a string or a tuple
//! of constants as a value of its own (no step), which is right while nothing else binds the name; but
//! where a later binding is a step the scenario may or may not run (inside an `if`, a `try`, a loop),
//! the other path must still see the first value, so the first binding is a `let` too (session 19's
//! repro r01: without it the local read 0 where the `if` did not run, under a "complete" search).
//!
//! `Frame::rebound` holds the names a function (or the module) binds in more than one place, other than
//! by constants on lines of their own at its top: their constant bindings are `let`s, still known at
//! import time where nothing has bound them again (`Translator::bind_constant_local`). A value that has
//! no `let` (a lock, a list, a function) bound first and then bound again where the scenario may not
//! run is refused (`check_rebinding`).
//!
//! At module level, a name the module's own code binds as a task local (a loop variable) stays that
//! local when the module binds it again (`keeps_module_local`): Python has one global of that name,
//! and the module's reads take the local, so its writes must too (repro r04: `for name in [...]`, then
//! `name = q.get()` wrote a shared variable while `seen[name]` still read the loop's last item).
//! A function of the file that reads or writes the global of that name would miss the local, so such a
//! loop is refused (`check_module_loop_target`), as is `except E as err` over a bound `err`, which
//! Python deletes at the handler's end (`check_caught_name`).

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Error, Frame, Node, Result, Step, Translator, fail};
use crate::expr::Ex;
use crate::value::Value;

/// `rebound_names` of a function's parameters and body.
pub(super) fn rebound_in_function(def: &ast::StmtFunctionDef) -> BTreeSet<String> {
    let names: Vec<&str> = parameter_names(def).collect();
    rebound_names(&names, &def.body)
}

/// A function's parameters' names (`*args` and `**kwargs` are refused where the function is called).
fn parameter_names(def: &ast::StmtFunctionDef) -> impl Iterator<Item = &str> {
    let parameters = &def.parameters;
    parameters
        .posonlyargs
        .iter()
        .chain(&parameters.args)
        .chain(&parameters.kwonlyargs)
        .map(|parameter| parameter.parameter.name.as_str())
}

/// The names `body` binds in more than one place (a parameter is one place), except names bound only
/// by constants (`x = "a"`, `x = 3`) on statements of `body`'s own top level.
pub(super) fn rebound_names(parameters: &[&str], body: &[Stmt]) -> BTreeSet<String> {
    let mut sites = BindingSites::default();
    for parameter in parameters {
        sites.bind(parameter, false);
    }
    sites.block(body, true);
    sites
        .counts
        .into_iter()
        .filter(|(_, (count, all_constant))| *count > 1 && !all_constant)
        .map(|(name, _)| name)
        .collect()
}

/// Per name: how many places bind it, and whether each is a constant on a top-level line.
#[derive(Default)]
struct BindingSites {
    counts: BTreeMap<String, (u32, bool)>,
}

impl BindingSites {
    fn bind(&mut self, name: &str, constant: bool) {
        let entry = self.counts.entry(name.to_string()).or_insert((0, true));
        entry.0 += 1;
        entry.1 &= constant;
    }

    fn target(&mut self, target: &Expr) {
        match target {
            Expr::Name(name) => self.bind(&name.id, false),
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().for_each(|part| self.target(part));
            }
            Expr::Starred(starred) => self.target(&starred.value),
            _ => {}
        }
    }

    fn block(&mut self, body: &[Stmt], top: bool) {
        for stmt in body {
            self.statement(stmt, top);
        }
    }

    /// Nested `def`s and classes are scopes of their own; comprehensions too (Python 3).
    fn statement(&mut self, stmt: &Stmt, top: bool) {
        match stmt {
            Stmt::Assign(assign) => {
                let constant = top && assign.targets.len() == 1 && is_constant(&assign.value);
                match &assign.targets[..] {
                    [Expr::Name(name)] => self.bind(&name.id, constant),
                    targets => targets.iter().for_each(|target| self.target(target)),
                }
            }
            Stmt::AugAssign(assign) => {
                // `x += 1` reads and binds: a binding of its own, never a constant.
                self.target(&assign.target);
                self.target(&assign.target);
            }
            Stmt::AnnAssign(assign) if assign.value.is_some() => {
                let constant = top && assign.value.as_deref().is_some_and(is_constant);
                match &*assign.target {
                    Expr::Name(name) => self.bind(&name.id, constant),
                    other => self.target(other),
                }
            }
            Stmt::For(looping) => {
                self.target(&looping.target);
                self.block(&looping.body, false);
                self.block(&looping.orelse, false);
            }
            Stmt::While(looping) => {
                self.block(&looping.body, false);
                self.block(&looping.orelse, false);
            }
            Stmt::If(branch) => {
                self.block(&branch.body, false);
                branch.elif_else_clauses.iter().for_each(|clause| self.block(&clause.body, false));
            }
            Stmt::With(with) => {
                with.items.iter().filter_map(|item| item.optional_vars.as_deref()).for_each(|var| self.target(var));
                self.block(&with.body, false);
            }
            Stmt::Try(attempt) => {
                self.block(&attempt.body, false);
                for handler in &attempt.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    if let Some(name) = &handler.name {
                        self.bind(name, false);
                    }
                    self.block(&handler.body, false);
                }
                self.block(&attempt.orelse, false);
                self.block(&attempt.finalbody, false);
            }
            Stmt::Match(matching) => matching.cases.iter().for_each(|case| self.block(&case.body, false)),
            _ => {}
        }
    }
}

/// A literal the import keeps as a value of its own: a string, a number, a bool, None, `-n`.
fn is_constant(value: &Expr) -> bool {
    match value {
        Expr::StringLiteral(_) | Expr::NumberLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) => true,
        Expr::UnaryOp(unary) => matches!(&*unary.operand, Expr::NumberLiteral(_)),
        _ => false,
    }
}

impl Translator<'_> {
    /// `item = "none"` (or a loop's or a parameter's string, or a tuple display of constants) where
    /// `name` is bound again elsewhere: a `let`, so that the value is there on every path, and known
    /// at import time until something binds the name again. False (nothing done) for a name bound
    /// once, or a value the scenario cannot hold.
    pub(super) fn bind_constant_local(
        &mut self,
        frame: &mut Frame,
        name: &str,
        value: &Value,
        at: Option<&Expr>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> bool {
        if !frame.rebound.contains(name) {
            return false;
        }
        let text = match value {
            Value::Str(text) => crate::out::quoted(text, '\''),
            // A float bound again (`total = 0.0`, then `total += x`): its literal, Python's repr.
            Value::Float(number) if number.is_finite() => sim_core::floats::python_repr(*number),
            // A tuple display (`pair = ("none", 0)`): the scenario's tuple; a list stays the import's.
            Value::List(_) => match at.map(|at| self.to_code(Ex::Static(value.clone()), at)) {
                Some(Ok((text, _, _, _))) => text,
                _ => return false,
            },
            _ => return false,
        };
        let local = self.bind_local(frame, name);
        if frame.dynamic == 0 {
            frame.known.insert(name.to_string(), value.clone());
        } else {
            frame.known.remove(name);
        }
        out.push(Step::new("let", Node::Quoted(format!("{local} = {text}")), line));
        true
    }

    /// Refuses binding `name` again where the scenario may not run the binding (inside an `if`, a
    /// loop, a `try`), when what it holds now is a value of the import with no `let` (a lock, a list,
    /// a function): on the path that skips the binding the scenario would have nothing to read.
    pub(super) fn check_rebinding(&self, frame: &Frame, name: &str, at: &Expr) -> Result<()> {
        if frame.dynamic <= frame.binding_depth || frame.globals_declared.contains(name) {
            return Ok(());
        }
        match frame.locals.get(name) {
            None | Some(Value::Local(_) | Value::Opaque(_)) => Ok(()),
            Some(held) => fail(
                at,
                format!(
                    "`{name}` holds {} and is bound again here, inside an `if`, a loop or a `try` the scenario runs; weft follows a name bound again so only while it holds a string, a number, None or a tuple of those: use another name here",
                    held.describe()
                ),
            ),
        }
    }

    /// A nested function's read of `name`, a value of the import the function around it holds when the
    /// `def` runs, where that function binds `name` in more than one place: Python's closure reads the
    /// name when the nested function runs, which may be after another binding (`label = "a"`, `def
    /// worker(): ... label ...`, `label = "b"`, then the thread runs: 'b'), where weft took the value
    /// at the `def`.
    pub(super) fn check_captured_once(&self, nested: &ast::StmtFunctionDef, name: &str) -> Result<()> {
        let Some(outer) = self.nested.get(nested.name.as_str()).and_then(|outer| self.functions.get(outer)) else {
            return Ok(());
        };
        let mut sites = BindingSites::default();
        parameter_names(outer).for_each(|parameter| sites.bind(parameter, false));
        sites.block(&outer.body, true);
        if sites.counts.get(name).is_none_or(|(count, _)| *count < 2) {
            return Ok(());
        }
        fail(
            &nested.name,
            format!(
                "`{}` reads `{name}` of `{}`, which binds `{name}` in more than one place: Python's closure reads it when `{}` runs, weft would take it where the `def` is; pass it as an argument",
                nested.name, outer.name, nested.name
            ),
        )
    }

    /// At module level, a name the module binds as a task local (a loop variable): bound again there,
    /// it stays that local (see the module's comment).
    pub(super) fn keeps_module_local(&self, frame: &Frame, name: &str) -> bool {
        frame.module_level
            && !frame.globals_declared.contains(name)
            && matches!(frame.locals.get(name), Some(Value::Local(_)))
    }

    /// `except E as err:` where `err` already names something: Python deletes `err` at the end of the
    /// handler, so a later read raises NameError where the handler ran and reads the old value where
    /// it did not; weft keeps one binding per name, and would read the old value on both paths.
    pub(super) fn check_caught_name(&self, frame: &Frame, name: &ast::Identifier) -> Result<()> {
        let bound_before =
            frame.locals.contains_key(name.as_str()) || frame.module_level && self.globals.contains_key(name.as_str());
        if !bound_before {
            return Ok(());
        }
        fail(
            name,
            format!(
                "`{name}` is bound before this handler, and `except ... as {name}` deletes it at the handler's end (a later read raises NameError where the handler ran); weft does not follow a name deleted on one path only: name the exception differently (`except ... as error`)"
            ),
        )
    }

    /// `for name in ...:` at module level where a function writes the global `name` (`global name`):
    /// the module's loop variables are the main thread's own locals here, so the function's writes
    /// would not reach the main thread's reads.
    pub(super) fn check_module_loop_target(&self, frame: &Frame, target: &Expr) -> Result<()> {
        if !frame.module_level {
            return Ok(());
        }
        let mut sites = BindingSites::default();
        sites.target(target);
        for name in sites.counts.keys() {
            let functions = self.file_functions();
            if let Some(function) = functions.iter().find(|def| writes_global(def, name)) {
                return fail(
                    target,
                    format!(
                        "`{name}` is this loop's variable and `{}` writes the global `{name}`; weft keeps a module loop's variable as the main thread's own, which that write would not reach: use another name for one of them",
                        function.name
                    ),
                );
            }
            let reads = |def: &&&ast::StmtFunctionDef| {
                // A nested function's name bound by the function around it is that one's (a closure).
                let enclosing = self.nested.get(def.name.as_str()).and_then(|outer| self.functions.get(outer));
                reads_global(def, name) && !enclosing.is_some_and(|outer| binds_locally(outer, name))
            };
            if let Some(function) = functions.iter().find(reads) {
                return fail(
                    target,
                    format!(
                        "`{name}` is this loop's variable and `{}` reads the global `{name}`; weft keeps a module loop's variable as the main thread's own, which that read would not see: pass it as an argument or use another name",
                        function.name
                    ),
                );
            }
        }
        Ok(())
    }
}

impl Translator<'_> {
    /// The file's functions and its classes' methods.
    fn file_functions(&self) -> Vec<&ast::StmtFunctionDef> {
        let mut functions: Vec<&ast::StmtFunctionDef> = self.functions.values().copied().collect();
        functions.extend(
            self.module_body
                .iter()
                .filter_map(Stmt::as_class_def_stmt)
                .flat_map(|class| class.body.iter().filter_map(Stmt::as_function_def_stmt)),
        );
        functions
    }

    /// `target = functools.partial(stage, index)` bound again in a module loop unrolled at import time
    /// (session 29; session25/t11): a callable known at import time (a `partial`, a closure, a lambda,
    /// a function of the file) that the module binds again to another such callable, where every
    /// binding runs at import time and no function reads or writes the global: each use that follows
    /// a binding (`Thread(target=target)`) takes the callable it names then, as Python's does, so the
    /// name is bound again at import time. A function that reads the global would see it when it runs
    /// (the last binding), which the import does not follow: refused as before.
    pub(super) fn rebinds_module_callable(&self, frame: &Frame, name: &str, ex: &Ex) -> bool {
        let callable = |value: &Value| {
            matches!(value, Value::Partial(..) | Value::Closure(..) | Value::Lambda(_) | Value::Function(_))
        };
        let (Some(bound), Ex::Static(new)) = (self.globals.get(name), ex) else { return false };
        frame.module_level
            && frame.dynamic == 0
            && !frame.globals_declared.contains(name)
            && callable(bound)
            && callable(new)
            && !self.file_functions().iter().any(|def| reads_global(def, name) || writes_global(def, name))
            && !lambda_reads(self.module_body, name)
    }

    /// The error for binding `name` to a value of the import (no `let`) where the scenario may or may
    /// not run the binding: an `if` or a loop, or one side of `and`/`or` or `x if c else y`, which the
    /// import turns into an `if` (session 19: `nick = user or "anon"` was called an `if`).
    pub(super) fn bound_on_one_path(&self, name: &str, held: &Value, at: &Expr) -> Error {
        let advice = match held {
            Value::Str(_) | Value::List(_) => format!(
                "bind `{name}` on a line of its own before (`{name} = ...`, then `if ...: {name} = ...`): a name bound in more than one place is a local of the scenario"
            ),
            _ => format!("bind `{name}` where every run binds it, or use another name here"),
        };
        Error::at(
            at,
            format!(
                "`{name}` is bound to {} here, on one path only (inside an `if` or a loop the scenario runs, or one side of `and`/`or` or `x if c else y`); weft keeps such a value as part of the import, not of the run: {advice}",
                held.describe()
            ),
        )
    }
}

/// `def f(): ... name ...` where `name` is no local of `f`: a read of the global (or of a closure's
/// variable, taken as the global here: a refusal, never a wrong read).
fn reads_global(def: &ast::StmtFunctionDef, name: &str) -> bool {
    !binds_locally(def, name) && names_read_outside_comprehensions(&def.body).contains(name)
}

/// The names a block reads, less a comprehension's own variables inside it (each comprehension is its
/// own scope in Python 3: `sum(i * i for i in range(n))` reads no `i` of the function or the module;
/// session22/q02 was refused as reading a module loop's `i`).
fn names_read_outside_comprehensions(body: &[Stmt]) -> BTreeSet<String> {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    /// The names read, and the variables of the comprehensions around the walk's place.
    struct Walk(BTreeSet<String>, Vec<String>);
    impl<'e> Visitor<'e> for Walk {
        fn visit_expr(&mut self, expr: &'e Expr) {
            if let Some((generators, parts)) = super::comprehension_parts(expr) {
                // The first iterable is read by the code around the comprehension; the rest inside it.
                let bound_before = self.1.len();
                for (index, generator) in generators.iter().enumerate() {
                    if index > 0 {
                        self.visit_expr(&generator.iter);
                    }
                    self.1.extend(super::names_in(&generator.target));
                    generator.ifs.iter().for_each(|test| self.visit_expr(test));
                }
                parts.into_iter().for_each(|part| self.visit_expr(part));
                self.1.truncate(bound_before);
                if let Some(first) = generators.first() {
                    self.visit_expr(&first.iter);
                }
                return;
            }
            match expr {
                Expr::Name(name) if self.1.iter().any(|own| own == name.id.as_str()) => {}
                Expr::Name(name) => {
                    self.0.insert(name.id.to_string());
                }
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut walk = Walk(BTreeSet::new(), Vec::new());
    walk.visit_body(body);
    walk.0
}

/// `name` is a parameter of `def` or a name it assigns without `global`.
fn binds_locally(def: &ast::StmtFunctionDef, name: &str) -> bool {
    let mut assigned = BTreeSet::new();
    let mut declared = BTreeSet::new();
    super::collect_assigned(&def.body, &mut assigned, &mut declared);
    // `except ... as name` binds a local of the function too (session37/repro/r05).
    let mut caught = Vec::new();
    super::kept_exceptions::handler_names(&def.body, &mut caught);
    assigned.extend(caught);
    parameter_names(def).any(|parameter| parameter == name) || (assigned.contains(name) && !declared.contains(name))
}

/// `def f(): global name; name = ...`.
fn writes_global(def: &ast::StmtFunctionDef, name: &str) -> bool {
    let mut assigned = BTreeSet::new();
    let mut declared = BTreeSet::new();
    super::collect_assigned(&def.body, &mut assigned, &mut declared);
    assigned.contains(name) && declared.contains(name)
}

/// Whether a lambda anywhere in `body` reads `name` (when it runs, not when it is made).
fn lambda_reads(body: &[Stmt], name: &str) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct Walk<'n> {
        name: &'n str,
        in_lambda: bool,
        found: bool,
    }
    impl<'e> Visitor<'e> for Walk<'_> {
        fn visit_expr(&mut self, expr: &'e Expr) {
            match expr {
                Expr::Lambda(_) => {
                    let outer = std::mem::replace(&mut self.in_lambda, true);
                    walk_expr(self, expr);
                    self.in_lambda = outer;
                }
                Expr::Name(read) if self.in_lambda && read.id.as_str() == self.name => self.found = true,
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut walk = Walk { name, in_lambda: false, found: false };
    walk.visit_body(body);
    walk.found
}
