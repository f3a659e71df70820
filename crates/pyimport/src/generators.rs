//! Generator functions of the module, before translation. weft has no run-time generator object, so a
//! generator is supported where its effects can be written out exactly:
//!
//! - consumed whole (the iterable of a `for` or of a comprehension, or the one argument of `list`,
//!   `tuple`, `set`, `sum`, `sorted`, `min`, `max`, `any`, `all`) when its arguments and every global
//!   it reads are constants of the module that nothing rebinds or changes: its items are then the same
//!   whenever and in whichever thread it runs, and nothing else can see it run, so the call is replaced
//!   by the list of its items, computed here (`chunks(LINES, 2)` is `[["a", "b"], ["c"]]`);
//! - otherwise as the iterable of a `for` loop (`for x in gen(args): BODY`), which is the generator's
//!   body with `x = value` and `BODY` written at each `yield value`, its parameters bound first to the
//!   call's arguments and its locals renamed apart from the caller's: the generator runs in the loop's
//!   task, and each resumption reads shared memory where CPython's does, in the same order.
//!
//! Anything else (a generator object kept in a name and advanced by `next`, `send`, `throw`, `yield
//! from`, a `yield` used as a value, a `return` in a generator, an async generator) is refused at its
//! line and column.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::context_managers::{Substitute, assign, first_reference, stored_names};
use crate::pool_calls::Refusal;
use crate::syntax::{BlockRewrite, fresh_name, module_names, rewrite_inner_blocks};

pub(crate) mod texts;

const SUPPORTED: &str = "a generator function is supported as the iterable of a `for` loop (`for x in gen(args):`, with no `else`, `break` or `continue` of its own), or consumed whole (by a `for`, a comprehension, `list`, `tuple`, `set`, `sum`, `sorted`, `min`, `max`, `any` or `all`) when its arguments and the globals it reads are constants of the module nobody changes; a generator object kept in a module name when it is such a generator of numbers, strings or None (or of tuples of them and of dicts with string keys of a module list that only `len` and the generator's call read, each dict yielded once) and every use is `x = next(it, default)` inside a `with` of one same lock (`send`, `throw`, `next` without that lock or a default are not supported yet)";

/// The builtins that consume an iterable whole, once, in order, and keep none of it alive.
const CONSUMERS: [&str; 9] = ["list", "tuple", "set", "sum", "sorted", "min", "max", "any", "all"];

/// The methods of executors and pools that take a function and iterables of its arguments.
const MAPPING_METHODS: [&str; 4] = ["map", "imap", "imap_unordered", "starmap"];

/// At most this many items, and this many evaluation steps, for a generator computed at import time.
const MAX_ITEMS: usize = 1024;
const MAX_STEPS: usize = 100_000;

/// Rewrites every use of the module's generator functions as described above and removes the
/// generators; refuses a generator of another shape, or a use of another kind.
pub fn rewrite_generators<Block>(body: &mut Block) -> Result<(), Refusal>
where
    Block: Default + IntoIterator<Item = Stmt> + FromIterator<Stmt> + std::ops::Deref<Target = [Stmt]>,
{
    let generators = module_generators(body)?;
    if generators.is_empty() {
        return Ok(());
    }
    let constants = frozen_constants(body, &generators);
    let mut rewrite = Rewrite { generators, constants, taken: module_names(body), enclosing_locals: BTreeSet::new() };
    let mut statements: Vec<Stmt> = std::mem::take(body).into_iter().collect();
    rewrite.block(&mut statements);
    // A generator object shared by threads through `next` under one lock (generator_objects.rs).
    let mut taken = std::mem::take(&mut rewrite.taken);
    let handed_items = |call: &Expr| rewrite.handed_items(call);
    crate::generator_objects::rewrite_generator_objects(&mut statements, &handed_items, bindings_of, &mut taken);
    let names: BTreeSet<String> = rewrite.generators.keys().cloned().collect();
    let asynchronous: BTreeSet<String> =
        rewrite.generators.values().filter(|def| def.is_async).map(|def| def.name.to_string()).collect();
    let kept: Vec<Stmt> = statements
        .into_iter()
        .filter(|stmt| !matches!(stmt, Stmt::FunctionDef(def) if names.contains(def.name.as_str())))
        .collect();
    if let Some(offset) = first_reference(&kept, &names) {
        let message = match first_reference(&kept, &asynchronous) {
            Some(first_async) if first_async == offset => crate::async_generators::ASYNC_SUPPORTED,
            _ => SUPPORTED,
        };
        return Err(Refusal { offset, message: message.to_string() });
    }
    *body = kept.into_iter().collect();
    Ok(())
}

/// Where the first `yield` or `yield from` of a function body is, not counting nested functions'.
fn own_yield(body: &[Stmt]) -> Option<usize> {
    struct First(Option<usize>);
    impl<'a> Visitor<'a> for First {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if self.0.is_none() && matches!(expr, Expr::Yield(_) | Expr::YieldFrom(_)) {
                self.0 = Some(expr.start().to_usize());
            }
            if !matches!(expr, Expr::Lambda(_)) {
                ruff_python_ast::visitor::walk_expr(self, expr);
            }
        }
    }
    let mut first = First(None);
    first.visit_body(body);
    first.0
}

/// The module's generator functions by name, each checked to be of a shape this file writes out.
fn module_generators(body: &[Stmt]) -> Result<BTreeMap<String, ast::StmtFunctionDef>, Refusal> {
    let mut generators = BTreeMap::new();
    for stmt in body {
        let Stmt::FunctionDef(def) = stmt else { continue };
        if own_yield(&def.body).is_none() {
            continue;
        }
        // A generator nothing calls is left as it is, whatever its shape, as before generators were
        // followed (the translator never reads its body).
        let named = BTreeSet::from([def.name.to_string()]);
        if first_reference(body, &named).is_none() {
            continue;
        }
        check_generator(def)?;
        generators.insert(def.name.to_string(), def.clone());
    }
    let names: BTreeSet<String> = generators.keys().cloned().collect();
    // Bound once, by its `def`: a call of the name is always this generator's.
    for name in &names {
        if let Some(offset) = second_binding(body, name) {
            return Err(Refusal {
                offset,
                message: format!("a generator function is supported when nothing else of the file is named `{name}`"),
            });
        }
    }
    for def in generators.values() {
        if let Some(offset) = first_reference(&def.body, &names) {
            return Err(Refusal {
                offset,
                message: "a generator that uses a generator function of the file is not supported yet".to_string(),
            });
        }
    }
    Ok(generators)
}

fn refusal(at: &impl Ranged, what: &str) -> Refusal {
    Refusal { offset: at.start().to_usize(), message: format!("{what} is not supported in a generator; {SUPPORTED}") }
}

