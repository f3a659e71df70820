//! `batch = []` inside a loop, of a function's own list (session 32, session31/q06: a shipper that
//! sends its batch when it is full and starts a new one). Before, any list made inside an `if` or a
//! loop the scenario runs was refused ("threads, locks, queues, lists and dicts made inside an `if`
//! or a loop ... cannot be followed at import time").
//!
//! weft keeps one shared map per list a function binds (list_edits.rs rebinds attributes and globals
//! so since session 27); a new list stored under the local name is that map emptied and filled with
//! the new items in one `atomic` step after they are computed. That is Python's meaning exactly when
//! nothing else holds the old list once the name is bound again, which this module checks over the
//! function: every read of the name uses the list at once, in the statement that reads it (a method
//! call on it, an item, `len`/`sum`/`sorted`/... of it, `in`, `==`, a truth test, an operand of `+`, an
//! f-string's field, a `for` whose body does not bind the name again, a comprehension over it, a
//! generator over it handed straight to a builtin or to `extend`/`join`/`update`). A read that may hold
//! it longer (an argument of a function of the file or a thread, a `return`, another name bound to it,
//! an item of a display, a `put`, a closure) keeps the rebinding refused, saying why.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::held_reads::{Reads, expression_test, statement_tests, tested_operands};
use super::{Frame, Result, Translator, fail};
use crate::out::Step;
use crate::value::{Shape, Value};

/// Builtins that read a list whole in one call (or make a new object of it) and keep no reference.
const WHOLE_READS: [&str; 12] =
    ["len", "sum", "min", "max", "sorted", "list", "tuple", "set", "frozenset", "any", "all", "print"];

/// Methods of another object that consume a generator handed to them before they return.
const CONSUMING_METHODS: [&str; 4] = ["extend", "join", "update", "writelines"];

/// The locals some function binds to a new list more than once, each with the first read, in any
/// function that does so, that may hold the old list past its statement.
#[derive(Default)]
pub(super) struct ReboundLocals {
    names: BTreeMap<String, Option<TextRange>>,
}

impl ReboundLocals {
    /// Scans every function of the module once, before translating.
    pub(super) fn of_module(body: &[Stmt]) -> Self {
        let mut functions = Functions::default();
        for stmt in body {
            functions.visit_stmt(stmt);
        }
        let mut found = ReboundLocals::default();
        for def in functions.defs {
            for name in rebound_list_names(def) {
                let escape = first_escape(def, &name);
                let entry = found.names.entry(name).or_insert(None);
                if entry.is_none() {
                    *entry = escape;
                }
            }
        }
        found
    }
}

impl Translator<'_> {
    /// `name = [...]` (or `list()`) inside an `if` or a loop the scenario runs, of a function's local
    /// that holds a growing shared list already: one `atomic` step that empties it and writes the new items, after they are computed. `Ok(false)`
    /// for anything else; refused where a read of the name may hold the old list.
    pub(super) fn rebind_list_local(
        &mut self,
        frame: &mut Frame,
        (name, target): (&str, &Expr),
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        // Outside `if`s and loops a new list is made at import time, as before, exact in every case.
        if frame.module_level || frame.dynamic == 0 || frame.globals_declared.contains(name) || !is_new_list(value) {
            return Ok(false);
        }
        let Some(escape) = self.rebound_locals.names.get(name).copied() else {
            return Ok(false);
        };
        let Some(Value::Shared(shared, Shape::Map { dense: true })) = frame.locals.get(name).cloned() else {
            return Ok(false);
        };
        if let Some(range) = escape {
            return fail(
                &range,
                format!(
                    "`{name}` is bound to a new list again in its function, and this read may hold the old list past its statement (an argument of a function of the file or a thread, a `return`, another name or a container given it, a closure, a generator kept): weft keeps one list per name and empties it where Python makes a new one, which is the same only when nothing holds the old one; copy what you hand on (`list({name})`)"
                ),
            );
        }
        self.rebind_container(frame, &shared, true, (target, value), out, line)?;
        Ok(true)
    }
}

/// A list display or `list()` with no arguments: a new list.
fn is_new_list(value: &Expr) -> bool {
    match value {
        Expr::List(_) => true,
        Expr::Call(call) => {
            call.arguments.is_empty() && matches!(&*call.func, Expr::Name(name) if name.id.as_str() == "list")
        }
        _ => false,
    }
}

/// Every function and method of the module, nested ones too.
#[derive(Default)]
struct Functions<'a> {
    defs: Vec<&'a ast::StmtFunctionDef>,
}

impl<'a> Visitor<'a> for Functions<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::FunctionDef(def) = stmt {
            self.defs.push(def);
        }
        walk_stmt(self, stmt);
    }
}

