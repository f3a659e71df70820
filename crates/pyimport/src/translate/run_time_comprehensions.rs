//! List comprehensions over items known only at run time (session 22): `names = [u["name"] for u in
//! users]` over the results of `gather` or `pool.map`, a shared list, a list made at run time, or a
//! list of futures (`errors = [f.exception() for f in futures]`).
//!
//! Python runs such a comprehension as the loop it means: a new list, then for each item the element
//! computed and appended, the name bound to the list when the loop ends. So it is imported as that
//! loop, by the seam of comprehensions with a test (filtered_lists.rs): the `for` is the `for`
//! statement's own translation (a list of results walked by index, a shared list by its iterator, the
//! futures one by one), each element its own steps, and the comprehension's variable renamed apart (its
//! own scope in Python 3: it does not leak, and shadows a global of the same name). Where the `for`
//! statement refuses the iterable (its length not known, a walk weft has no form for), the comprehension
//! is refused with its message. Inside an expression the comprehension is hoisted to an assignment of
//! its own (hoisting.rs), as Python computes it before the operation that uses it.
//!
//! `all(...)` and `any(...)` of a generator (or a list comprehension) with one `for` whose value weft
//! does not compute in one expression (`all(w.done() for w in workers)` over a list of tasks,
//! `any(r > 5 for r in results)` over a list of results) is the loop Python's `all` runs, before the
//! statement that uses it: `flag = True`, then `for x in xs: if not element: flag = False; break` (for
//! `any`, the other way round), the loop the `for` statement's own translation, so each element is
//! computed at run time by its own steps and the walk stops at the first item that decides, as
//! Python's does. Forms weft computed before (over items and elements known at import time, a `range`
//! or a shared list: quantifiers.rs) keep their way.
//!
//! A list made from a set of futures (`done`, `not_done` of `wait`, a set display of tasks) takes
//! CPython's hash order, which weft does not model: refused (the order-free uses of such a set, `len`,
//! `sum` of a generator, a `for` whose effect does not depend on the order, have their own forms).

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::filtered_lists::{comprehension_loop, comprehension_loop_around, renamed_apart};
use super::sequences::assignment;
use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::{SharedInit, Step};
use crate::syntax::name;
use crate::value::{Shape, Value};

/// `all(...)` or `any(...)` of a comprehension walked by the loop Python runs.
pub(super) struct LoopedQuantifier {
    /// `all` or `any`.
    function: &'static str,
    /// The comprehension, as a list comprehension (a generator's parts are the same).
    comprehension: ast::ExprListComp,
}