/// Plain parameters; `yield value` only as a statement, outside `try` and `with` (the loop's body
/// written there would run under the generator's handlers and context managers, which CPython's does
/// not); no `return`, `global`, `nonlocal`, nested function or class, lambda, `await` or `yield from`.
fn check_generator(def: &ast::StmtFunctionDef) -> Result<(), Refusal> {
    if let Some(decorator) = def.decorator_list.first() {
        return Err(refusal(decorator, "a decorator"));
    }
    let parameters = &def.parameters;
    if parameters.vararg.is_some() || parameters.kwarg.is_some() || !parameters.kwonlyargs.is_empty() {
        return Err(refusal(&**parameters, "`*args`, `**kwargs` or a keyword-only parameter"));
    }
    struct Check {
        found: Option<Refusal>,
        guarded: usize,
        asynchronous: bool,
    }
    impl Check {
        fn fail(&mut self, at: &impl Ranged, what: &str) {
            if self.found.is_none() {
                self.found = Some(refusal(at, what));
            }
        }
    }
    impl<'a> Visitor<'a> for Check {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Return(_) => self.fail(stmt, "`return`"),
                Stmt::Global(_) | Stmt::Nonlocal(_) => self.fail(stmt, "`global` or `nonlocal`"),
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => self.fail(stmt, "a nested function or class"),
                Stmt::Expr(expr) if matches!(&*expr.value, Expr::Yield(_)) => {
                    if self.guarded > 0 {
                        self.fail(stmt, "a `yield` inside a `try` or `with`");
                    }
                    if let Expr::Yield(yielded) = &*expr.value
                        && let Some(value) = &yielded.value
                    {
                        self.visit_expr(value);
                    }
                    return;
                }
                Stmt::Try(_) | Stmt::With(_) => {
                    self.guarded += 1;
                    walk_stmt(self, stmt);
                    self.guarded -= 1;
                    return;
                }
                _ => {}
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Yield(_) => self.fail(expr, "a `yield` used as a value (`x = yield v`, `send`)"),
                Expr::YieldFrom(_) => self.fail(expr, "`yield from`"),
                // An async generator's `await`s suspend the task of its `async for`, where they are
                // written out (async_generators.rs); a plain generator cannot hold one.
                Expr::Await(_) if !self.asynchronous => self.fail(expr, "`await`"),
                Expr::Lambda(_) => self.fail(expr, "a lambda"),
                _ => {}
            }
            ruff_python_ast::visitor::walk_expr(self, expr);
        }
    }
    let mut check = Check { found: None, guarded: 0, asynchronous: def.is_async };
    check.visit_body(&def.body);
    check.found.map_or(Ok(()), Err)
}

/// Where `name` is bound a second time in the module (its `def` being the first), if it is.
fn second_binding(body: &[Stmt], name: &str) -> Option<usize> {
    let mut defs = body.iter().filter_map(|stmt| match stmt {
        Stmt::FunctionDef(def) if def.name.as_str() == name => Some(def.name.start().to_usize()),
        Stmt::ClassDef(class) if class.name.as_str() == name => Some(class.name.start().to_usize()),
        _ => None,
    });
    defs.nth(1).or_else(|| bindings_of(body, name).first().copied())
}

/// Where `name` is bound other than by a `def` or `class` at the top of the module (assigned,
/// imported, declared `global`, or a nested function or class of that name), in the order met.
pub(crate) fn bindings_of(body: &[Stmt], name: &str) -> Vec<usize> {
    struct Store<'n> {
        name: &'n str,
        depth: usize,
        found: Vec<usize>,
    }
    impl<'a> Visitor<'a> for Store<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            let bound_here = match stmt {
                Stmt::Global(global) => global.names.iter().any(|n| n.as_str() == self.name),
                Stmt::Import(import) => bound_by_import(&import.names, self.name),
                Stmt::ImportFrom(import) => bound_by_import(&import.names, self.name),
                Stmt::FunctionDef(def) => self.depth > 0 && def.name.as_str() == self.name,
                Stmt::ClassDef(class) => self.depth > 0 && class.name.as_str() == self.name,
                _ => false,
            };
            if bound_here {
                self.found.push(stmt.start().to_usize());
            }
            self.depth += 1;
            walk_stmt(self, stmt);
            self.depth -= 1;
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(named) = expr
                && !named.ctx.is_load()
                && named.id.as_str() == self.name
            {
                self.found.push(expr.start().to_usize());
            }
            ruff_python_ast::visitor::walk_expr(self, expr);
        }
        // A parameter (of a function or a lambda), an `except ... as` name and a `match` capture bind
        // the name too, where they are.
        fn visit_parameter(&mut self, parameter: &'a ast::Parameter) {
            self.binds(Some(&parameter.name), parameter);
            ruff_python_ast::visitor::walk_parameter(self, parameter);
        }
        fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
            let ast::ExceptHandler::ExceptHandler(inner) = handler;
            self.binds(inner.name.as_ref(), handler);
            ruff_python_ast::visitor::walk_except_handler(self, handler);
        }
        fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
            match pattern {
                ast::Pattern::MatchAs(capture) => self.binds(capture.name.as_ref(), pattern),
                ast::Pattern::MatchStar(star) => self.binds(star.name.as_ref(), pattern),
                ast::Pattern::MatchMapping(mapping) => self.binds(mapping.rest.as_ref(), pattern),
                _ => {}
            }
            ruff_python_ast::visitor::walk_pattern(self, pattern);
        }
    }
    impl Store<'_> {
        fn binds(&mut self, bound: Option<&ast::Identifier>, at: &impl Ranged) {
            if bound.is_some_and(|bound| bound.as_str() == self.name) {
                self.found.push(at.start().to_usize());
            }
        }
    }
    let mut store = Store { name, depth: 0, found: Vec::new() };
    store.visit_body(body);
    store.found
}

fn bound_by_import(aliases: &[ast::Alias], name: &str) -> bool {
    aliases.iter().any(|alias| {
        let bound = alias.asname.as_ref().unwrap_or(&alias.name);
        bound.as_str().split('.').next() == Some(name)
    })
}

/// A value a generator computed at import time works with.
#[derive(Clone, Debug, PartialEq)]
enum Known {
    Int(i64),
    Bool(bool),
    Str(String),
    None,
    Tuple(Vec<Known>),
    /// A list: made by the generator (a slice, a display), which may become a literal, or `shared`
    /// (a constant of the module, whose identity a literal would not keep).
    List(Vec<Known>, bool),
    /// A dict with string keys of a module constant (`RECORDS = [{"id": 1}, ...]`), whose identity a
    /// literal would not keep either: written out only as a generator object's item, where nothing
    /// else reads the constant (`handed_items`).
    Dict(Vec<(String, Known)>),
}

impl Known {
    fn truthy(&self) -> bool {
        match self {
            Known::Int(number) => *number != 0,
            Known::Bool(flag) => *flag,
            Known::Str(text) => !text.is_empty(),
            Known::None => false,
            Known::Tuple(items) | Known::List(items, _) => !items.is_empty(),
            Known::Dict(entries) => !entries.is_empty(),
        }
    }

