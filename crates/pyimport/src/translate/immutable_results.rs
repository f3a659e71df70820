//! A process pool's `map` over a list of results (session25/m01: `pool.imap(describe, zip(numbers,
//! steps))` where `steps = pool.map(collatz_steps, numbers)`). CPython pickles each item for the job's
//! process, so the job works on a copy; the format's argument is the value itself, which for an
//! object made at run time (a list, a dict, an instance) is its handle: the job would write the
//! parent's object. So the items are taken only where each is a value no one can change (a number, a
//! string, None, a bool, a tuple of them), whose copy is the value: the results of an earlier `map`
//! whose function gives only such values by its shape (every `return` a literal, an f-string,
//! arithmetic, a comparison, a tuple of them, a call of a builtin that makes a number or a string, a
//! call of such a function of the file, or a local bound only to such values), and items known at
//! import time that are numbers, strings or tuples of them.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use ruff_text_size::Ranged;

use super::sequences::Column;
use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::value::{Shape, Value};

/// Builtins whose value is a number, a string or a bool (or an exception), whatever they are given.
const IMMUTABLE_BUILTINS: [&str; 13] =
    ["len", "str", "int", "float", "bool", "abs", "round", "repr", "ord", "chr", "all", "any", "isinstance"];

/// Methods that give a number, a string or a bool when their receiver is one (or a tuple): `str`'s
/// and `tuple`'s.
const IMMUTABLE_METHODS: [&str; 19] = [
    "upper",
    "lower",
    "strip",
    "lstrip",
    "rstrip",
    "title",
    "capitalize",
    "replace",
    "join",
    "format",
    "count",
    "find",
    "index",
    "startswith",
    "endswith",
    "isdigit",
    "isalpha",
    "zfill",
    "bit_length",
];

/// How deep calls of the file's functions are followed.
const MAX_DEPTH: usize = 8;

impl Translator<'_> {
    /// Notes that the local array `results` of `frame`'s task holds the results of the `map` call
    /// `mapped` (`pool.map(f, items)`), when its function gives only values no one can change; its
    /// parameter is one where every item is.
    pub(super) fn note_map_results(&mut self, frame: &Frame, results: &str, mapped: &ast::ExprCall) {
        let [Expr::Name(name), iterables @ ..] = &mapped.arguments.args[..] else { return };
        let function = name.id.as_str();
        let mut immutable_parameters = BTreeSet::new();
        // `map(f, xs, ys)` (a `starmap`'s columns too, since session 35): each iterable's items bind
        // the parameter at its position.
        for (position, items) in iterables.iter().enumerate() {
            if self.map_items_immutable(frame, items)
                && let Some(parameter) = self.functions.get(function).and_then(|def| def.parameters.args.get(position))
            {
                immutable_parameters.insert(parameter.parameter.name.to_string());
            }
        }
        if self.returns_immutable_values(function, &immutable_parameters, 0) {
            self.immutable_results.insert((frame.task, results.to_string()));
        }
    }

    /// Whether each item `map` takes from `items` is a value no one can change: a range's, a list's
    /// known at import time of numbers, strings and tuples of them, a dict's string keys, or a list of
    /// such results (alone or in a `zip` with such lists).
    fn map_items_immutable(&self, frame: &Frame, items: &Expr) -> bool {
        if matches!(self.static_range(frame, items), Ok(Some(_))) {
            return true;
        }
        if let Some((columns, _)) = self.zip_columns(frame, items, false) {
            return self.columns_immutable(frame.task, &columns);
        }
        if let Ok(Ex::Static(Value::LocalArray(results, _))) = self.expr(frame, items, false) {
            return self.holds_immutable_results(frame.task, &results);
        }
        match self.static_value(frame, items) {
            Ok(Value::List(values)) => values.iter().all(known_immutable),
            Ok(Value::Shared(list, Shape::Array(_))) if !self.is_written(&list) => {
                self.array_values(&list).iter().all(known_immutable)
            }
            Ok(Value::Record(_)) => true,
            _ => false,
        }
    }

    fn columns_immutable(&self, task: usize, columns: &[Column]) -> bool {
        columns.iter().all(|column| match column {
            Column::Results(results) => self.holds_immutable_results(task, results),
            Column::Known(values) | Column::Keys(values) => values.iter().all(known_immutable),
            // A shared list's item is read when `zip` makes the tuple: refused where it is mapped.
            Column::Array(_) => false,
        })
    }

    /// Whether `task`'s local array `results` holds values no one can change (`note_map_results`).
    pub(super) fn holds_immutable_results(&self, task: usize, results: &str) -> bool {
        self.immutable_results.contains(&(task, results.to_string()))
    }

    /// A process pool's `map` over `columns` (a list of results, alone or in a `zip`): each item must be a
    /// value whose pickled copy is itself.
    pub(super) fn check_process_map_columns(&self, task: usize, columns: &[Column], items: &impl Ranged) -> Result<()> {
        // A shared list's item is read when `zip` makes the tuple (refused by the caller).
        let shared = columns.iter().any(|column| matches!(column, Column::Array(_)));
        let immutable = shared || self.columns_immutable(task, columns);
        if immutable {
            return Ok(());
        }
        fail(
            items,
            "`map` of a process pool over a list of results is imported where each result is a number, a string, None, a bool or a tuple of them by the shape of the function `map` took it from (every `return` a literal, an f-string, arithmetic, a comparison, a tuple of them or a local bound only to such values): CPython gives each job a pickled copy of its item, which weft's argument would share where the item is a list, a dict or an instance; map over items known at import time",
        )
    }

    /// Whether every value the file's function `function` gives is a number, a string, None, a bool or
    /// a tuple of them, by the shape of its `return`s (falling off its end gives None).
    fn returns_immutable_values(&self, function: &str, immutable_parameters: &BTreeSet<String>, depth: usize) -> bool {
        let Some(def) = self.functions.get(function).copied() else { return false };
        // A decorator may give anything in the function's place.
        let decorated = !def.decorator_list.is_empty();
        if depth > MAX_DEPTH || def.is_async || decorated || self.classes.bound_self(function).is_some() {
            return false;
        }
        let mut returns = Returns::default();
        returns.visit_body(&def.body);
        if returns.generator {
            return false;
        }
        let function = FunctionValues { translator: self, def, immutable_parameters, depth };
        returns.values.iter().all(|value| value.is_none_or(|value| function.immutable(value, &mut BTreeSet::new())))
    }
}

