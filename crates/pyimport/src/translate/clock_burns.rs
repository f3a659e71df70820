//! `spin(0.005)  # weft: cpu 5ms` of a function that only spins on a clock:
//!
//! ```python
//! def spin(seconds):
//!     end = time.thread_time() + seconds
//!     while time.thread_time() < end:
//!         pass
//! ```
//!
//! The calibrated busy loop of timing programs: its only effect is the time it takes, which the cost on
//! the call's line states, and its value (if any) is dropped. So the call is that cost and nothing else,
//! as a call of a function annotated on its `def` line is (translate.rs, `run_function_body`). The
//! clock's readings never reach a value the program keeps, which is what weft could not compute.
//!
//! The shape is taken strictly, so that leaving the body out changes nothing but time: locals bound to
//! arithmetic of the parameters, numbers and clock readings; one or more `while` loops whose test is a
//! clock reading (less a local) below a bound, so that each loop ends as the clock moves on, and whose
//! body only counts in locals; a `return` at the end. Anything else keeps its steps (or its refusal).

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::Translator;
use crate::value::Value;

/// The clock a busy loop may spin on: the thread's own CPU time, so that the loop is CPU work of the
/// thread and nothing else. A loop on a wall clock (`perf_counter`, `monotonic`, `time`) or on the
/// process's CPU time ends at a moment, not after an amount of the thread's work: with other threads
/// holding the GIL it ends having done less (two such threads end together), which a `cpu` cost does
/// not say, so those keep their steps (or their refusal).
const CPU_CLOCKS: [&str; 2] = ["time.thread_time", "time.thread_time_ns"];

/// The clocks a busy loop ends on at a moment: the wall's and the process's CPU time.
const MOMENT_CLOCKS: [&str; 8] = [
    "time.perf_counter",
    "time.perf_counter_ns",
    "time.monotonic",
    "time.monotonic_ns",
    "time.time",
    "time.time_ns",
    "time.process_time",
    "time.process_time_ns",
];