impl Translator<'_> {
    /// Whether the list comprehension has no test and its first `for` walks items known only at run time,
    /// or items known at import time whose elements are not (run_time_elements.rs): so it is computed by
    /// the loop of `assign_run_time_comprehension`, not at import time.
    pub(crate) fn over_run_time_items(&self, frame: &Frame, comprehension: &ast::ExprListComp) -> bool {
        let [first, ..] = comprehension.generators.as_slice() else { return false };
        comprehension.generators.iter().all(|generator| generator.ifs.is_empty() && !generator.is_async)
            && (self.static_iteration(frame, &first.iter).is_err() || self.run_time_elements(frame, comprehension))
            && !self.starts_tasks_over_records(frame, comprehension)
    }

    /// `name = [element for x in xs]` over items known only at run time: the loop Python runs into a new
    /// list, then `name` bound to it. False for any other value.
    pub(super) fn assign_run_time_comprehension(
        &mut self,
        frame: &mut Frame,
        (name, target): (&str, &Expr),
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::ListComp(comprehension) = value else { return Ok(false) };
        if !self.over_run_time_items(frame, comprehension) {
            return Ok(false);
        }
        self.refuse_tasks_over_run_time_items(frame, comprehension)?;
        self.assign_comprehension_loop(frame, (name, target), value, out, line)?;
        Ok(true)
    }

    /// `name = {key: value for x in xs}` over items known only at run time, where the code runs once: a
    /// shared dict named after the target, the loop Python runs storing each item's value under its key
    /// (the key computed first, as Python's dict comprehension does since 3.8), then `name` bound to the
    /// dict. False for any other value.
    pub(super) fn assign_run_time_dict_comprehension(
        &mut self,
        frame: &mut Frame,
        (target_name, target): (&str, &Expr),
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::DictComp(dict) = value else { return Ok(false) };
        let ([first, ..], Some(key)) = (dict.generators.as_slice(), dict.key.as_deref()) else { return Ok(false) };
        if dict.generators.iter().any(|generator| generator.is_async)
            || self.static_iteration(frame, &first.iter).is_ok()
        {
            return Ok(false);
        }
        if frame.dynamic > 0 {
            return fail(
                value,
                "a dict comprehension over items known only at run time is supported where the code runs once, not inside an `if` or a loop the scenario runs",
            );
        }
        self.refuse_list_of_set(frame, &first.iter)?;
        // As a list comprehension of `[key, value]`, whose variables `renamed_apart` renames.
        let range = dict.range;
        let pair = Expr::List(ast::ExprList {
            node_index: Default::default(),
            range,
            elts: vec![key.clone(), (*dict.value).clone()],
            ctx: ast::ExprContext::Load,
        });
        let listed = ast::ExprListComp {
            node_index: Default::default(),
            range,
            elt: Box::new(pair),
            generators: dict.generators.clone(),
        };
        let at = u32::from(range.start());
        let (renamed, mut variables) = renamed_apart(&listed, at);
        let Expr::List(pair) = &*renamed.elt else { return fail(value, "not a pair") };
        let (holder, key_local) = (format!("$dict_{at}"), format!("$dict_{at}_key"));
        variables.push(key_local.clone());
        let (key, item) = (pair.elts[0].clone(), pair.elts[1].clone());
        // The key into a local first, so that it is computed before the item; a key that is the
        // comprehension's own variable computes nothing and goes straight into the store at module level.
        let innermost = match (&key, frame.module_level) {
            (Expr::Name(own), true) if variables.iter().any(|variable| variable == own.id.as_str()) => {
                vec![assignment(store_at(&holder, key, range), item)]
            }
            // Any other key over a call (`sorted(d.items())`) keeps the dict comprehension's other
            // forms there.
            (_, true) if !matches!(&first.iter, Expr::Name(_)) => return Ok(false),
            // Any other key goes to an import-made local first, at module level too over a name (a `$`
            // name is the main thread's own: `is_global_target`; session 37, session26/f07).
            _ => vec![
                assignment(name(&key_local, range, ast::ExprContext::Store), key),
                assignment(store_at(&holder, name(&key_local, range, ast::ExprContext::Load), range), item),
            ],
        };
        let looping = comprehension_loop_around(&renamed, innermost, true);
        let shared = self.declare_shared(frame, target_name, SharedInit::Map(Vec::new()));
        frame.locals.insert(holder.clone(), Value::Shared(shared, Shape::Map { dense: false }));
        let bound = self.comprehension_block(frame, &variables, &looping, out, line).and_then(|()| {
            self.assign_name(frame, target_name, target, &super::filtered_lists::name_at(&holder, range), out, line)
        });
        frame.locals.remove(&holder);
        bound.map(|()| true)
    }

    /// `x = sorted(e for v in xs)` (also `list`, `min`, `max`) of a generator over items known only at run
    /// time, in a function: the list comprehension's loop into a list of its own first
    /// (`assign_run_time_comprehension`), then the call over that list. `sorted` and `list` make the list
    /// from the generator before anything else, as CPython's do; `min` and `max` compare as they take
    /// each item, which is the same only when computing an element has no effect (no call in it), as
    /// comparing numbers or strings has none. None for any other value.
    pub(super) fn generator_as_list(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Expr>> {
        let Expr::Call(call) = value else { return Ok(None) };
        let (Expr::Name(function), [Expr::Generator(generator)]) = (&*call.func, &call.arguments.args[..]) else {
            return Ok(None);
        };
        // `sorted(..., key=..., reverse=...)` takes its keywords over the list as over the generator.
        let sorts = self.is_builtin(frame, function, "sorted");
        let collects = sorts || self.is_builtin(frame, function, "list");
        let compares = ["min", "max"].iter().any(|builtin| self.is_builtin(frame, function, builtin));
        let listed = crate::syntax::listed(generator.range, &generator.elt, &generator.generators);
        if !(sorts || call.arguments.keywords.is_empty())
            || !(collects || compares && !has_call(&generator.elt))
            || !(self.over_run_time_items(frame, &listed) || self.filter_known_only_at_run_time(frame, &listed))
        {
            return Ok(None);
        }
        let at = u32::from(generator.range.start());
        let holder = name(&format!("$listed_{at}"), generator.range, ast::ExprContext::Store);
        let Expr::Name(holder_name) = &holder else { return Ok(None) };
        let holder_name = holder_name.id.to_string();
        // `sorted` without a `key` gives the same list whatever order the items come in (session 31,
        // session30/f05: `sorted(f.result() for f in done if ...)` of a `wait`'s set): only a list in the
        // set's own order is refused.
        let order_free = sorts && call.arguments.keywords.is_empty();
        let sorted_before = std::mem::replace(&mut self.sorted_listing, order_free);
        let listing =
            self.assign_comprehension_loop(frame, (&holder_name, &holder), &Expr::ListComp(listed), out, line);
        self.sorted_listing = sorted_before;
        listing?;
        let mut over_list = call.clone();
        over_list.arguments.args = vec![name(&holder_name, generator.range, ast::ExprContext::Load)].into_boxed_slice();
        Ok(Some(Expr::Call(over_list)))
    }

    /// A list comprehension over a set of futures or tasks makes a list in CPython's hash order: refused
    /// (every list comprehension made at run time comes here, filtered or not: session 31 found
    /// `[f.result() for f in done if ...]` imported in weft's order), except the list `sorted` takes,
    /// whose order does not show: `sorted(g)` of a generator (`sorted_listing`), or the comprehension
    /// consumed_generators.rs writes for it before the call, which spans the call where any other
    /// starts with its `[`.
    pub(super) fn refuse_list_of_set_unless_sorted(
        &self,
        frame: &Frame,
        comprehension: &ast::ExprListComp,
    ) -> Result<()> {
        if self.sorted_listing || self.source.is_written_at(comprehension.range.start(), "sorted") {
            return Ok(());
        }
        self.refuse_list_of_set(frame, &comprehension.generators[0].iter)
    }

    /// A list made from a set of futures or tasks would be in CPython's hash order: refused.
    fn refuse_list_of_set(&self, frame: &Frame, iterable: &Expr) -> Result<()> {
        match self.expr(frame, iterable, false) {
            Ok(Ex::Static(Value::FutureSet(..) | Value::PendingSet(..) | Value::FirstCompleted { .. })) => fail(
                iterable,
                "a list made from a set of futures or tasks is in the order of CPython's hash table, which weft does not model; loop over the list of futures instead, or count with `sum(1 for f in s if ...)`",
            ),
            _ => Ok(()),
        }
    }

    /// `all(...)` / `any(...)` of a comprehension with one `for`, which weft does not compute in one
    /// expression (`call`, the whole call, is refused as an expression), walked by the loop Python runs.
    pub(super) fn looped_quantifier(
        &self,
        frame: &Frame,
        function: &'static str,
        call: &Expr,
        argument: &Expr,
    ) -> Option<LoopedQuantifier> {
        let comprehension = crate::syntax::as_list_comprehension(argument)?;
        // One `for`: the `break` that stops the walk leaves the one loop.
        let [generator] = comprehension.generators.as_slice() else { return None };
        if generator.is_async || self.expr(frame, call, false).is_ok() {
            return None;
        }
        // A walk of a set of futures takes CPython's hash order, and the element's effects (a `cancel`)
        // would follow it: left to the refusals of such a set.
        if matches!(
            self.expr(frame, &generator.iter, false),
            Ok(Ex::Static(Value::FutureSet(..) | Value::PendingSet(..) | Value::FirstCompleted { .. }))
        ) {
            return None;
        }
        Some(LoopedQuantifier { function, comprehension })
    }

    /// The quantifier's loop, translated as the `for` statement it is; the local that holds its value.
    pub(super) fn looped_quantifier_steps(
        &mut self,
        frame: &Frame,
        quantifier: &LoopedQuantifier,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let range = quantifier.comprehension.range;
        let at = u32::from(range.start());
        let (comprehension, _) = renamed_apart(&quantifier.comprehension, at);
        let flag = format!("${}_{at}", quantifier.function);
        let (start, decision) = match quantifier.function {
            "all" => (true, false),
            _ => (false, true),
        };
        // `all` stops at the first false element, `any` at the first true one.
        let element = *comprehension.elt.clone();
        let test = match quantifier.function {
            "all" => Expr::UnaryOp(ast::ExprUnaryOp {
                node_index: Default::default(),
                range,
                op: ast::UnaryOp::Not,
                operand: Box::new(element),
            }),
            _ => element,
        };
        let decide = Stmt::If(ast::StmtIf {
            node_index: Default::default(),
            range,
            test: Box::new(test),
            body: vec![
                assigned(&flag, decision, range),
                Stmt::Break(ast::StmtBreak { node_index: Default::default(), range }),
            ]
            .into(),
            elif_else_clauses: Vec::new(),
        });
        let mut statements = vec![assigned(&flag, start, range)];
        statements.extend(comprehension_loop(&comprehension, decide, true));
        // The loop's variables and the flag are the quantifier's own: bound on a copy of the frame, as a
        // function's locals even in the module's code (where every name assigned is a global), as
        // Python's comprehension has a scope of its own.
        let mut inner = frame.clone();
        inner.module_level = false;
        self.block(&mut inner, &statements, out, line)?;
        match inner.locals.get(&flag) {
            Some(Value::Local(local)) => Ok(local.clone()),
            _ => fail(&range, format!("the value of `{}(...)` has no scenario form here", quantifier.function)),
        }
    }
}