    /// The items a `for` over it takes.
    fn items(&self) -> Option<Vec<Known>> {
        match self {
            Known::Tuple(items) | Known::List(items, _) => Some(items.clone()),
            Known::Str(text) => Some(text.chars().map(|c| Known::Str(c.to_string())).collect()),
            _ => None,
        }
    }

    /// Whether a literal written in its place is the same value (no shared list in it).
    fn writable(&self) -> bool {
        match self {
            Known::List(_, true) | Known::Dict(_) => false,
            Known::Tuple(items) | Known::List(items, false) => items.iter().all(Known::writable),
            _ => true,
        }
    }

    /// A constant of the module (the value of its one assignment), whose lists are shared.
    fn of_literal(expr: &Expr) -> Option<Known> {
        Some(match expr {
            Expr::NumberLiteral(number) => match &number.value {
                ast::Number::Int(int) => Known::Int(int.as_i64()?),
                _ => return None,
            },
            Expr::StringLiteral(text) => Known::Str(text.value.to_str().to_string()),
            Expr::BooleanLiteral(flag) => Known::Bool(flag.value),
            Expr::NoneLiteral(_) => Known::None,
            Expr::UnaryOp(unary) if unary.op == ast::UnaryOp::USub => match Known::of_literal(&unary.operand)? {
                Known::Int(number) => Known::Int(number.checked_neg()?),
                _ => return None,
            },
            Expr::Tuple(tuple) => Known::Tuple(tuple.elts.iter().map(Known::of_literal).collect::<Option<_>>()?),
            Expr::List(list) => Known::List(list.elts.iter().map(Known::of_literal).collect::<Option<_>>()?, true),
            Expr::Dict(dict) => {
                let mut entries = Vec::with_capacity(dict.items.len());
                for item in &dict.items {
                    let Some(Expr::StringLiteral(key)) = &item.key else { return None };
                    entries.push((key.value.to_str().to_string(), Known::of_literal(&item.value)?));
                }
                Known::Dict(entries)
            }
            _ => return None,
        })
    }

    /// The literal expression of the value, spanning `range` (the call it replaces).
    fn literal(&self, range: TextRange) -> Expr {
        let node_index = ast::AtomicNodeIndex::default();
        match self {
            Known::Int(number) if *number < 0 => Expr::UnaryOp(ast::ExprUnaryOp {
                node_index,
                range,
                op: ast::UnaryOp::USub,
                operand: Box::new(Known::Int(number.unsigned_abs() as i64).literal(range)),
            }),
            Known::Int(number) => Expr::NumberLiteral(ast::ExprNumberLiteral {
                node_index,
                range,
                value: ast::Number::Int(ast::Int::from(number.unsigned_abs())),
            }),
            Known::Bool(value) => Expr::BooleanLiteral(ast::ExprBooleanLiteral { node_index, range, value: *value }),
            Known::None => Expr::NoneLiteral(ast::ExprNoneLiteral { node_index, range }),
            Known::Str(text) => Expr::StringLiteral(ast::ExprStringLiteral {
                node_index: node_index.clone(),
                range,
                value: ast::StringLiteralValue::single(ast::StringLiteral {
                    node_index,
                    range,
                    value: text.clone().into_boxed_str(),
                    flags: ast::StringLiteralFlags::empty(),
                }),
            }),
            Known::Tuple(items) => Expr::Tuple(ast::ExprTuple {
                node_index,
                range,
                elts: items.iter().map(|item| item.literal(range)).collect(),
                ctx: ast::ExprContext::Load,
                parenthesized: true,
            }),
            Known::List(items, _) => Expr::List(ast::ExprList {
                node_index,
                range,
                elts: items.iter().map(|item| item.literal(range)).collect(),
                ctx: ast::ExprContext::Load,
            }),
            Known::Dict(entries) => Expr::Dict(ast::ExprDict {
                node_index,
                range,
                items: entries
                    .iter()
                    .map(|(key, value)| ast::DictItem {
                        key: Some(Known::Str(key.clone()).literal(range)),
                        value: value.literal(range),
                    })
                    .collect(),
            }),
        }
    }
}

/// The module's constants nobody changes: a name assigned once, at the top of the module, a literal
/// (numbers, strings, None, booleans, tuples and lists of them, one level of lists deep), and never
/// bound again; a list one also never handed anywhere it could change or escape (only indexed, sliced,
/// measured, compared, walked, or passed to the pure builtins or the file's generators).
fn frozen_constants(body: &[Stmt], generators: &BTreeMap<String, ast::StmtFunctionDef>) -> BTreeMap<String, Known> {
    let mut candidates: BTreeMap<String, (usize, Known)> = BTreeMap::new();
    let mut assigned: BTreeMap<String, usize> = BTreeMap::new();
    for stmt in body {
        if let Stmt::Assign(assignment) = stmt
            && let [Expr::Name(target)] = &assignment.targets[..]
        {
            *assigned.entry(target.id.to_string()).or_default() += 1;
            if let Some(value) = Known::of_literal(&assignment.value)
                && nesting_is_flat(&value)
            {
                candidates.insert(target.id.to_string(), (target.start().to_usize(), value));
            }
        }
    }
    let allowed = allowed_list_reads(body, generators);
    let handed_only = handed_reads(body, generators);
    candidates
        .into_iter()
        .filter(|(name, (at, value))| {
            let reads = if holds_dict(value) { &handed_only } else { &allowed };
            assigned.get(name) == Some(&1)
                && bindings_of(body, name) == [*at]
                && (!matches!(value, Known::List(..) | Known::Dict(_)) || every_read_allowed(body, name, reads))
        })
        .map(|(name, (_, value))| (name, value))
        .collect()
}

/// Whether a dict is inside the value.
fn holds_dict(value: &Known) -> bool {
    match value {
        Known::Dict(_) => true,
        Known::List(items, _) | Known::Tuple(items) => items.iter().any(holds_dict),
        _ => false,
    }
}

/// The reads of a module constant that hold a dict of it in Python and let nothing else see it: an
/// argument of `len` or of a call of the file's generators (session18/t12's `job_source(RECORDS)`).
/// A generator object's items written out as literals (`handed_items`) are then the dicts themselves
/// as far as any code can tell: the constant is read nowhere else.
fn handed_reads(body: &[Stmt], generators: &BTreeMap<String, ast::StmtFunctionDef>) -> BTreeSet<usize> {
    struct Handed<'g> {
        generators: &'g BTreeMap<String, ast::StmtFunctionDef>,
        offsets: BTreeSet<usize>,
    }
    impl<'a> Visitor<'a> for Handed<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Expr::Name(callee) = &*call.func
                && (callee.id.as_str() == "len" || self.generators.contains_key(callee.id.as_str()))
            {
                for argument in call.arguments.args.iter().filter(|argument| matches!(argument, Expr::Name(_))) {
                    self.offsets.insert(argument.start().to_usize());
                }
            }
            ruff_python_ast::visitor::walk_expr(self, expr);
        }
    }
    let mut handed = Handed { generators, offsets: BTreeSet::new() };
    handed.visit_body(body);
    handed.offsets
}

