//! A `for` over the `done` set of `wait(fs)` (`ALL_COMPLETED`: asyncio's or concurrent.futures').
//! CPython walks that set in its hash table's order, which for tasks and futures is their addresses:
//! any order, fixed by nothing the program says (session21-s21asyncio/wait_all_done_order_by_duration.py:
//! CPython `[3, 1, 2]` in 10 of 10 runs). weft takes the futures in the order they finished
//! (completion.rs), one order of the many. Exploring every order would cost k! schedules for k futures,
//! so the loop is taken only where its body gives the same state in every order, and refused otherwise:
//!
//! - `total += E` or `total -= E` into a name only this code writes (a local of the function, or a
//!   global no function writes), that starts as an integer or adds an integer literal: integer sums
//!   commute;
//! - `best = max(best, E)` or `min`, `s.add(E)` (a set: only its members are compared);
//! - `if C:` / `else:` of such statements, `await t`, `t.result()`, `pass` and `print(...)` (weft keeps
//!   no printed text);
//!
//! where each expression reads only the loop's future (`t.result()`, `await t`, `t.exception()`,
//! `t.done()`, `t.cancelled()`), names the body does not write, literals, `+ - *`, comparisons, `not`,
//! `and`/`or` and `x if c else y`. When a future's result may raise (a task of the program may raise or
//! be cancelled), the loop stops at the first failed future in the set's order, so what it added before
//! is order-dependent: `result()` and `await` are then not order-free, nor `exception()` when something
//! cancels. `results.append(t.result())`, `d[k] = v`, `x = t.result()` and anything else is refused.

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Operator, Stmt};

use super::{Frame, Result, Translator, fail};

const DONE_ORDER_REFUSAL: &str = "a loop over the `done` set of `wait(...)` whose body depends on the order is not supported: CPython walks the set in its hash table's order (for tasks and futures, their addresses: any order), where weft would take the order they finished; sum into a local (`total += t.result()`), or loop over the futures in their own list (`for t in tasks:`), or use `as_completed` for the order they finish";

const MIXED_RESULTS_REFUSAL: &str = "a sum or comparison of the results over the `done` set of `asyncio.wait(...)` is order-free only when every result is an integer, and a coroutine of this file may give something else (None where it ends without `return`, a string): CPython raises TypeError at the first such task in the set's order (their addresses: any order), where weft would take the order they finished; end each coroutine with `return` of an integer, or loop over the tasks in their own list (`for t in tasks:`)";

/// What the loop's body may do to the future: whether `result()`/`await` and `exception()` may raise.
pub(super) struct Reads<'v> {
    pub(super) variable: &'v str,
    /// Locals the body binds afresh on each pass before reading them, to a value of this pass alone
    /// (`value = t.result()`, or the hoisting's `result_result`), read nowhere after the loop.
    pub(super) per_item: BTreeSet<String>,
    /// Names no other task writes while the loop runs, and the body does not write.
    pub(super) stable: &'v dyn Fn(&str) -> bool,
    pub(super) result_may_raise: bool,
    pub(super) exception_may_raise: bool,
    /// Whether the futures' results may be of mixed types (result_types.rs): arithmetic or an ordering
    /// on a result may then raise TypeError at the first odd one in the set's order.
    pub(super) result_may_mix: bool,
    /// The loop's body (future_keyed_stores.rs: what else names a dict it stores into).
    pub(super) body: &'v [Stmt],
    /// The dicts of futures whose item of the loop's future (`futures[f]`) is a pure read.
    pub(super) item_lookups: Vec<String>,
}