/// `name = True` (or False) as a statement.
fn assigned(flag: &str, value: bool, range: ruff_text_size::TextRange) -> Stmt {
    Stmt::Assign(ast::StmtAssign {
        node_index: Default::default(),
        range,
        targets: vec![name(flag, range, ast::ExprContext::Store)],
        value: Box::new(Expr::BooleanLiteral(ast::ExprBooleanLiteral { node_index: Default::default(), range, value })),
    })
}

/// `holder[key]` as an assignment's target.
fn store_at(holder: &str, key: Expr, range: ruff_text_size::TextRange) -> Expr {
    Expr::Subscript(ast::ExprSubscript {
        node_index: Default::default(),
        range,
        value: Box::new(name(holder, range, ast::ExprContext::Load)),
        slice: Box::new(key),
        ctx: ast::ExprContext::Store,
    })
}

/// Whether computing `expr` calls anything (a call may have effects; a name, an item, arithmetic and a
/// comparison of numbers or strings have none).
pub(super) fn has_call(expr: &Expr) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct Calls(bool);
    impl<'e> Visitor<'e> for Calls {
        fn visit_expr(&mut self, expr: &'e Expr) {
            match expr {
                Expr::Call(_) | Expr::Await(_) | Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Named(_) => self.0 = true,
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut calls = Calls(false);
    calls.visit_expr(expr);
    calls.0
}