/// A list whose items are no lists: a slice of it or an item of it never shares a list with it.
fn nesting_is_flat(value: &Known) -> bool {
    fn holds_list(value: &Known) -> bool {
        match value {
            Known::List(..) => true,
            Known::Tuple(items) => items.iter().any(holds_list),
            _ => false,
        }
    }
    match value {
        Known::List(items, _) | Known::Tuple(items) => !items.iter().any(holds_list),
        Known::Dict(entries) => !entries.iter().any(|(_, value)| holds_list(value)),
        _ => true,
    }
}

/// The offsets of the names read where a list cannot change or escape: indexed or sliced, compared,
/// walked by a `for` or a comprehension, or an argument of `len`, the pure builtins or a generator.
fn allowed_list_reads(body: &[Stmt], generators: &BTreeMap<String, ast::StmtFunctionDef>) -> BTreeSet<usize> {
    struct Allowed<'g> {
        generators: &'g BTreeMap<String, ast::StmtFunctionDef>,
        offsets: BTreeSet<usize>,
    }
    impl crate::read_sites::ReadSites for Allowed<'_> {
        fn allow(&mut self, expr: &Expr) {
            if let Expr::Name(_) = expr {
                self.offsets.insert(expr.start().to_usize());
            }
        }
        fn expression(&mut self, expr: &Expr) {
            match expr {
                Expr::Subscript(subscript) if subscript.ctx.is_load() => self.allow(&subscript.value),
                Expr::Compare(compare) => {
                    self.allow(&compare.left);
                    compare.comparators.iter().for_each(|operand| self.allow(operand));
                }
                Expr::Call(call) => {
                    if let Expr::Name(callee) = &*call.func
                        && (callee.id.as_str() == "len"
                            || CONSUMERS.contains(&callee.id.as_str())
                            || self.generators.contains_key(callee.id.as_str()))
                    {
                        call.arguments.args.iter().for_each(|argument| self.allow(argument));
                    }
                }
                _ => {}
            }
        }
    }
    let mut allowed = Allowed { generators, offsets: BTreeSet::new() };
    crate::read_sites::walk_read_sites(body, &mut allowed);
    allowed.offsets
}

/// Whether every read of `name` in `body` is at one of the `allowed` offsets.
pub(crate) fn every_read_allowed(body: &[Stmt], name: &str, allowed: &BTreeSet<usize>) -> bool {
    struct Reads<'n> {
        name: &'n str,
        allowed: &'n BTreeSet<usize>,
        ok: bool,
    }
    impl<'a> Visitor<'a> for Reads<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(named) = expr
                && named.id.as_str() == self.name
                && named.ctx.is_load()
                && !self.allowed.contains(&expr.start().to_usize())
            {
                self.ok = false;
            }
            ruff_python_ast::visitor::walk_expr(self, expr);
        }
    }
    let mut reads = Reads { name, allowed, ok: true };
    reads.visit_body(body);
    reads.ok
}

/// Runs a generator at import time, from its body, over constants only.
struct Evaluation<'c> {
    constants: &'c BTreeMap<String, Known>,
    /// The generator's locals: one not yet bound is Python's UnboundLocalError, not the global.
    local_names: BTreeSet<String>,
    locals: BTreeMap<String, Known>,
    items: Vec<Known>,
    steps: usize,
}

/// How a block ended.
enum Flow {
    Normal,
    Break,
    Continue,
}