impl Translator<'_> {
    /// Refuses `for variable in done:` over `wait(fs)`'s `done` unless its body is order-free (module
    /// comment).
    pub(super) fn check_done_loop_order(&self, frame: &Frame, looping: &ast::StmtFor, variable: &str) -> Result<()> {
        match self.done_loop_refusal(frame, looping, variable) {
            None => Ok(()),
            Some(refusal) => fail(&looping.range, refusal),
        }
    }

    /// Whether `for variable in ...: body` gives the same state whatever order it takes the futures in
    /// (module comment); `asyncio.as_completed` over tasks already done asks it too (as_completed_orders.rs).
    pub(super) fn loop_body_is_order_free(&self, frame: &Frame, looping: &ast::StmtFor, variable: &str) -> bool {
        self.done_loop_refusal(frame, looping, variable).is_none()
    }

    /// Why the loop's body is not order-free, or `None` when it is.
    fn done_loop_refusal(&self, frame: &Frame, looping: &ast::StmtFor, variable: &str) -> Option<&'static str> {
        let cancels = !self.futures.cancelled.is_empty();
        let others_raise =
            self.raise_sites.iter().any(|&(task, _)| task != frame.task) || self.other_task_may_fault(frame.task);
        let written = accumulated_names(&looping.body);
        let stable = |name: &str| !written.contains(name) && !self.written_by_a_function(name);
        let mut reads = Reads {
            variable,
            per_item: BTreeSet::new(),
            stable: &stable,
            result_may_raise: others_raise || cancels,
            exception_may_raise: cancels,
            result_may_mix: frame.coroutine && self.coroutines_may_give_mixed_results(),
            body: &looping.body,
            item_lookups: self.future_dicts_looked_up(frame, &looping.body, variable),
        };
        if self.done_loop_order_free(frame, looping, &mut reads) {
            return None;
        }
        if reads.result_may_mix {
            reads.result_may_mix = false;
            reads.per_item.clear();
            if self.done_loop_order_free(frame, looping, &mut reads) {
                return Some(MIXED_RESULTS_REFUSAL);
            }
        }
        Some(DONE_ORDER_REFUSAL)
    }

    fn done_loop_order_free(&self, frame: &Frame, looping: &ast::StmtFor, reads: &mut Reads) -> bool {
        let mut order_free = looping.orelse.is_empty();
        for stmt in &looping.body {
            if let Some(name) = self.per_item_binding(frame, looping, stmt, reads) {
                reads.per_item.insert(name);
            } else {
                order_free &= self.order_free_statement(frame, stmt, reads);
            }
        }
        order_free
    }

    pub(super) fn order_free_statement(&self, frame: &Frame, stmt: &Stmt, reads: &Reads) -> bool {
        let pure = |expr: &Expr| pure_read(expr, reads);
        match stmt {
            Stmt::Pass(_) => true,
            Stmt::Expr(_) if set_add(stmt).is_some() => {
                set_add(stmt).is_some_and(|(set, added)| self.set_bound_names.contains(set) && pure(added))
            }
            Stmt::Expr(statement) => match &*statement.value {
                Expr::Call(call) if matches!(&*call.func, Expr::Name(name) if name.id.as_str() == "print") => {
                    call.arguments.args.iter().all(&pure)
                        && call.arguments.keywords.iter().all(|keyword| pure(&keyword.value))
                }
                value => pure(value),
            },
            Stmt::If(branch) => {
                pure(&branch.test)
                    && branch.body.iter().all(|inner| self.order_free_statement(frame, inner, reads))
                    && branch.elif_else_clauses.iter().all(|clause| {
                        clause.test.as_ref().is_none_or(&pure)
                            && clause.body.iter().all(|inner| self.order_free_statement(frame, inner, reads))
                    })
            }
            Stmt::AugAssign(accumulation) => {
                let Expr::Name(target) = &*accumulation.target else { return false };
                let adds_a_literal = is_integer_literal(&accumulation.value);
                matches!(accumulation.op, Operator::Add | Operator::Sub)
                    && pure(&accumulation.value)
                    && !computes_with_a_result(&accumulation.value, reads)
                    && self.written_here_only(frame, target.id.as_str())
                    && (adds_a_literal || self.starts_as_integer(frame, target.id.as_str()))
            }
            Stmt::Assign(_) if self.keyed_store_is_order_free(frame, stmt, reads) => true,
            Stmt::Assign(assign) => {
                let [Expr::Name(target)] = &assign.targets[..] else { return false };
                let Expr::Call(call) = &*assign.value else { return false };
                let extreme = matches!(&*call.func, Expr::Name(name) if matches!(name.id.as_str(), "max" | "min"));
                let [first, second] = &call.arguments.args[..] else { return false };
                let is_target = |expr: &Expr| matches!(expr, Expr::Name(name) if name.id == target.id);
                let other = if is_target(first) { second } else { first };
                extreme
                    && call.arguments.keywords.is_empty()
                    && (is_target(first) || is_target(second))
                    && pure(other)
                    && !computes_with_a_result(other, reads)
                    && self.written_here_only(frame, target.id.as_str())
            }
            _ => false,
        }
    }

    /// `value = E` at the top of the loop's body: a local bound once in the body to a pure value of this
    /// pass, that the code around the loop never reads (so its last pass's value is never seen).
    fn per_item_binding(&self, frame: &Frame, looping: &ast::StmtFor, stmt: &Stmt, reads: &Reads) -> Option<String> {
        let Stmt::Assign(assign) = stmt else { return None };
        let [Expr::Name(target)] = &assign.targets[..] else { return None };
        let name = target.id.as_str();
        let mut bindings = Vec::new();
        collect_bindings(&looping.body, name, &mut bindings);
        let read_in_loop = name_loads(&looping.body, name);
        let read_around = name_loads(self.enclosing_body(frame)?, name);
        (bindings.len() == 1
            && read_in_loop == read_around
            && (!frame.module_level || self.import_made(name))
            && !frame.globals_declared.contains(name)
            && self.written_here_only(frame, name)
            && pure_read(&assign.value, reads))
        .then(|| name.to_string())
    }

    /// Whether `name` is the import's own (a hoisted call's `f_result`), not in the program's text: at
    /// module level a name the program binds is a global, whose last pass's value its final state shows.
    pub(super) fn import_made(&self, name: &str) -> bool {
        !self.source.text.contains(name)
    }

    /// The body of the function the loop is in (the module's, at module level).
    pub(super) fn enclosing_body(&self, frame: &Frame) -> Option<&[Stmt]> {
        if frame.module_level {
            return Some(self.module_body);
        }
        self.call_stack.last().and_then(|function| self.functions.get(function)).map(|def| &def.body[..])
    }

    /// Whether `name` is written by this code alone: a local of the function the loop is in, or a
    /// global that no function of the file writes (the module's own code).
    pub(super) fn written_here_only(&self, frame: &Frame, name: &str) -> bool {
        if frame.module_level {
            return !self.written_by_a_function(name);
        }
        if frame.globals_declared.contains(name) {
            // A global this function declares: no other function may write it.
            let current = self.call_stack.last().map(String::as_str);
            return !self
                .functions
                .iter()
                .any(|(function, def)| Some(function.as_str()) != current && writes_global(&def.body, name));
        }
        frame.function_locals.contains(name)
    }

    /// Whether a function of the file declares `name` global (or nonlocal) and assigns it.
    pub(super) fn written_by_a_function(&self, name: &str) -> bool {
        self.functions.values().any(|def| writes_global(&def.body, name))
    }

    /// Whether every assignment of `name` in the code around the loop (the function's body, or the
    /// module's) binds an integer literal: a sum of integers into it commutes.
    pub(super) fn starts_as_integer(&self, frame: &Frame, name: &str) -> bool {
        let body = if frame.globals_declared.contains(name) {
            self.module_body
        } else {
            let Some(body) = self.enclosing_body(frame) else { return false };
            body
        };
        let mut bindings = Vec::new();
        collect_bindings(body, name, &mut bindings);
        !bindings.is_empty() && bindings.into_iter().all(|value| value.is_some_and(is_integer_literal))
    }
}

