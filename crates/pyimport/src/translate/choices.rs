//! Python's `random` (docs/python.md, "Values chosen at random"): a value the program draws is a decision
//! of the policy, as the scenario's `let: "x = choose(1, 6)"` is (docs/format.md). Before a statement,
//! every call of `random` in it becomes a step that chooses the value into a local of its own, in the
//! order Python evaluates them; the call then reads that local (`expr.rs`, `random_draw`).
//!
//! - `random.randint(a, b)` is `choose(a, b)`; `random.randrange(stop)`, `(start, stop)` and
//!   `(start, stop, step)` choose among the range's values; `random.choice(seq)` among the items of a
//!   list, tuple, string or range known at import time, or, for a shared list, an index into it (the
//!   element is read when the program runs).
//! - A float drawn for a sleep (`time.sleep(random.uniform(a, b))`, `random.random() * k`, with the
//!   random float once in an affine duration, in `asyncio.sleep` too) cannot be enumerated: it is
//!   `sample(LO, HI)` in nanoseconds, the range's ends and middle, which `explore` names in its claim.
//! - Anything else of `random` (a float used as a number, `random.shuffle` of a shared list,
//!   `random.sample`, `random.Random()`) stays refused; `random.seed(...)` is a call that changes nothing
//!   weft models (every value is a branch of `explore`, whatever the seed) and is taken as any call is.

use std::collections::BTreeMap;

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Operator, Stmt};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::source::seconds_to_duration;
use crate::value::{Shape, Value};

/// The values of one choice, or the sleeps taken at three points.
#[derive(Clone, Debug, PartialEq)]
pub enum Draw {
    /// The local holds the value.
    Value(String),
    /// The local holds an index into the shared list: the value is its element.
    Element { list: String, index: String },
    /// The local holds a sleep's length in nanoseconds (`sample`).
    Nanoseconds(String),
}

/// The draws made before the statement being translated, by the byte range of the expression they
/// stand for (a call of `random`, or a sleep's whole duration).
pub type Draws = BTreeMap<(u32, u32), Draw>;

fn key(expr: &impl Ranged) -> (u32, u32) {
    (expr.range().start().to_u32(), expr.range().end().to_u32())
}

/// The functions of `random` whose value is a choice of the policy.
const CHOSEN: [&str; 3] = ["random.randint", "random.randrange", "random.choice"];
/// The functions of `random` that draw a float: taken only as a sleep's duration.
const FLOATS: [&str; 2] = ["random.random", "random.uniform"];

/// The calls of `random` and the sleeps of a statement, innermost first, left to right (the order Python
/// evaluates them), not looking into lambdas and comprehensions, whose code runs elsewhere or many times.
#[derive(Default)]
struct Calls<'e> {
    calls: Vec<&'e ast::ExprCall>,
}

impl<'e> Visitor<'e> for Calls<'e> {
    fn visit_expr(&mut self, expr: &'e Expr) {
        match expr {
            Expr::Lambda(_) | Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {}
            Expr::Call(call) => {
                walk_expr(self, expr);
                self.calls.push(call);
            }
            _ => walk_expr(self, expr),
        }
    }
}