impl Evaluation<'_> {
    fn tick(&mut self) -> Option<()> {
        self.steps += 1;
        (self.steps <= MAX_STEPS && self.items.len() <= MAX_ITEMS).then_some(())
    }

    fn block(&mut self, block: &[Stmt]) -> Option<Flow> {
        for stmt in block {
            self.tick()?;
            match self.stmt(stmt)? {
                Flow::Normal => {}
                other => return Some(other),
            }
        }
        Some(Flow::Normal)
    }

    fn stmt(&mut self, stmt: &Stmt) -> Option<Flow> {
        match stmt {
            Stmt::Expr(expr) => match &*expr.value {
                Expr::Yield(yielded) => {
                    let value = match &yielded.value {
                        Some(value) => self.expr(value)?,
                        None => Known::None,
                    };
                    self.items.push(value);
                }
                _ => return None,
            },
            Stmt::Pass(_) => {}
            Stmt::Break(_) => return Some(Flow::Break),
            Stmt::Continue(_) => return Some(Flow::Continue),
            Stmt::Assign(assignment) => {
                let value = self.expr(&assignment.value)?;
                for target in &assignment.targets {
                    self.bind(target, value.clone())?;
                }
            }
            Stmt::AugAssign(augmented) => {
                let Expr::Name(target) = &*augmented.target else { return None };
                let current = self.locals.get(target.id.as_str())?.clone();
                let operand = self.expr(&augmented.value)?;
                let value = binary(augmented.op, current, operand)?;
                self.locals.insert(target.id.to_string(), value);
            }
            Stmt::If(if_stmt) => {
                if self.expr(&if_stmt.test)?.truthy() {
                    return self.block(&if_stmt.body);
                }
                for clause in &if_stmt.elif_else_clauses {
                    let taken = match &clause.test {
                        Some(test) => self.expr(test)?.truthy(),
                        None => true,
                    };
                    if taken {
                        return self.block(&clause.body);
                    }
                }
            }
            Stmt::For(for_stmt) if !for_stmt.is_async => {
                let items = self.iterable(&for_stmt.iter)?;
                let mut broke = false;
                for item in items {
                    self.tick()?;
                    self.bind(&for_stmt.target, item)?;
                    if let Flow::Break = self.block(&for_stmt.body)? {
                        broke = true;
                        break;
                    }
                }
                if !broke {
                    return self.block(&for_stmt.orelse);
                }
            }
            Stmt::While(while_stmt) => {
                let mut broke = false;
                while self.expr(&while_stmt.test)?.truthy() {
                    self.tick()?;
                    if let Flow::Break = self.block(&while_stmt.body)? {
                        broke = true;
                        break;
                    }
                }
                if !broke {
                    return self.block(&while_stmt.orelse);
                }
            }
            _ => return None,
        }
        Some(Flow::Normal)
    }

    fn bind(&mut self, target: &Expr, value: Known) -> Option<()> {
        match target {
            Expr::Name(named) => {
                self.locals.insert(named.id.to_string(), value);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let items = value.items()?;
                if items.len() != elts.len() || elts.iter().any(Expr::is_starred_expr) {
                    return None;
                }
                for (target, item) in elts.iter().zip(items) {
                    self.bind(target, item)?;
                }
            }
            _ => return None,
        }
        Some(())
    }

    /// The items of `for x in ITER`: `range(...)`, `enumerate(x)`, `zip(a, b)` or a value's items.
    fn iterable(&mut self, iter: &Expr) -> Option<Vec<Known>> {
        if let Expr::Call(call) = iter
            && let Expr::Name(callee) = &*call.func
            && !self.locals.contains_key(callee.id.as_str())
            && call.arguments.keywords.is_empty()
        {
            let arguments: Vec<Known> = call.arguments.args.iter().map(|a| self.expr(a)).collect::<Option<_>>()?;
            return match (callee.id.as_str(), &arguments[..]) {
                ("range", bounds) => range_items(bounds),
                ("enumerate", [walked]) => Some(
                    walked
                        .items()?
                        .into_iter()
                        .enumerate()
                        .map(|(i, item)| Known::Tuple(vec![Known::Int(i as i64), item]))
                        .collect(),
                ),
                ("zip", [left, right]) => {
                    Some(left.items()?.into_iter().zip(right.items()?).map(|(a, b)| Known::Tuple(vec![a, b])).collect())
                }
                _ => None,
            };
        }
        self.expr(iter)?.items()
    }

    fn expr(&mut self, expr: &Expr) -> Option<Known> {
        self.tick()?;
        Some(match expr {
            Expr::Name(named) => match self.locals.get(named.id.as_str()) {
                Some(value) => value.clone(),
                None if self.local_names.contains(named.id.as_str()) => return None,
                None => self.constants.get(named.id.as_str())?.clone(),
            },
            Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) => {
                Known::of_literal(expr)?
            }
            Expr::Tuple(tuple) => Known::Tuple(tuple.elts.iter().map(|e| self.expr(e)).collect::<Option<_>>()?),
            Expr::List(list) => Known::List(list.elts.iter().map(|e| self.expr(e)).collect::<Option<_>>()?, false),
            Expr::BinOp(operation) => {
                let left = self.expr(&operation.left)?;
                let right = self.expr(&operation.right)?;
                binary(operation.op, left, right)?
            }
            Expr::UnaryOp(unary) => {
                let operand = self.expr(&unary.operand)?;
                match (unary.op, operand) {
                    (ast::UnaryOp::Not, value) => Known::Bool(!value.truthy()),
                    (ast::UnaryOp::USub, Known::Int(number)) => Known::Int(number.checked_neg()?),
                    _ => return None,
                }
            }
            Expr::BoolOp(operation) => {
                let mut last = Known::None;
                for value in &operation.values {
                    last = self.expr(value)?;
                    let decided = match operation.op {
                        ast::BoolOp::And => !last.truthy(),
                        ast::BoolOp::Or => last.truthy(),
                    };
                    if decided {
                        break;
                    }
                }
                last
            }
            Expr::Compare(compare) => {
                let mut left = self.expr(&compare.left)?;
                for (op, right) in compare.ops.iter().zip(compare.comparators.iter()) {
                    let right = self.expr(right)?;
                    if !compare_values(*op, &left, &right)? {
                        return Some(Known::Bool(false));
                    }
                    left = right;
                }
                Known::Bool(true)
            }
            Expr::If(conditional) => {
                if self.expr(&conditional.test)?.truthy() {
                    self.expr(&conditional.body)?
                } else {
                    self.expr(&conditional.orelse)?
                }
            }
            Expr::Subscript(subscript) => {
                let value = self.expr(&subscript.value)?;
                match &*subscript.slice {
                    Expr::Slice(slice) => {
                        let bound = |this: &mut Self, part: &Option<Box<Expr>>| match part {
                            Some(part) => match this.expr(part)? {
                                Known::Int(number) => Some(Some(number)),
                                Known::None => Some(None),
                                _ => None,
                            },
                            None => Some(None),
                        };
                        if slice.step.is_some() {
                            return None;
                        }
                        let lower = bound(self, &slice.lower)?;
                        let upper = bound(self, &slice.upper)?;
                        sliced(&value, lower, upper)?
                    }
                    index => {
                        let Known::Int(index) = self.expr(index)? else { return None };
                        let items = value.items()?;
                        let position = if index < 0 { index + items.len() as i64 } else { index };
                        items.get(usize::try_from(position).ok()?)?.clone()
                    }
                }
            }
            // `text.strip()`, `line.startswith("#")` of a string (generators/texts.rs).
            Expr::Call(call)
                if let Expr::Attribute(method) = &*call.func
                    && call.arguments.keywords.is_empty() =>
            {
                let Known::Str(receiver) = self.expr(&method.value)? else { return None };
                let arguments: Vec<Known> = call.arguments.args.iter().map(|a| self.expr(a)).collect::<Option<_>>()?;
                texts::text_method(&receiver, method.attr.as_str(), &arguments)?
            }
            Expr::Call(call) => {
                let Expr::Name(callee) = &*call.func else { return None };
                if self.locals.contains_key(callee.id.as_str()) || !call.arguments.keywords.is_empty() {
                    return None;
                }
                let arguments: Vec<Known> = call.arguments.args.iter().map(|a| self.expr(a)).collect::<Option<_>>()?;
                match (callee.id.as_str(), &arguments[..]) {
                    ("len", [value]) => Known::Int(value.items()?.len() as i64),
                    ("abs", [Known::Int(number)]) => Known::Int(number.checked_abs()?),
                    ("min", [Known::Int(a), Known::Int(b)]) => Known::Int(*a.min(b)),
                    ("max", [Known::Int(a), Known::Int(b)]) => Known::Int(*a.max(b)),
                    _ => return None,
                }
            }
            _ => return None,
        })
    }
}

fn range_items(bounds: &[Known]) -> Option<Vec<Known>> {
    let numbers: Vec<i64> =
        bounds.iter().map(|bound| if let Known::Int(n) = bound { Some(*n) } else { None }).collect::<Option<_>>()?;
    let (start, stop, step) = match numbers[..] {
        [stop] => (0, stop, 1),
        [start, stop] => (start, stop, 1),
        [start, stop, step] if step != 0 => (start, stop, step),
        _ => return None,
    };
    let mut items = Vec::new();
    let mut current = start;
    while (step > 0 && current < stop) || (step < 0 && current > stop) {
        if items.len() > MAX_ITEMS {
            return None;
        }
        items.push(Known::Int(current));
        current = current.checked_add(step)?;
    }
    Some(items)
}

/// `value[lower:upper]` of a list, tuple or string, with Python's clamping of the bounds.
fn sliced(value: &Known, lower: Option<i64>, upper: Option<i64>) -> Option<Known> {
    let length = value.items()?.len() as i64;
    let clamp = |bound: i64| if bound < 0 { (bound + length).max(0) } else { bound.min(length) };
    let start = lower.map_or(0, clamp) as usize;
    let end = upper.map_or(length, clamp) as usize;
    let end = end.max(start);
    Some(match value {
        Known::Str(text) => Known::Str(text.chars().skip(start).take(end - start).collect()),
        Known::Tuple(items) => Known::Tuple(items[start..end].to_vec()),
        Known::List(items, _) => Known::List(items[start..end].to_vec(), false),
        _ => return None,
    })
}