/// Whether a function's `body` declares `name` global (or nonlocal) and assigns it.
pub(super) fn writes_global(body: &[Stmt], name: &str) -> bool {
    let mut assigned = BTreeSet::new();
    let mut declared = BTreeSet::new();
    super::collect_assigned(body, &mut assigned, &mut declared);
    assigned.contains(name) && declared.contains(name)
}

/// The names the body accumulates into or assigns.
pub(super) fn accumulated_names(body: &[Stmt]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut declared = BTreeSet::new();
    super::collect_assigned(body, &mut names, &mut declared);
    names
}

/// `s.add(E)`'s `s` and `E`.
pub(super) fn set_add(stmt: &Stmt) -> Option<(&str, &Expr)> {
    let Stmt::Expr(statement) = stmt else { return None };
    let Expr::Call(call) = &*statement.value else { return None };
    let Expr::Attribute(method) = &*call.func else { return None };
    let [added] = &call.arguments.args[..] else { return None };
    let Expr::Name(set) = &*method.value else { return None };
    (method.attr.as_str() == "add" && call.arguments.keywords.is_empty()).then_some((set.id.as_str(), added))
}

/// An expression with no effect and no exception of its own whose value does not depend on the order
/// of the loop (module comment).
pub(super) fn pure_read(expr: &Expr, reads: &Reads) -> bool {
    let pure = |inner: &Expr| pure_read(inner, reads);
    let is_variable = |inner: &Expr| matches!(inner, Expr::Name(name) if name.id.as_str() == reads.variable);
    match expr {
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) => true,
        Expr::Name(name) => {
            let name = name.id.as_str();
            name == reads.variable || reads.per_item.contains(name) || (reads.stable)(name)
        }
        Expr::Await(awaited) => is_variable(&awaited.value) && !reads.result_may_raise,
        Expr::Call(call) => {
            let Expr::Attribute(method) = &*call.func else { return false };
            let may_raise = match method.attr.as_str() {
                "result" => reads.result_may_raise,
                "exception" => reads.exception_may_raise,
                "done" | "cancelled" => false,
                _ => return false,
            };
            is_variable(&method.value) && call.arguments.is_empty() && !may_raise
        }
        Expr::BinOp(operation) => {
            matches!(operation.op, Operator::Add | Operator::Sub | Operator::Mult)
                && pure(&operation.left)
                && pure(&operation.right)
                && !computes_with_a_result(expr, reads)
        }
        Expr::UnaryOp(operation) => pure(&operation.operand),
        // `futures[f]`: the future's item in a dict of futures (future_keyed_stores.rs).
        Expr::Subscript(lookup) => matches!((&*lookup.value, &*lookup.slice), (Expr::Name(dict), Expr::Name(future))
            if future.id.as_str() == reads.variable && reads.item_lookups.iter().any(|known| known == dict.id.as_str())),
        Expr::Tuple(tuple) => tuple.elts.iter().all(pure),
        Expr::BoolOp(operation) => operation.values.iter().all(pure),
        Expr::Compare(comparison) => {
            let orders = comparison
                .ops
                .iter()
                .any(|op| matches!(op, ast::CmpOp::Lt | ast::CmpOp::LtE | ast::CmpOp::Gt | ast::CmpOp::GtE));
            pure(&comparison.left)
                && comparison.comparators.iter().all(pure)
                && !(orders && computes_with_a_result(expr, reads))
        }
        Expr::If(choice) => pure(&choice.test) && pure(&choice.body) && pure(&choice.orelse),
        Expr::FString(text) => text.value.elements().all(|element| match element {
            ast::InterpolatedStringElement::Literal(_) => true,
            ast::InterpolatedStringElement::Interpolation(part) => part.format_spec.is_none() && pure(&part.expression),
        }),
        _ => false,
    }
}