impl Translator<'_> {
    /// The expressions of `stmt` that run once before its body (a simple statement's, an `if`'s tests);
    /// `None` for a loop or `with` header, where a draw would be made once for many runs.
    fn evaluated_once(stmt: &Stmt) -> Option<Vec<&Expr>> {
        Some(match stmt {
            Stmt::Expr(statement) => vec![&*statement.value],
            Stmt::Assign(assign) => std::iter::once(&*assign.value).chain(assign.targets.iter()).collect(),
            Stmt::AnnAssign(assign) => assign.value.as_deref().into_iter().collect(),
            Stmt::AugAssign(assign) => vec![&*assign.value, &*assign.target],
            Stmt::Return(ret) => ret.value.as_deref().into_iter().collect(),
            Stmt::Assert(assert) => std::iter::once(&*assert.test).chain(assert.msg.as_deref()).collect(),
            Stmt::If(branch) => std::iter::once(&*branch.test)
                .chain(branch.elif_else_clauses.iter().filter_map(|clause| clause.test.as_ref()))
                .collect(),
            _ => return None,
        })
    }

    /// Makes the draws of `stmt`'s calls of `random` (module docs), each a step before the statement, and
    /// gives their keys: they stand for their calls while the statement is translated, and no longer.
    pub(crate) fn draw_random_values(
        &mut self,
        frame: &Frame,
        stmt: &Stmt,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Vec<(u32, u32)>> {
        let mut drawn = Vec::new();
        let headers: Vec<&Expr> = match (Self::evaluated_once(stmt), stmt) {
            (Some(_), _) => Vec::new(),
            (None, Stmt::While(looping)) => vec![&*looping.test],
            (None, Stmt::For(looping)) => vec![&*looping.iter],
            (None, Stmt::With(with)) => with.items.iter().map(|item| &item.context_expr).collect(),
            (None, _) => Vec::new(),
        };
        for header in headers {
            let mut calls = Calls::default();
            calls.visit_expr(header);
            if let Some(call) = calls.calls.iter().find(|call| self.random_function(frame, call).is_some()) {
                return fail(
                    *call,
                    "a value of `random` in a loop's or a `with`'s header would be drawn once for all its runs; draw it into a variable on a line of its own",
                );
            }
        }
        let mut calls = Calls::default();
        for expr in Self::evaluated_once(stmt).unwrap_or_default() {
            calls.visit_expr(expr);
        }
        for call in calls.calls {
            if let Some(duration) = self.sleep_duration(frame, call)
                && let Some((low_ns, high_ns)) = self.random_sleep(frame, duration)?
            {
                let local = self.fresh_temporary(frame.task, "delay");
                out.push(Step::new("let", Node::Quoted(format!("{local} = sample({low_ns}, {high_ns})")), line));
                self.random_draws.insert(key(duration), Draw::Nanoseconds(local));
                drawn.push(key(duration));
                continue;
            }
            match self.random_function(frame, call) {
                Some(name) if CHOSEN.contains(&name.as_str()) => {
                    let (choice, draw) = self.choice(frame, &name, call)?;
                    let local = match &draw {
                        Draw::Value(local) | Draw::Element { index: local, .. } | Draw::Nanoseconds(local) => {
                            local.clone()
                        }
                    };
                    out.push(Step::new("let", Node::Quoted(format!("{local} = {choice}")), line));
                    self.random_draws.insert(key(call), draw);
                    drawn.push(key(call));
                }
                _ => {}
            }
        }
        Ok(drawn)
    }

    /// What a call of `random` stands for, when the statement it is in drew its value.
    pub(crate) fn random_draw(&self, call: &ast::ExprCall) -> Option<&Draw> {
        self.random_draws.get(&key(call))
    }

    /// The length of a sleep whose duration the statement drew (`sample`), in nanoseconds.
    pub(crate) fn drawn_sleep(&self, duration: &Expr) -> Option<Node> {
        match self.random_draws.get(&key(duration))? {
            Draw::Nanoseconds(local) => Some(Node::Map(vec![("ns", Node::Quoted(local.clone()))])),
            _ => None,
        }
    }

    /// The function of `random` that `call` calls (`random.randint`, also when imported by name).
    fn random_function(&self, frame: &Frame, call: &ast::ExprCall) -> Option<String> {
        match self.expr(frame, &call.func, false) {
            Ok(Ex::Static(Value::Module(name))) if name.starts_with("random.") => Some(name),
            _ => None,
        }
    }

    /// The duration of `time.sleep(d)` or `asyncio.sleep(d)`.
    fn sleep_duration<'e>(&self, frame: &Frame, call: &'e ast::ExprCall) -> Option<&'e Expr> {
        let name = match self.expr(frame, &call.func, false) {
            Ok(Ex::Static(Value::Module(name))) => name,
            _ => return None,
        };
        match (name.as_str(), &call.arguments.args[..]) {
            ("time.sleep" | "asyncio.sleep", [duration]) => Some(duration),
            _ => None,
        }
    }

    /// A sleep's duration that draws a float of `random` once, affinely (`random.uniform(a, b)`,
    /// `random.random() * k + c`): its least and greatest length in nanoseconds. `None` when it draws
    /// none.
    fn random_sleep(&self, frame: &Frame, duration: &Expr) -> Result<Option<(u64, u64)>> {
        let mut calls = Calls::default();
        calls.visit_expr(duration);
        let floats = calls
            .calls
            .iter()
            .filter(|call| self.random_function(frame, call).is_some_and(|name| FLOATS.contains(&name.as_str())))
            .count();
        if floats == 0 {
            return Ok(None);
        }
        let refuse = || {
            fail(
                duration,
                "a random sleep is taken when it draws one float of `random` once, as `random.uniform(a, b)` or `random.random() * k + c` with numbers known at import time",
            )
        };
        if floats > 1 {
            return refuse();
        }
        let Some((low, high)) = self.float_range(frame, duration) else {
            return refuse();
        };
        let nanoseconds = |seconds: f64| seconds_to_duration(seconds).and(Some((seconds * 1e9).round() as u64));
        match (nanoseconds(low), nanoseconds(high)) {
            (Some(low_ns), Some(high_ns)) => Ok(Some((low_ns, high_ns))),
            _ => fail(duration, "a random sleep must be 0 or more seconds (and at most 1e9) at both ends of its range"),
        }
    }

    /// The least and greatest value of an expression affine in one float of `random` (interval
    /// arithmetic, exact when the float appears once): `None` for any other form.
    fn float_range(&self, frame: &Frame, expr: &Expr) -> Option<(f64, f64)> {
        let number = |expr: &Expr| match self.static_value(frame, expr).ok()? {
            Value::Int(n) => Some(n as f64),
            Value::Float(f) => Some(f),
            _ => None,
        };
        if let Some(value) = number(expr) {
            return Some((value, value));
        }
        match expr {
            Expr::Call(call) => {
                let name = self.random_function(frame, call)?;
                match (name.as_str(), &call.arguments.args[..], call.arguments.keywords.is_empty()) {
                    ("random.random", [], true) => Some((0.0, 1.0)),
                    ("random.uniform", [a, b], true) => {
                        let (a, b) = (number(a)?, number(b)?);
                        Some((a.min(b), a.max(b)))
                    }
                    _ => None,
                }
            }
            Expr::BinOp(binary) => {
                let (left, right) = (self.float_range(frame, &binary.left)?, self.float_range(frame, &binary.right)?);
                let ends = |values: [f64; 4]| {
                    let low = values.iter().copied().fold(f64::INFINITY, f64::min);
                    let high = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                    (low.is_finite() && high.is_finite()).then_some((low, high))
                };
                match binary.op {
                    Operator::Add => Some((left.0 + right.0, left.1 + right.1)),
                    Operator::Sub => Some((left.0 - right.1, left.1 - right.0)),
                    // Affine: one side is a number known at import time.
                    Operator::Mult if left.0 == left.1 || right.0 == right.1 => {
                        ends([left.0 * right.0, left.0 * right.1, left.1 * right.0, left.1 * right.1])
                    }
                    Operator::Div if right.0 == right.1 && right.0 != 0.0 => {
                        ends([left.0 / right.0, left.1 / right.0, left.0 / right.0, left.1 / right.0])
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The scenario's choice for a call of `random.randint`, `randrange` or `choice`, and what the call
    /// stands for once it is made.
    fn choice(&mut self, frame: &Frame, name: &str, call: &ast::ExprCall) -> Result<(String, Draw)> {
        if let Some(keyword) = call.arguments.keywords.first() {
            return fail(keyword, format!("`{name}` with keyword arguments is not supported"));
        }
        let args = &call.arguments.args;
        let ints = |translator: &Self| -> Result<Vec<i64>> {
            args.iter().map(|arg| translator.static_int(frame, arg)).collect()
        };
        let most = crate::MAX_CHOICE_VALUES as i128;
        let values: Vec<Value> = match (name, args.len()) {
            ("random.randint", 2) => {
                let bounds = ints(self)?;
                let (low, high) = (bounds[0], bounds[1]);
                let count = i128::from(high) - i128::from(low) + 1;
                if count < 1 || count > most {
                    return fail(
                        call,
                        format!(
                            "`randint({low}, {high})` would choose among {count} values; weft chooses among 1 to {most}"
                        ),
                    );
                }
                let local = self.fresh_temporary(frame.task, "choice");
                return Ok((format!("choose({low}, {high})"), Draw::Value(local)));
            }
            ("random.randrange", 1..=3) => {
                let bounds = ints(self)?;
                let (start, stop, step) = match bounds[..] {
                    [stop] => (0, stop, 1),
                    [start, stop] => (start, stop, 1),
                    [start, stop, step] => (start, stop, step),
                    _ => unreachable!("one to three arguments"),
                };
                range_values(start, stop, step, most).ok_or_else(|| {
                    super::Error::at(call, format!("`randrange` of this range has no value, or more than {most}"))
                })?
            }
            ("random.choice", 1) => match self.static_value(frame, &args[0]) {
                Ok(Value::List(items)) => items.into_vec(),
                Ok(Value::Str(text)) => text.chars().map(|c| Value::Str(c.to_string())).collect(),
                Ok(Value::Shared(list, Shape::Array(length))) if length > 0 && length as i128 <= most => {
                    let index = self.fresh_temporary(frame.task, "choice");
                    return Ok((format!("choose(0, {})", length - 1), Draw::Element { list, index }));
                }
                Ok(other) => {
                    return fail(&args[0], format!("`random.choice` of {} is not supported", other.describe()));
                }
                Err(error) => return Err(error),
            },
            _ => return fail(call, format!("`{name}` with {} argument(s) is not supported", args.len())),
        };
        if values.is_empty() || values.len() as i128 > most {
            return fail(
                call,
                format!("`{name}` here chooses among {} values; weft chooses among 1 to {most}", values.len()),
            );
        }
        let texts: Vec<String> =
            values.into_iter().map(|value| Ok(self.to_code(Ex::Static(value), &args[0])?.0)).collect::<Result<_>>()?;
        let local = self.fresh_temporary(frame.task, "choice");
        Ok((format!("choose_of({})", texts.join(", ")), Draw::Value(local)))
    }
}

/// The values of Python's `range(start, stop, step)` as integers, at most `most` of them (`None` when
/// empty, too long, or `step` is 0).
fn range_values(start: i64, stop: i64, step: i64, most: i128) -> Option<Vec<Value>> {
    if step == 0 {
        return None;
    }
    let span = if step > 0 { i128::from(stop) - i128::from(start) } else { i128::from(start) - i128::from(stop) };
    let count = (span + i128::from(step.unsigned_abs()) - 1).div_euclid(i128::from(step.unsigned_abs()));
    if count < 1 || count > most {
        return None;
    }
    Some((0..count as i64).map(|k| Value::Int(start + k * step)).collect())
}