impl Translator<'_> {
    /// Whether `def`'s body only spins on a clock (the module's comment): its steps may be left out
    /// where the call's line gives the call's cost and the call's value is dropped.
    pub(super) fn is_clock_burn(&self, def: &ast::StmtFunctionDef) -> bool {
        self.spins_on(def, &CPU_CLOCKS)
    }

    /// Whether `def`'s body has the same shape on a clock that ends the loop at a moment (a wall
    /// clock's deadline): refused where a cost on the call's line would take it as CPU work.
    pub(super) fn is_moment_burn(&self, def: &ast::StmtFunctionDef) -> bool {
        self.spins_on(def, &MOMENT_CLOCKS)
    }

    fn spins_on(&self, def: &ast::StmtFunctionDef, clocks: &[&str]) -> bool {
        if def.is_async || !def.decorator_list.is_empty() {
            return false;
        }
        let parameters = &def.parameters;
        if parameters.vararg.is_some() || parameters.kwarg.is_some() {
            return false;
        }
        let mut locals: BTreeSet<&str> = parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .chain(&parameters.kwonlyargs)
            .map(|parameter| parameter.parameter.name.as_str())
            .collect();
        let mut spins = false;
        let last = def.body.len().saturating_sub(1);
        for (index, stmt) in def.body.iter().enumerate() {
            let fine = match stmt {
                Stmt::Expr(docstring) if index == 0 => matches!(*docstring.value, Expr::StringLiteral(_)),
                Stmt::Return(ret) if index == last => {
                    ret.value.as_deref().is_none_or(|value| self.is_burn_arithmetic(value, &locals, clocks))
                }
                Stmt::While(looping) => {
                    let fine = looping.orelse.is_empty()
                        && self.is_clock_deadline(&looping.test, &locals, clocks)
                        && looping.body.iter().all(|inner| self.is_counting(inner, &mut locals.clone(), clocks));
                    spins |= fine;
                    fine
                }
                other => self.is_counting(other, &mut locals, clocks),
            };
            if !fine {
                return false;
            }
        }
        spins
    }

    /// `pass`, `...`, or a local bound to (or counted by) arithmetic of locals, numbers and clock
    /// readings; a name bound here joins `locals`.
    fn is_counting<'a>(&self, stmt: &'a Stmt, locals: &mut BTreeSet<&'a str>, clocks: &[&str]) -> bool {
        match stmt {
            Stmt::Pass(_) => true,
            Stmt::Expr(expression) => matches!(*expression.value, Expr::EllipsisLiteral(_)),
            Stmt::Assign(assign) => match assign.targets.as_slice() {
                [Expr::Name(target)] if self.is_burn_arithmetic(&assign.value, locals, clocks) => {
                    locals.insert(target.id.as_str());
                    true
                }
                _ => false,
            },
            Stmt::AugAssign(assign) => match &*assign.target {
                Expr::Name(target) => {
                    locals.contains(target.id.as_str())
                        && is_safe_operator(assign.op, &assign.value)
                        && self.is_burn_arithmetic(&assign.value, locals, clocks)
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// `clock() < bound` or `clock() - start <= bound` (or the same mirrored, `bound > clock()`), the
    /// bound free of clock readings: a test that turns false as the clock moves on.
    fn is_clock_deadline(&self, test: &Expr, locals: &BTreeSet<&str>, clocks: &[&str]) -> bool {
        let Expr::Compare(compare) = test else {
            return false;
        };
        let ([op], [right]) = (&*compare.ops, &*compare.comparators) else {
            return false;
        };
        let (reading, bound) = match op {
            ast::CmpOp::Lt | ast::CmpOp::LtE => (&*compare.left, right),
            ast::CmpOp::Gt | ast::CmpOp::GtE => (right, &*compare.left),
            _ => return false,
        };
        let reading_grows = match reading {
            Expr::Call(_) => self.is_clock_reading(reading, clocks),
            Expr::BinOp(difference) if difference.op == ast::Operator::Sub => {
                self.is_clock_reading(&difference.left, clocks)
                    && !self.reads_a_clock(&difference.right, clocks)
                    && self.is_burn_arithmetic(&difference.right, locals, clocks)
            }
            _ => false,
        };
        reading_grows && !self.reads_a_clock(bound, clocks) && self.is_burn_arithmetic(bound, locals, clocks)
    }

    /// Arithmetic that cannot raise and touches nothing shared: locals, numbers, clock readings, `+ -
    /// *` and division by a number other than 0.
    fn is_burn_arithmetic(&self, expr: &Expr, locals: &BTreeSet<&str>, clocks: &[&str]) -> bool {
        match expr {
            Expr::Name(name) => locals.contains(name.id.as_str()),
            Expr::NumberLiteral(_) => true,
            Expr::UnaryOp(unary) => {
                matches!(unary.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd)
                    && self.is_burn_arithmetic(&unary.operand, locals, clocks)
            }
            Expr::BinOp(binary) => {
                is_safe_operator(binary.op, &binary.right)
                    && self.is_burn_arithmetic(&binary.left, locals, clocks)
                    && self.is_burn_arithmetic(&binary.right, locals, clocks)
            }
            Expr::Call(_) => self.is_clock_reading(expr, clocks),
            _ => false,
        }
    }

    fn reads_a_clock(&self, expr: &Expr, clocks: &[&str]) -> bool {
        match expr {
            Expr::Call(_) => self.is_clock_reading(expr, clocks),
            Expr::UnaryOp(unary) => self.reads_a_clock(&unary.operand, clocks),
            Expr::BinOp(binary) => {
                self.reads_a_clock(&binary.left, clocks) || self.reads_a_clock(&binary.right, clocks)
            }
            _ => false,
        }
    }

    /// `time.thread_time()` (or `_ns`, as the module imported it), without arguments.
    fn is_clock_reading(&self, expr: &Expr, clocks: &[&str]) -> bool {
        let Expr::Call(call) = expr else {
            return false;
        };
        if !call.arguments.args.is_empty() || !call.arguments.keywords.is_empty() {
            return false;
        }
        let qualified = match &*call.func {
            Expr::Name(name) => match self.globals.get(name.id.as_str()) {
                Some(Value::Module(qualified)) => qualified.clone(),
                _ => return false,
            },
            Expr::Attribute(attribute) => match &*attribute.value {
                Expr::Name(module) => match self.globals.get(module.id.as_str()) {
                    Some(Value::Module(qualified)) => format!("{qualified}.{}", attribute.attr.as_str()),
                    _ => return false,
                },
                _ => return false,
            },
            _ => return false,
        };
        clocks.contains(&qualified.as_str())
    }
}

/// `+`, `-`, `*`, and `/`, `//`, `%` by a number literal other than 0: none of them raises on numbers.
fn is_safe_operator(op: ast::Operator, right: &Expr) -> bool {
    match op {
        ast::Operator::Add | ast::Operator::Sub | ast::Operator::Mult => true,
        ast::Operator::Div | ast::Operator::FloorDiv | ast::Operator::Mod => match right {
            Expr::NumberLiteral(number) => match &number.value {
                ast::Number::Int(value) => value.as_u64() != Some(0),
                ast::Number::Float(value) => *value != 0.0,
                ast::Number::Complex { .. } => false,
            },
            _ => false,
        },
        _ => false,
    }
}