/// An item known at import time that is a number, a string or None. A list or tuple display's item is
/// left out: the import keeps both as one kind of list, and a list's copy is another list.
pub(super) fn known_immutable(value: &Value) -> bool {
    matches!(value, Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::None)
}

/// The values of a function's `return`s (None for a bare `return`), and whether it is a generator,
/// not looking into nested functions and classes.
#[derive(Default)]
struct Returns<'a> {
    values: Vec<Option<&'a Expr>>,
    generator: bool,
}

impl<'a> Visitor<'a> for Returns<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            Stmt::Return(returned) => {
                self.values.push(returned.value.as_deref());
                walk_stmt(self, stmt);
            }
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if matches!(expr, Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Await(_)) {
            self.generator = true;
        }
        walk_expr(self, expr);
    }
}

/// One function of the file, whose expressions are judged.
struct FunctionValues<'t, 'a> {
    translator: &'t Translator<'a>,
    def: &'a ast::StmtFunctionDef,
    /// The parameters every call is given such a value at.
    immutable_parameters: &'t BTreeSet<String>,
    depth: usize,
}

impl FunctionValues<'_, '_> {
    /// Whether `expr` gives a number, a string, None, a bool or a tuple of them. `following` holds the
    /// locals whose bindings are being judged (a local bound from itself is judged by its other
    /// bindings).
    fn immutable(&self, expr: &Expr, following: &mut BTreeSet<String>) -> bool {
        match expr {
            Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::FString(_)
            | Expr::Compare(_) => true,
            Expr::UnaryOp(unary) => matches!(unary.op, ast::UnaryOp::Not) || self.immutable(&unary.operand, following),
            // A number or a string (`%` formats) whatever the operands, or a TypeError: the file's
            // classes define no arithmetic special methods (refused at the class).
            Expr::BinOp(binary)
                if matches!(
                    binary.op,
                    ast::Operator::FloorDiv
                        | ast::Operator::Div
                        | ast::Operator::Pow
                        | ast::Operator::Mod
                        | ast::Operator::LShift
                        | ast::Operator::RShift
                ) =>
            {
                true
            }
            Expr::BinOp(binary) => self.immutable(&binary.left, following) && self.immutable(&binary.right, following),
            Expr::BoolOp(boolean) => boolean.values.iter().all(|value| self.immutable(value, following)),
            Expr::If(choice) => self.immutable(&choice.body, following) && self.immutable(&choice.orelse, following),
            Expr::Tuple(tuple) => tuple.elts.iter().all(|item| self.immutable(item, following)),
            Expr::Name(name) => self.local_immutable(name.id.as_str(), following),
            Expr::Call(call) => self.call_immutable(call, following),
            _ => false,
        }
    }

