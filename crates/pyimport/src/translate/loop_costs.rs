//! `for i in range(n):  # weft: cpu 30ms` and `while x < n:  # weft: cpu 30ms`: a cost annotation on the
//! line of a loop is the cost of the **whole loop** (every iteration together), as one on a `def` line is
//! the cost of every call of the function (docs/python.md, "Cost annotations"). A cost of each iteration
//! is written on a line of the body instead, so both are expressible and neither is guessed.
//!
//! The whole loop's time can be placed only where nothing else can tell when inside the loop it was
//! spent: a loop of local computation, which reads no shared state, calls nothing but `range` and `abs`,
//! and neither blocks, raises nor annotates its own lines. Such a loop is the annotation's one step of
//! work, then the loop itself in one `atomic` step: its values are Python's, and its steps take no time
//! of their own (no `step_cost`), since the annotation is the time of it all. Any other loop with a cost
//! on its line is refused, saying where to put the cost instead.

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{Error, Frame, Result, Translator, cost_step, fail};
use crate::out::{Node, Step};
use crate::source::Cost;
use crate::value::Value;

/// The builtins a loop of local computation may call: neither reads an object another thread can
/// change.
const LOCAL_BUILTINS: [&str; 2] = ["range", "abs"];

impl Translator<'_> {
    /// A `for` or `while` whose header line carries `cost`: the cost, then the loop in one `atomic`.
    pub(super) fn annotated_loop(
        &mut self,
        frame: &mut Frame,
        stmt: &Stmt,
        cost: &Cost,
        cost_line: u32,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<()> {
        self.check_local_loop(frame, stmt, cost_line)?;
        out.push(cost_step(cost, cost_line));
        if self.loop_is_unseen(frame, stmt) {
            return Ok(());
        }
        let mut looped = Vec::new();
        frame.cost_given = true;
        let translated = self.statement_body(frame, stmt, &mut looped, next_line);
        frame.cost_given = false;
        translated?;
        out.push(Step::new("atomic", Node::Steps(looped), self.line(stmt)));
        Ok(())
    }

    /// Refuses a loop whose whole cost cannot be placed exactly (the module's comment).
    fn check_local_loop(&self, frame: &Frame, stmt: &Stmt, cost_line: u32) -> Result<()> {
        let last_line = self.source.line_of(stmt.end());
        if let Some((line, _)) = self.source.annotations_on_lines(cost_line + 1, last_line).next() {
            let annotation = &self.source.annotations[line];
            let offset = self.line_offset(*line) + annotation.column as usize - 1;
            return Err(Error {
                grown_dict: None,
                object_keys: None,
                list_rows: None,
                offset,
                message: "this loop's line already gives the cost of the whole loop; a `# weft:` cost inside it would count twice".into(),
                help: Some("keep one of them: on the loop's line, the whole loop's cost; inside it, each iteration's".into()),
            });
        }
        let mut scan = LocalLoopScan::default();
        scan.visit_stmt(stmt);
        match self.first_nonlocal_part(frame, scan) {
            Some((range, NonlocalPart::Statement)) => fail(&range, LOCAL_LOOP_HELP),
            Some((range, NonlocalPart::SharedWrite(name))) => {
                fail(&range, format!("this loop writes `{name}`, which other threads share; {LOCAL_LOOP_HELP_TAIL}"))
            }
            Some((range, NonlocalPart::SharedRead(name))) => fail(
                &range,
                format!(
                    "`{name}` is not a number or string of this function's own, and a `# weft:` cost on a loop's line is the cost of the whole loop, {LOCAL_LOOP_HELP_TAIL}"
                ),
            ),
            None => Ok(()),
        }
    }

    /// Whether `body`, a function's, is local computation only (the module's comment), its `return`s
    /// included: what a `# weft:` cost on the line that calls it can stand for whole (call_costs.rs).
    pub(super) fn is_local_computation(&self, frame: &Frame, body: &[Stmt]) -> bool {
        let mut scan = LocalLoopScan { returns_allowed: true, ..LocalLoopScan::default() };
        for stmt in body {
            scan.visit_stmt(stmt);
        }
        self.first_nonlocal_part(frame, scan).is_none()
    }

    /// The first part a scan found that is not local computation: a statement or call of another kind,
    /// a write of a name other threads share, or a read of one.
    fn first_nonlocal_part(&self, frame: &Frame, scan: LocalLoopScan) -> Option<(TextRange, NonlocalPart)> {
        if let Some(range) = scan.refused {
            return Some((range, NonlocalPart::Statement));
        }
        for (name, range) in &scan.assigned_at {
            if frame.globals_declared.contains(name) || (frame.module_level && !self.is_plain_value(frame, name)) {
                return Some((*range, NonlocalPart::SharedWrite(name.clone())));
            }
        }
        for (name, range) in &scan.loaded {
            if scan.assigned_at.iter().any(|(assigned, _)| assigned == name) || LOCAL_BUILTINS.contains(&name.as_str())
            {
                continue;
            }
            if !self.is_plain_value(frame, name) {
                return Some((*range, NonlocalPart::SharedRead(name.clone())));
            }
        }
        None
    }

    /// A loop nothing after it can tell ran: a `for` over a `range` of integers known at import time
    /// (it ends), of arithmetic that raises on no number (no division but by a literal other than 0),
    /// whose names nobody reads after it. Its steps are left
    /// out (the annotation is its time), as a function annotated on its `def` line is when its value is
    /// not used; any other loop runs, for its values, its fault or its hang.
    fn loop_is_unseen(&self, frame: &Frame, stmt: &Stmt) -> bool {
        self.loop_is_unseen_over(frame, stmt, BTreeSet::new())
    }

    /// `loop_is_unseen`, where the names of `integers` are bound to integers before the loop.
    pub(super) fn loop_is_unseen_over(&self, frame: &Frame, stmt: &Stmt, mut integers: BTreeSet<String>) -> bool {
        let Stmt::For(looping) = stmt else { return false };
        let Expr::Name(target) = &*looping.target else { return false };
        if !looping.orelse.is_empty() || !self.is_range_of_known_integers(frame, &looping.iter) {
            return false;
        }
        integers.insert(target.id.to_string());
        if !self.body_of_integers(frame, &looping.body, &mut integers) {
            return false;
        }
        let mut bound = LocalLoopScan::default();
        bound.visit_stmt(stmt);
        let bound: BTreeSet<String> = bound.assigned_at.into_iter().map(|(name, _)| name).collect();
        !self.read_outside(frame, stmt, &bound)
    }

    fn is_range_of_known_integers(&self, frame: &Frame, iter: &Expr) -> bool {
        let Expr::Call(call) = iter else { return false };
        let Expr::Name(callee) = &*call.func else { return false };
        callee.id.as_str() == "range"
            && call.arguments.keywords.is_empty()
            && (1..=3).contains(&call.arguments.args.len())
            && call.arguments.args.iter().all(|argument| self.is_known_integer(frame, argument))
    }

    /// An integer literal, or a name holding an integer known at import time.
    fn is_known_integer(&self, frame: &Frame, expr: &Expr) -> bool {
        match expr {
            Expr::NumberLiteral(number) => matches!(number.value, ast::Number::Int(_)),
            Expr::UnaryOp(unary) if unary.op == ast::UnaryOp::USub => self.is_known_integer(frame, &unary.operand),
            Expr::Name(name) => {
                let value = frame.known.get(name.id.as_str()).or_else(|| match frame.locals.get(name.id.as_str()) {
                    Some(local) => Some(local),
                    None => self.globals.get(name.id.as_str()),
                });
                matches!(value, Some(Value::Int(_)))
            }
            _ => false,
        }
    }

    /// Statements that bind names to integers only and cannot raise; `integers` holds the names known
    /// to be bound to integers before each statement (an `if`'s bindings count after it only when both
    /// branches make them).
    pub(super) fn body_of_integers(&self, frame: &Frame, body: &[Stmt], integers: &mut BTreeSet<String>) -> bool {
        for stmt in body {
            let fine = match stmt {
                Stmt::Assign(assign) => match assign.targets.as_slice() {
                    [Expr::Name(name)] if self.is_integer_expression(frame, &assign.value, integers) => {
                        integers.insert(name.id.to_string());
                        true
                    }
                    _ => false,
                },
                Stmt::AugAssign(assign) => match &*assign.target {
                    Expr::Name(name) => {
                        let as_expression = ast::ExprBinOp {
                            range: assign.range,
                            node_index: Default::default(),
                            left: assign.target.clone(),
                            op: assign.op,
                            right: assign.value.clone(),
                        };
                        integers.contains(name.id.as_str())
                            && self.is_integer_expression(frame, &Expr::BinOp(as_expression), integers)
                    }
                    _ => false,
                },
                Stmt::If(branch) => {
                    let tests_fine = self.is_integer_expression(frame, &branch.test, integers)
                        && branch.elif_else_clauses.iter().all(|clause| {
                            clause.test.as_ref().is_none_or(|test| self.is_integer_expression(frame, test, integers))
                        });
                    let mut then_bound = integers.clone();
                    let mut fine = tests_fine && self.body_of_integers(frame, &branch.body, &mut then_bound);
                    for clause in &branch.elif_else_clauses {
                        let mut clause_bound = integers.clone();
                        fine = fine && self.body_of_integers(frame, &clause.body, &mut clause_bound);
                    }
                    fine
                }
                Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => true,
                _ => false,
            };
            if !fine {
                return false;
            }
        }
        true
    }

    /// An expression of integers that cannot raise: `+`, `-`, `*`, `^`, `|`, `&`, comparisons,
    /// `and`/`or`/`not`, `%` and `//` by a literal other than 0, `<<` and `>>` by a literal, `abs`.
    fn is_integer_expression(&self, frame: &Frame, expr: &Expr, integers: &BTreeSet<String>) -> bool {
        match expr {
            // A local of the task bound before the loop is taken as the number the annotated work
            // computes with, as a function annotated on its `def` line is (its body is not looked into).
            Expr::Name(name) => {
                let value = frame.locals.get(name.id.as_str()).or_else(|| self.globals.get(name.id.as_str()));
                integers.contains(name.id.as_str())
                    || self.is_known_integer(frame, expr)
                    || matches!(value, Some(Value::Int(_) | Value::Float(_) | Value::Local(_)))
            }
            Expr::NumberLiteral(number) => matches!(number.value, ast::Number::Int(_)),
            Expr::BinOp(binary) => {
                let operands_fine = self.is_integer_expression(frame, &binary.left, integers)
                    && self.is_integer_expression(frame, &binary.right, integers);
                operands_fine
                    && match binary.op {
                        ast::Operator::Add
                        | ast::Operator::Sub
                        | ast::Operator::Mult
                        | ast::Operator::BitXor
                        | ast::Operator::BitOr
                        | ast::Operator::BitAnd => true,
                        // A shift raises only by a negative count.
                        ast::Operator::LShift | ast::Operator::RShift => is_nonnegative_literal(&binary.right),
                        ast::Operator::Mod | ast::Operator::FloorDiv => is_nonzero_literal(&binary.right),
                        _ => false,
                    }
            }
            Expr::UnaryOp(unary) => {
                !matches!(unary.op, ast::UnaryOp::Not) && self.is_integer_expression(frame, &unary.operand, integers)
            }
            Expr::Compare(compare) => {
                compare.ops.iter().all(|op| {
                    matches!(
                        op,
                        ast::CmpOp::Eq
                            | ast::CmpOp::NotEq
                            | ast::CmpOp::Lt
                            | ast::CmpOp::LtE
                            | ast::CmpOp::Gt
                            | ast::CmpOp::GtE
                    )
                }) && self.is_integer_expression(frame, &compare.left, integers)
                    && compare.comparators.iter().all(|item| self.is_integer_expression(frame, item, integers))
            }
            Expr::Call(call) => match (&*call.func, call.arguments.args.as_ref()) {
                (Expr::Name(callee), [argument])
                    if callee.id.as_str() == "abs" && call.arguments.keywords.is_empty() =>
                {
                    self.is_integer_expression(frame, argument, integers)
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether a name of `bound` is read anywhere in the enclosing function outside `looping` (a
    /// trailing `return` whose value the caller drops does not count), or the loop is the module's.
    fn read_outside(&self, frame: &Frame, looping: &Stmt, bound: &BTreeSet<String>) -> bool {
        let Some(def) = self.call_stack.last().and_then(|function| self.functions.get(function)) else {
            return true;
        };
        if frame.module_level {
            return true;
        }
        let body = match def.body.split_last() {
            Some((Stmt::Return(_), rest)) if frame.result_dropped => rest,
            _ => &def.body[..],
        };
        let mut reads = LocalLoopScan::default();
        for stmt in body {
            reads.visit_stmt_anywhere(stmt);
        }
        reads.loaded.iter().any(|(name, range)| bound.contains(name) && !looping.range().contains_range(*range))
    }

    /// A name whose value no other thread can change: a local of the task, a number, a string, None.
    fn is_plain_value(&self, frame: &Frame, name: &str) -> bool {
        let value = frame.locals.get(name).or_else(|| self.globals.get(name));
        matches!(value, Some(Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::None | Value::Local(_)))
    }
}

const LOCAL_LOOP_HELP: &str = "this loop does more than local computation (names, numbers, arithmetic, `if`, `break`, `continue`, `range` and `abs`), and a `# weft:` cost on a `for` or `while` line is the cost of the whole loop, which weft takes only for such a loop: annotate the lines of its body instead (each iteration's cost), or move the loop into a function with the cost on its `def` line";

const LOCAL_LOOP_HELP_TAIL: &str = "a `# weft:` cost on a `for` or `while` line is the cost of the whole loop, which weft takes only for a loop of local computation: annotate the lines of its body instead (each iteration's cost)";

/// What makes a part of a loop or function more than local computation.
enum NonlocalPart {
    Statement,
    SharedWrite(String),
    SharedRead(String),
}

/// The names a loop reads and binds, and the first part of it that is not local computation.
#[derive(Default)]
struct LocalLoopScan {
    loaded: Vec<(String, TextRange)>,
    assigned_at: Vec<(String, TextRange)>,
    refused: Option<TextRange>,
    /// A function's body, whose `return` gives its value (a loop's `return` leaves more than the loop).
    returns_allowed: bool,
}

impl LocalLoopScan {
    fn refuse(&mut self, range: TextRange) {
        self.refused.get_or_insert(range);
    }
}

impl LocalLoopScan {
    /// Every name read in `stmt`, whatever the statement (no refusal).
    fn visit_stmt_anywhere(&mut self, stmt: &Stmt) {
        struct Reads<'s>(&'s mut LocalLoopScan);
        impl<'a> Visitor<'a> for Reads<'_> {
            fn visit_expr(&mut self, expr: &'a Expr) {
                if let Expr::Name(name) = expr
                    && name.ctx.is_load()
                {
                    self.0.loaded.push((name.id.to_string(), name.range));
                }
                walk_expr(self, expr);
            }
        }
        Reads(self).visit_stmt(stmt);
    }
}

fn is_nonnegative_literal(expr: &Expr) -> bool {
    matches!(expr, Expr::NumberLiteral(number) if matches!(number.value, ast::Number::Int(_)))
}

fn is_nonzero_literal(expr: &Expr) -> bool {
    matches!(expr, Expr::NumberLiteral(number) if matches!(&number.value, ast::Number::Int(value) if value.as_u64() != Some(0)))
}

impl<'a> Visitor<'a> for LocalLoopScan {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::For(looping) if looping.is_async => self.refuse(stmt.range()),
            Stmt::For(_)
            | Stmt::While(_)
            | Stmt::If(_)
            | Stmt::Assign(_)
            | Stmt::AugAssign(_)
            | Stmt::AnnAssign(_)
            | Stmt::Break(_)
            | Stmt::Continue(_)
            | Stmt::Pass(_) => walk_stmt(self, stmt),
            Stmt::Return(_) if self.returns_allowed => walk_stmt(self, stmt),
            _ => self.refuse(stmt.range()),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(name) => {
                if name.ctx.is_load() {
                    self.loaded.push((name.id.to_string(), name.range));
                } else {
                    self.assigned_at.push((name.id.to_string(), name.range));
                }
            }
            Expr::Call(call) => match &*call.func {
                Expr::Name(callee)
                    if LOCAL_BUILTINS.contains(&callee.id.as_str()) && call.arguments.keywords.is_empty() =>
                {
                    walk_expr(self, expr)
                }
                _ => self.refuse(expr.range()),
            },
            Expr::Subscript(_)
            | Expr::Attribute(_)
            | Expr::Await(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_)
            | Expr::Lambda(_)
            | Expr::Named(_)
            | Expr::Starred(_)
            | Expr::ListComp(_)
            | Expr::SetComp(_)
            | Expr::DictComp(_)
            | Expr::Generator(_)
            | Expr::List(_)
            | Expr::Dict(_)
            | Expr::Set(_) => self.refuse(expr.range()),
            _ => walk_expr(self, expr),
        }
    }
}