fn binary(op: ast::Operator, left: Known, right: Known) -> Option<Known> {
    Some(match (op, left, right) {
        (ast::Operator::Add, Known::Int(a), Known::Int(b)) => Known::Int(a.checked_add(b)?),
        (ast::Operator::Sub, Known::Int(a), Known::Int(b)) => Known::Int(a.checked_sub(b)?),
        (ast::Operator::Mult, Known::Int(a), Known::Int(b)) => Known::Int(a.checked_mul(b)?),
        (ast::Operator::FloorDiv, Known::Int(a), Known::Int(b)) if b != 0 => {
            Known::Int(a.div_euclid(b) - i64::from(b < 0 && a.rem_euclid(b) != 0))
        }
        (ast::Operator::Mod, Known::Int(a), Known::Int(b)) if b > 0 => Known::Int(a.rem_euclid(b)),
        (ast::Operator::Add, Known::Str(a), Known::Str(b)) => Known::Str(a + &b),
        (ast::Operator::Add, Known::Tuple(mut a), Known::Tuple(b)) => {
            a.extend(b);
            Known::Tuple(a)
        }
        _ => return None,
    })
}

fn compare_values(op: ast::CmpOp, left: &Known, right: &Known) -> Option<bool> {
    use std::cmp::Ordering;
    let ordering = match (left, right) {
        (Known::Int(a), Known::Int(b)) => Some(a.cmp(b)),
        (Known::Str(a), Known::Str(b)) => Some(a.cmp(b)),
        _ => None,
    };
    Some(match op {
        ast::CmpOp::Eq | ast::CmpOp::NotEq => {
            // Only numbers, strings and None compare here, of one kind or against None (True == 1 and
            // lists are Python's to compare, not this file's).
            let scalar = |value: &Known| matches!(value, Known::Int(_) | Known::Str(_) | Known::None);
            let same_kind = std::mem::discriminant(left) == std::mem::discriminant(right)
                || matches!(left, Known::None)
                || matches!(right, Known::None);
            if !same_kind || !scalar(left) || !scalar(right) {
                return None;
            }
            (left == right) == (op == ast::CmpOp::Eq)
        }
        ast::CmpOp::Lt => ordering? == Ordering::Less,
        ast::CmpOp::LtE => ordering? != Ordering::Greater,
        ast::CmpOp::Gt => ordering? == Ordering::Greater,
        ast::CmpOp::GtE => ordering? != Ordering::Less,
        _ => return None,
    })
}

struct Rewrite {
    generators: BTreeMap<String, ast::StmtFunctionDef>,
    constants: BTreeMap<String, Known>,
    taken: BTreeSet<String>,
    /// The names the function around the statements being rewritten binds (empty at the top).
    enclosing_locals: BTreeSet<String>,
}

impl BlockRewrite for Rewrite {
    /// The statement with its generator calls, and those of the blocks inside it, rewritten (the
    /// generators themselves are left as they are, and removed later).
    fn statement(&mut self, mut stmt: Stmt) -> Vec<Stmt> {
        if matches!(&stmt, Stmt::FunctionDef(def) if self.generators.contains_key(def.name.as_str())) {
            return vec![stmt];
        }
        self.inner_blocks(&mut stmt);
        self.inlined_loop(&stmt).unwrap_or_else(|| {
            Consumers { rewrite: self }.visit_stmt(&mut stmt);
            vec![stmt]
        })
    }
}