/// Whether `expr` computes with a future's result (`t.result()`, `await t`, a local bound to one) where
/// the results may be of mixed types: `1 + None` and `None < 1` raise TypeError, at the first such
/// result in the set's order.
fn computes_with_a_result(expr: &Expr, reads: &Reads) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct Finder<'r, 'v> {
        reads: &'r Reads<'v>,
        found: bool,
    }
    impl<'a> Visitor<'a> for Finder<'_, '_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            let is_variable =
                |inner: &Expr| matches!(inner, Expr::Name(name) if name.id.as_str() == self.reads.variable);
            self.found |= match expr {
                Expr::Await(awaited) => is_variable(&awaited.value),
                Expr::Call(call) => matches!(&*call.func, Expr::Attribute(method)
                    if method.attr.as_str() == "result" && is_variable(&method.value)),
                Expr::Name(name) => self.reads.per_item.contains(name.id.as_str()),
                _ => false,
            };
            walk_expr(self, expr);
        }
    }
    if !reads.result_may_mix {
        return false;
    }
    let mut finder = Finder { reads, found: false };
    finder.visit_expr(expr);
    finder.found
}

/// The value of each binding of `name` in `body` (not in functions or classes it defines): `None` for
/// a binding with no single value (a `for` target, an unpacking, `with ... as`).
pub(super) fn collect_bindings<'b>(body: &'b [Stmt], name: &str, bindings: &mut Vec<Option<&'b Expr>>) {
    let is_name = |target: &Expr| matches!(target, Expr::Name(target) if target.id.as_str() == name);
    let mentions = |target: &Expr| target_names(target).contains(name);
    for stmt in body {
        match stmt {
            Stmt::Assign(assign) => {
                for target in &assign.targets {
                    if is_name(target) {
                        bindings.push(Some(&assign.value));
                    } else if mentions(target) {
                        bindings.push(None);
                    }
                }
            }
            Stmt::AnnAssign(assign) if is_name(&assign.target) => bindings.push(assign.value.as_deref()),
            Stmt::For(looping) => {
                if target_names(&looping.target).contains(name) {
                    bindings.push(None);
                }
                collect_bindings(&looping.body, name, bindings);
                collect_bindings(&looping.orelse, name, bindings);
            }
            Stmt::While(looping) => {
                collect_bindings(&looping.body, name, bindings);
                collect_bindings(&looping.orelse, name, bindings);
            }
            Stmt::If(branch) => {
                collect_bindings(&branch.body, name, bindings);
                for clause in &branch.elif_else_clauses {
                    collect_bindings(&clause.body, name, bindings);
                }
            }
            Stmt::With(with) => {
                let bound = with.items.iter().filter_map(|item| item.optional_vars.as_deref());
                if bound.into_iter().any(|target| target_names(target).contains(name)) {
                    bindings.push(None);
                }
                collect_bindings(&with.body, name, bindings);
            }
            Stmt::Try(attempt) => {
                collect_bindings(&attempt.body, name, bindings);
                for handler in &attempt.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    if handler.name.as_ref().is_some_and(|bound| bound.as_str() == name) {
                        bindings.push(None);
                    }
                    collect_bindings(&handler.body, name, bindings);
                }
                collect_bindings(&attempt.orelse, name, bindings);
                collect_bindings(&attempt.finalbody, name, bindings);
            }
            _ => {}
        }
    }
}