/// The names `def` binds to a new list in more than one assignment, and binds no other way (no
/// parameter, `global`, `nonlocal`, loop target, `with ... as`, or assignment of anything else; `+=`
/// edits the list in place and is fine).
fn rebound_list_names(def: &ast::StmtFunctionDef) -> BTreeSet<String> {
    #[derive(Default)]
    struct Bindings {
        new_lists: BTreeMap<String, usize>,
        other: BTreeSet<String>,
    }
    impl Bindings {
        fn other_target(&mut self, target: &Expr) {
            match target {
                Expr::Name(name) => {
                    self.other.insert(name.id.to_string());
                }
                Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                    elts.iter().for_each(|element| self.other_target(element));
                }
                Expr::Starred(starred) => self.other_target(&starred.value),
                _ => {}
            }
        }
    }
    impl<'a> Visitor<'a> for Bindings {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                // A nested function's names are its own.
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => return,
                Stmt::Assign(assign) => {
                    for target in &assign.targets {
                        match target {
                            Expr::Name(name) if is_new_list(&assign.value) => {
                                *self.new_lists.entry(name.id.to_string()).or_default() += 1;
                            }
                            other => self.other_target(other),
                        }
                    }
                }
                Stmt::AnnAssign(assign) => self.other_target(&assign.target),
                Stmt::For(looping) => self.other_target(&looping.target),
                Stmt::With(with) => {
                    for item in &with.items {
                        if let Some(bound) = &item.optional_vars {
                            self.other_target(bound);
                        }
                    }
                }
                Stmt::Global(global) => self.other.extend(global.names.iter().map(|name| name.to_string())),
                Stmt::Nonlocal(nonlocal) => self.other.extend(nonlocal.names.iter().map(|name| name.to_string())),
                Stmt::Try(try_stmt) => {
                    for handler in &try_stmt.handlers {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        if let Some(name) = &handler.name {
                            self.other.insert(name.to_string());
                        }
                    }
                }
                _ => {}
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Named(named) = expr {
                self.other_target(&named.target);
            }
            walk_expr(self, expr);
        }
    }
    let mut bindings = Bindings::default();
    for parameter in def.parameters.iter() {
        bindings.other.insert(parameter.name().to_string());
    }
    for stmt in &def.body {
        bindings.visit_stmt(stmt);
    }
    let Bindings { new_lists, other } = bindings;
    new_lists.into_iter().filter(|(name, times)| *times > 1 && !other.contains(name)).map(|(name, _)| name).collect()
}

/// The first read of `name` in `def` (nested functions and lambdas included) that may hold the list
/// past its statement.
fn first_escape(def: &ast::StmtFunctionDef, name: &str) -> Option<TextRange> {
    let mut uses = Uses { name, reads: Reads::new() };
    for stmt in &def.body {
        uses.visit_stmt(stmt);
    }
    uses.reads.holding().next().map(|((), range)| range)
}

/// Every read of the name, and those whose use takes the list at once.
struct Uses<'n> {
    name: &'n str,
    reads: Reads<()>,
}

impl Uses<'_> {
    fn is_the_name(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Name(name) if name.id.as_str() == self.name)
    }

    fn allow(&mut self, expr: &Expr) {
        if self.is_the_name(expr) {
            self.reads.take_at_once(expr.range());
        }
    }

    /// A test's operands: their truth is their length, read where they are tested.
    fn allow_test(&mut self, test: &Expr) {
        tested_operands(test, &mut |operand| self.allow(operand));
    }

    /// A comprehension's or generator's iterables over the name.
    fn allow_iterables(&mut self, generators: &[ast::Comprehension]) {
        for generator in generators {
            self.allow(&generator.iter);
        }
    }

    /// Whether `body` binds the name again (a `for` over the old list would go on over it in Python).
    fn binds_again(&self, body: &[Stmt]) -> bool {
        struct Binds<'n>(&'n str, bool);
        impl<'a> Visitor<'a> for Binds<'_> {
            fn visit_stmt(&mut self, stmt: &'a Stmt) {
                if let Stmt::Assign(assign) = stmt
                    && assign
                        .targets
                        .iter()
                        .any(|target| matches!(target, Expr::Name(name) if name.id.as_str() == self.0))
                {
                    self.1 = true;
                }
                walk_stmt(self, stmt);
            }
        }
        let mut binds = Binds(self.name, false);
        for stmt in body {
            binds.visit_stmt(stmt);
        }
        binds.1
    }
}

impl<'a> Visitor<'a> for Uses<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        for test in statement_tests(stmt) {
            self.allow_test(test);
        }
        if let Stmt::For(looping) = stmt
            && !self.binds_again(&looping.body)
        {
            self.allow(&looping.iter);
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(name) = expr
            && name.id.as_str() == self.name
            && name.ctx.is_load()
        {
            self.reads.read((), expr.range());
        }
        if let Some(test) = expression_test(expr) {
            self.allow_test(test);
        }
        match expr {
            Expr::Call(call) => match &*call.func {
                Expr::Attribute(method) => {
                    self.allow(&method.value);
                    if CONSUMING_METHODS.contains(&method.attr.as_str()) {
                        self.allow_consumed_arguments(call);
                    }
                }
                Expr::Name(function) if WHOLE_READS.contains(&function.id.as_str()) => {
                    self.allow_consumed_arguments(call);
                }
                _ => {}
            },
            Expr::Subscript(subscript) => self.allow(&subscript.value),
            Expr::Compare(compare) => {
                self.allow(&compare.left);
                compare.comparators.iter().for_each(|operand| self.allow(operand));
            }
            Expr::BinOp(binary) => {
                self.allow(&binary.left);
                self.allow(&binary.right);
            }
            Expr::FString(fstring) => {
                for element in fstring.value.elements() {
                    if let ast::InterpolatedStringElement::Interpolation(field) = element {
                        self.allow(&field.expression);
                    }
                }
            }
            Expr::ListComp(comprehension) => self.allow_iterables(&comprehension.generators),
            Expr::SetComp(comprehension) => self.allow_iterables(&comprehension.generators),
            Expr::DictComp(comprehension) => self.allow_iterables(&comprehension.generators),
            _ => {}
        }
        walk_expr(self, expr);
    }
}

impl Uses<'_> {
    /// The name, or a generator over it, handed straight to a call that consumes it before returning
    /// (`",".join(batch)`, `sent.extend(batch)`, `sum(x for x in batch)`).
    fn allow_consumed_arguments(&mut self, call: &ast::ExprCall) {
        for argument in &call.arguments.args {
            match argument {
                Expr::Generator(generator) => self.allow_iterables(&generator.generators),
                other => self.allow(other),
            }
        }
    }
}