impl Rewrite {
    /// The generator a call is of, and its parameters bound to the call's arguments, in order.
    fn call_of<'r>(&'r self, expr: &Expr) -> Option<(&'r ast::StmtFunctionDef, Vec<(String, Expr)>)> {
        let Expr::Call(call) = expr else { return None };
        let Expr::Name(callee) = &*call.func else { return None };
        let def = self.generators.get(callee.id.as_str())?;
        if self.enclosing_locals.contains(callee.id.as_str()) {
            return None;
        }
        let parameters: Vec<&ast::ParameterWithDefault> =
            def.parameters.posonlyargs.iter().chain(def.parameters.args.iter()).collect();
        if call.arguments.args.len() > parameters.len() || call.arguments.args.iter().any(Expr::is_starred_expr) {
            return None;
        }
        let mut bound = Vec::with_capacity(parameters.len());
        for (position, parameter) in parameters.iter().enumerate() {
            let name = parameter.parameter.name.as_str();
            let keyword = call.arguments.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == name));
            let argument = match (call.arguments.args.get(position), keyword, &parameter.default) {
                (Some(argument), None, _) => argument.clone(),
                (None, Some(keyword), _) => keyword.value.clone(),
                // Python evaluated the default when the `def` ran: the same value only if a literal.
                (None, None, Some(default)) if default.is_literal_expr() => (**default).clone(),
                _ => return None,
            };
            bound.push((name.to_string(), argument));
        }
        let known_keywords = call.arguments.keywords.iter().all(|k| {
            k.arg.as_ref().is_some_and(|a| parameters.iter().any(|p| p.parameter.name.as_str() == a.as_str()))
        });
        // The arguments are bound in the parameters' order, Python evaluates them in the call's: the
        // same when the keyword arguments are names or literals, which evaluating does nothing to.
        let plain_keywords =
            call.arguments.keywords.iter().all(|k| k.value.is_literal_expr() || matches!(k.value, Expr::Name(_)));
        (known_keywords && plain_keywords).then_some((def, bound))
    }

    /// The items of a generator call computed at import time, as a list literal, when its arguments
    /// and the globals it reads are constants (none of them a local of the code around the call).
    fn computed(&self, expr: &Expr) -> Option<Expr> {
        let items = self.computed_items(expr)?;
        Some(Known::List(items, false).literal(expr.range()))
    }

    /// The items of a generator call, computed at import time (as `computed`), whatever they hold.
    fn run_items(&self, expr: &Expr) -> Option<Vec<Known>> {
        let (def, bound) = self.call_of(expr)?;
        // An async generator's items come only through `async for`, in the task that awaits them.
        if def.is_async {
            return None;
        }
        let mut outside = Evaluation {
            constants: &self.constants,
            local_names: BTreeSet::new(),
            locals: BTreeMap::new(),
            items: Vec::new(),
            steps: 0,
        };
        let mut locals = BTreeMap::new();
        for (name, argument) in &bound {
            if names_in(argument).iter().any(|read| self.enclosing_locals.contains(read)) {
                return None;
            }
            locals.insert(name.clone(), outside.expr(argument)?);
        }
        let local_names = stored_names(&def.body).into_iter().chain(locals.keys().cloned()).collect();
        let mut run = Evaluation { constants: &self.constants, local_names, locals, items: Vec::new(), steps: 0 };
        run.block(&def.body)?;
        (run.items.len() <= MAX_ITEMS).then_some(run.items)
    }

    /// The items of a generator call computed at import time whose literals are the same values (no
    /// module list or dict in them, whose identity a literal would not keep).
    fn computed_items(&self, expr: &Expr) -> Option<Vec<Known>> {
        let items = self.run_items(expr)?;
        items.iter().all(Known::writable).then_some(items)
    }

    /// The items of a generator object advanced by `next` under one lock (generator_objects.rs), as
    /// literals: numbers, strings and None, or tuples of them and of dicts with string keys of a module
    /// constant (`yield index, record` over `RECORDS`), each dict yielded once. Such a constant is read
    /// only by `len` and the generators' calls (`handed_reads`), so the literal, a dict made at run time,
    /// is the dict itself to every code that can reach it.
    fn handed_items(&self, call: &Expr) -> Option<Vec<Expr>> {
        let items = self.run_items(call)?;
        let scalar = |value: &Known| matches!(value, Known::Int(_) | Known::Str(_) | Known::None);
        let mut dicts: Vec<&Known> = Vec::new();
        for item in &items {
            let parts = match item {
                Known::Tuple(parts) => parts.as_slice(),
                single => std::slice::from_ref(single),
            };
            for part in parts {
                match part {
                    Known::Dict(entries)
                        if matches!(item, Known::Tuple(_)) && entries.iter().all(|(_, v)| scalar(v)) =>
                    {
                        if dicts.contains(&part) {
                            return None;
                        }
                        dicts.push(part);
                    }
                    value if scalar(value) => {}
                    _ => return None,
                }
            }
        }
        Some(items.iter().map(|item| item.literal(call.range())).collect())
    }

    /// The blocks inside `stmt`, rewritten; a function's with its own locals as the code around.
    fn inner_blocks(&mut self, stmt: &mut Stmt) {
        match stmt {
            Stmt::FunctionDef(def) => {
                // A name the function declares `global` is the module's, as in the generator.
                let globals = declared_globals(&def.body);
                let mut locals: BTreeSet<String> =
                    stored_names(&def.body).into_iter().filter(|name| !globals.contains(name)).collect();
                let parameters = &def.parameters;
                for parameter in parameters.posonlyargs.iter().chain(&parameters.args).chain(&parameters.kwonlyargs) {
                    locals.insert(parameter.parameter.name.to_string());
                }
                for parameter in parameters.vararg.iter().chain(parameters.kwarg.iter()) {
                    locals.insert(parameter.name.to_string());
                }
                let around = std::mem::replace(&mut self.enclosing_locals, locals);
                self.block(&mut def.body);
                self.enclosing_locals = around;
            }
            _ => rewrite_inner_blocks(stmt, self),
        }
    }

    /// `for x in gen(args): BODY` that cannot be computed at import time, as the generator's body with
    /// `x = value` and `BODY` at each `yield value`.
    fn inlined_loop(&mut self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        let Stmt::For(for_stmt) = stmt else { return None };
        if !for_stmt.orelse.is_empty() || loop_exit(&for_stmt.body) {
            return None;
        }
        if self.computed(&for_stmt.iter).is_some() {
            return None;
        }
        let (def, bound) = self.call_of(&for_stmt.iter)?;
        if !crate::async_generators::matching_loop(def, for_stmt) {
            return None;
        }
        let def = def.clone();
        // The generator's globals must be the same names where the loop is: none a local there.
        let generator_locals: BTreeSet<String> =
            stored_names(&def.body).into_iter().chain(bound.iter().map(|(name, _)| name.clone())).collect();
        let globals_read: BTreeSet<String> = crate::syntax::names_read(&def.body);
        if globals_read.iter().any(|read| !generator_locals.contains(read) && self.enclosing_locals.contains(read)) {
            return None;
        }
        let def_name = def.name.to_string();
        let mut renamed: BTreeMap<String, String> = BTreeMap::new();
        for local in &generator_locals {
            let fresh = fresh_name(&format!("{def_name}_{local}"), &mut self.taken);
            renamed.insert(local.clone(), fresh);
        }
        // The arguments are evaluated at the call, before the first item, as Python does.
        let mut out: Vec<Stmt> = Vec::with_capacity(bound.len() + def.body.len());
        let stored = stored_names(&def.body);
        let mut literal_parameters = BTreeMap::new();
        for ((parameter, argument), definition) in
            bound.into_iter().zip(def.parameters.posonlyargs.iter().chain(&def.parameters.args))
        {
            if argument.is_literal_expr() && !stored.contains(&parameter) {
                literal_parameters.insert(parameter, argument);
            } else {
                out.push(assign(&renamed[&parameter], argument, definition.parameter.range));
            }
        }
        let substitute = Substitute { renamed: &renamed, constants: &literal_parameters, receiver: None };
        let mut body: Vec<Stmt> = def.body.iter().cloned().collect();
        for stmt in body.iter_mut() {
            substitute.visit_stmt(stmt);
        }
        out.extend(splice_yields(body, &for_stmt.target, &for_stmt.body));
        Some(out)
    }
}

/// Whether a loop's body leaves it early (`break` or `continue` of its own; a `return` too, which
/// CPython makes with the generator still suspended): such a loop is not written out.
fn loop_exit(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::Break(_) | Stmt::Continue(_) | Stmt::Return(_) => true,
        Stmt::If(if_stmt) => loop_exit(&if_stmt.body) || if_stmt.elif_else_clauses.iter().any(|c| loop_exit(&c.body)),
        Stmt::With(with) => loop_exit(&with.body),
        Stmt::Try(try_stmt) => {
            loop_exit(&try_stmt.body)
                || try_stmt.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    loop_exit(&h.body)
                })
                || loop_exit(&try_stmt.orelse)
                || loop_exit(&try_stmt.finalbody)
        }
        Stmt::For(inner) => contains_return(&inner.body) || loop_exit(&inner.orelse),
        Stmt::While(inner) => contains_return(&inner.body) || loop_exit(&inner.orelse),
        _ => false,
    })
}