/// How many times `body` reads `name`.
pub(super) fn name_loads(body: &[Stmt], name: &str) -> usize {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct Loads<'n>(&'n str, usize);
    impl<'a> Visitor<'a> for Loads<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(read) = expr
                && read.ctx.is_load()
                && read.id.as_str() == self.0
            {
                self.1 += 1;
            }
            walk_expr(self, expr);
        }
    }
    let mut loads = Loads(name, 0);
    loads.visit_body(body);
    loads.1
}

/// The names a target binds (`a`, `(a, b)`, `[a, *b]`).
pub(super) fn target_names(target: &Expr) -> BTreeSet<&str> {
    match target {
        Expr::Name(name) => BTreeSet::from([name.id.as_str()]),
        Expr::Tuple(items) => items.elts.iter().flat_map(target_names).collect(),
        Expr::List(items) => items.elts.iter().flat_map(target_names).collect(),
        Expr::Starred(starred) => target_names(&starred.value),
        _ => BTreeSet::new(),
    }
}

fn is_integer_literal(value: &Expr) -> bool {
    match value {
        Expr::NumberLiteral(number) => matches!(number.value, ast::Number::Int(_)),
        Expr::UnaryOp(operation) => {
            matches!(operation.op, ast::UnaryOp::USub) && is_integer_literal(&operation.operand)
        }
        _ => false,
    }
}