    fn call_immutable(&self, call: &ast::ExprCall, following: &mut BTreeSet<String>) -> bool {
        match &*call.func {
            Expr::Name(name) => {
                let name = name.id.as_str();
                if self.translator.functions.contains_key(name) {
                    return self.translator.returns_immutable_values(name, &BTreeSet::new(), self.depth + 1);
                }
                let shadowed = self.translator.globals.contains_key(name) || self.binds(name);
                // `sum(xs)` without a start adds from 0: a number, or Python's TypeError.
                let one_argument_sum = name == "sum" && call.arguments.len() == 1;
                !shadowed && (IMMUTABLE_BUILTINS.contains(&name) || one_argument_sum)
            }
            Expr::Attribute(attribute) => {
                IMMUTABLE_METHODS.contains(&attribute.attr.as_str()) && self.immutable(&attribute.value, following)
            }
            _ => false,
        }
    }

    /// A local of the function bound only by plain assignments (`steps = 0`, `steps += 1`) of values
    /// that are immutable, or such a parameter every call is given an immutable value at; another
    /// parameter, a global, or a name bound any other way (a `for`, an unpacking, `with ... as`) is
    /// not known to be.
    fn local_immutable(&self, name: &str, following: &mut BTreeSet<String>) -> bool {
        let parameter = self.def.parameters.includes(name);
        if parameter && !self.immutable_parameters.contains(name) {
            return false;
        }
        let mut bindings = Bindings { name, values: Vec::new(), other: false };
        bindings.visit_body(&self.def.body);
        if bindings.other || bindings.values.is_empty() && !parameter {
            return false;
        }
        if !following.insert(name.to_string()) {
            // Bound from itself (`n = n + 1`): its other bindings decide.
            return true;
        }
        let immutable = bindings.values.iter().all(|value| self.immutable(value, following));
        following.remove(name);
        immutable
    }

    /// Whether the function binds `name` anywhere (a local that shadows a builtin).
    fn binds(&self, name: &str) -> bool {
        let mut bindings = Bindings { name, values: Vec::new(), other: false };
        bindings.visit_body(&self.def.body);
        bindings.other || !bindings.values.is_empty() || self.def.parameters.includes(name)
    }
}

/// The values one local is assigned by `name = value`, `name += value` and `name: T = value`, and
/// whether it is bound any other way.
struct Bindings<'n, 'a> {
    name: &'n str,
    values: Vec<&'a Expr>,
    other: bool,
}

impl<'a> Visitor<'a> for Bindings<'_, 'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Assign(assign) if assign.targets.iter().all(|target| target.is_name_expr()) => {
                if assign.targets.iter().any(|target| self.is_own(target)) {
                    self.values.push(&assign.value);
                }
                self.visit_expr(&assign.value);
            }
            Stmt::AugAssign(assign) if assign.target.is_name_expr() => {
                if self.is_own(&assign.target) {
                    self.values.push(&assign.value);
                }
                self.visit_expr(&assign.value);
            }
            Stmt::AnnAssign(assign) if assign.target.is_name_expr() && assign.value.is_some() => {
                if self.is_own(&assign.target) {
                    self.values.extend(assign.value.as_deref());
                }
                self.visit_expr(assign.value.as_deref().unwrap_or(&assign.target));
            }
            Stmt::FunctionDef(def) => self.other |= def.name.as_str() == self.name,
            Stmt::ClassDef(class) => self.other |= class.name.as_str() == self.name,
            Stmt::Global(ast::StmtGlobal { names, .. }) | Stmt::Nonlocal(ast::StmtNonlocal { names, .. }) => {
                self.other |= names.iter().any(|bound| bound.as_str() == self.name);
            }
            Stmt::Import(ast::StmtImport { names, .. }) | Stmt::ImportFrom(ast::StmtImportFrom { names, .. }) => {
                self.other |=
                    names.iter().any(|alias| alias.asname.as_ref().unwrap_or(&alias.name).as_str() == self.name);
            }
            Stmt::Try(attempt) => {
                for handler in &attempt.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    self.other |= handler.name.as_ref().is_some_and(|bound| bound.as_str() == self.name);
                }
                walk_stmt(self, stmt);
            }
            Stmt::Match(_) => self.other = true,
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(name) = expr
            && name.id.as_str() == self.name
            && !matches!(name.ctx, ast::ExprContext::Load)
        {
            self.other = true;
        }
        walk_expr(self, expr);
    }
}

impl Bindings<'_, '_> {
    fn is_own(&self, target: &Expr) -> bool {
        matches!(target, Expr::Name(name) if name.id.as_str() == self.name)
    }
}