fn contains_return(body: &[Stmt]) -> bool {
    struct Returns(bool);
    impl<'a> Visitor<'a> for Returns {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Return(_) => self.0 = true,
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut returns = Returns(false);
    returns.visit_body(body);
    returns.0
}

/// The generator's body with `target = value` and the loop's body in place of each `yield value`.
fn splice_yields<Block>(body: Block, target: &Expr, loop_body: &[Stmt]) -> Block
where
    Block: IntoIterator<Item = Stmt> + FromIterator<Stmt>,
{
    let mut out = Vec::new();
    for mut stmt in body {
        match &mut stmt {
            Stmt::Expr(expr) if matches!(&*expr.value, Expr::Yield(_)) => {
                let Expr::Yield(yielded) = &*expr.value else { unreachable!() };
                let value = yielded.value.as_deref().cloned().unwrap_or_else(|| {
                    Expr::NoneLiteral(ast::ExprNoneLiteral { node_index: Default::default(), range: expr.range })
                });
                out.push(Stmt::Assign(ast::StmtAssign {
                    node_index: ast::AtomicNodeIndex::default(),
                    range: expr.range,
                    targets: vec![target.clone()],
                    value: Box::new(value),
                }));
                out.extend(loop_body.iter().cloned());
                continue;
            }
            Stmt::If(if_stmt) => {
                if_stmt.body = splice_yields(std::mem::take(&mut if_stmt.body), target, loop_body);
                for clause in if_stmt.elif_else_clauses.iter_mut() {
                    clause.body = splice_yields(std::mem::take(&mut clause.body), target, loop_body);
                }
            }
            Stmt::For(inner) => {
                inner.body = splice_yields(std::mem::take(&mut inner.body), target, loop_body);
                inner.orelse = splice_yields(std::mem::take(&mut inner.orelse), target, loop_body);
            }
            Stmt::While(inner) => {
                inner.body = splice_yields(std::mem::take(&mut inner.body), target, loop_body);
                inner.orelse = splice_yields(std::mem::take(&mut inner.orelse), target, loop_body);
            }
            _ => {}
        }
        out.push(stmt);
    }
    out.into_iter().collect()
}

/// The names a function body declares `global` (not counting nested functions').
pub(crate) fn declared_globals(body: &[Stmt]) -> BTreeSet<String> {
    struct Globals(BTreeSet<String>);
    impl<'a> Visitor<'a> for Globals {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Global(global) => self.0.extend(global.names.iter().map(|name| name.to_string())),
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut globals = Globals(BTreeSet::new());
    globals.visit_body(body);
    globals.0
}

/// The names an expression reads.
fn names_in(expr: &Expr) -> BTreeSet<String> {
    struct Names(BTreeSet<String>);
    impl<'a> Visitor<'a> for Names {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(named) = expr {
                self.0.insert(named.id.to_string());
            }
            ruff_python_ast::visitor::walk_expr(self, expr);
        }
    }
    let mut names = Names(BTreeSet::new());
    names.visit_expr(expr);
    names.0
}

/// Replaces, in one statement, each generator call consumed whole by the list of its items, when it
/// can be computed at import time.
struct Consumers<'r> {
    rewrite: &'r Rewrite,
}

impl Consumers<'_> {
    fn replace(&self, expr: &mut Expr) {
        if let Some(items) = self.rewrite.computed(expr) {
            *expr = items;
        }
    }
}

impl Transformer for Consumers<'_> {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        match stmt {
            // Nested blocks were rewritten on their own (with their function's locals).
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            Stmt::For(for_stmt) => {
                self.replace(&mut for_stmt.iter);
                self.visit_expr(&mut for_stmt.iter);
            }
            Stmt::If(if_stmt) => {
                self.visit_expr(&mut if_stmt.test);
                let tests = if_stmt.elif_else_clauses.iter_mut().filter_map(|clause| clause.test.as_mut());
                tests.for_each(|test| self.visit_expr(test));
            }
            Stmt::While(while_stmt) => self.visit_expr(&mut while_stmt.test),
            Stmt::With(with) => with.items.iter_mut().for_each(|item| self.visit_expr(&mut item.context_expr)),
            Stmt::Try(_) => {}
            _ => ruff_python_ast::visitor::transformer::walk_stmt(self, stmt),
        }
    }

    fn visit_comprehension(&self, comprehension: &mut ast::Comprehension) {
        if !comprehension.is_async {
            self.replace(&mut comprehension.iter);
        }
        ruff_python_ast::visitor::transformer::walk_comprehension(self, comprehension);
    }

    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Call(call) = expr
            && let Expr::Name(callee) = &*call.func
            && CONSUMERS.contains(&callee.id.as_str())
            && !self.rewrite.enclosing_locals.contains(callee.id.as_str())
            && call.arguments.keywords.is_empty()
            && let [argument] = &mut call.arguments.args[..]
        {
            self.replace(argument);
        }
        // `executor.map(f, gen(...))`, `pool.map(f, gen(...))`: the pool takes the iterables' items
        // (an executor's `map` takes them all before it returns), which a generator of constants gives
        // alike whenever it runs (session 27).
        if let Expr::Call(call) = expr
            && let Expr::Attribute(method) = &*call.func
            && MAPPING_METHODS.contains(&method.attr.as_str())
        {
            call.arguments.args.iter_mut().skip(1).for_each(|iterable| self.replace(iterable));
        }
        walk_expr(self, expr);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The items of the module's last statement, a generator call, computed at import time.
    fn items(source: &str) -> Option<Vec<Known>> {
        let parsed = ruff_python_parser::parse_module(source).expect("valid Python");
        let body = &parsed.syntax().body;
        let generators = module_generators(body).expect("a generator of a supported shape");
        let constants = frozen_constants(body, &generators);
        let rewrite = Rewrite { generators, constants, taken: BTreeSet::new(), enclosing_locals: BTreeSet::new() };
        let Some(Stmt::Expr(last)) = body.last() else { panic!("a call last") };
        rewrite.computed_items(&last.value)
    }

    fn ints(numbers: &[i64]) -> Option<Vec<Known>> {
        Some(numbers.iter().map(|&n| Known::Int(n)).collect())
    }

    #[test]
    fn generators_of_constants_give_cpythons_items_and_nothing_else_is_computed() {
        // Each expected list is what CPython 3.11 prints for `print(list(g(...)))`.
        let floor = "def g(a):\n    for b in (3, -3):\n        yield a // b\n        yield a % b if b > 0 else 0\n";
        assert_eq!(items(&format!("{floor}g(-7)\n")), ints(&[-3, 2, 2, 0]));
        let slices = "L = [1, 2, 3, 4, 5]\ndef g(n):\n    for s in range(0, len(L), n):\n        yield L[s:s + n]\n    yield L[-2:]\n    yield L[10:]\n";
        let list = |numbers: &[i64]| Known::List(numbers.iter().map(|&n| Known::Int(n)).collect(), false);
        assert_eq!(
            items(&format!("{slices}g(2)\n")),
            Some(vec![list(&[1, 2]), list(&[3, 4]), list(&[5]), list(&[4, 5]), list(&[])])
        );
        // An unbound local is Python's UnboundLocalError, not the global of that name.
        assert_eq!(items("x = 1\ndef g():\n    yield x\n    x = 2\ng()\n"), None);
        // A constant something changes, or a list handed elsewhere, is no constant.
        assert_eq!(items("N = 1\ndef g():\n    yield N\ndef f():\n    global N\n    N = 2\ng()\n"), None);
        assert_eq!(items("L = [1]\ndef g():\n    yield L[0]\nL.append(2)\ng()\n"), None);
        assert_eq!(items("L = [1]\ndef g():\n    yield L[0]\nprint(L)\ng()\n"), None);
        // An item that is the constant list itself would lose its identity as a literal.
        assert_eq!(items("L = [1]\ndef g():\n    yield L\ng()\n"), None);
        // An error CPython raises is not an item list.
        assert_eq!(items("L = [1]\ndef g():\n    yield L[1]\ng()\n"), None);
        assert_eq!(items("def g():\n    yield 1 // 0\ng()\n"), None);
        assert_eq!(items("def g(n=2):\n    while n:\n        yield n\n        n -= 1\ng()\n"), ints(&[2, 1]));
    }
}
