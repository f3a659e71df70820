//! `all(n % d for d in range(2, k))` and `any(...)` of a generator (or a list comprehension) over a
//! `range` or a shared list (`all(v in (1, 2) for v in seen)`): a loop before the statement that uses the value, into a flag, stopping at the first item
//! that decides it as Python's `all` and `any` do. The bounds may be known only at run time, and may be
//! `int(x ** 0.5)` or `math.isqrt(x)`, computed exactly by a search over integers (translate/whole_reads.rs
//! is the seam: the quantifier is a whole read with steps of its own).

use ruff_python_ast::{self as ast, Expr, Number};

use super::{Frame, Result, Translator, local_reference, while_step};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::{Shape, Value};

/// `x ** 0.5` of an integer below 2^52 is within half a unit in the last place of a double whose floor
/// is `isqrt(x)`: the gap between `sqrt(k * k - 1)` and `k` is more than one unit there. From 2^52 on,
/// `int(x ** 0.5)` may differ from `isqrt(x)` and follows the platform's `pow`; weft ends the run with
/// its overflow fault there (`x * OVERFLOW_FACTOR` leaves 64 bits exactly from 2^52).
const EXACT_ROOT_BELOW: i64 = 1 << 52;
const OVERFLOW_FACTOR: i64 = i64::MAX / EXACT_ROOT_BELOW + 1;

/// One past the square root of the largest 64-bit integer: the search's upper end.
const ROOT_SEARCH_END: i64 = 3_037_000_500;

/// `all(...)` or `any(...)` of a comprehension over a `range` or a shared list.
pub(super) struct Quantifier {
    /// `all` or `any`.
    function: &'static str,
    element: Expr,
    variable: String,
    over: Over,
}

/// What a quantifier's comprehension walks.
enum Over {
    /// `range`'s start and stop, and its step (known at import time).
    Range { start: Expr, stop: Expr, step: i64 },
    /// A shared list's items, each read by a step of its own as the list's iterator reads it (the
    /// length tested before each), so other threads may change the list between two of them.
    List(String),
}

/// An integer square root inside a bound: `int(x ** 0.5)` (TypeError for a negative `x`, whose power is
/// complex; exact below 2^52), `int(math.sqrt(x))` (ValueError for a negative `x`; IEEE's square root is
/// correctly rounded, so exact below 2^52 too) or `math.isqrt(x)` (ValueError; exact everywhere).
struct Root<'e> {
    argument: &'e Expr,
    of_float: bool,
    error: &'static str,
}

impl Translator<'_> {
    /// `all(...)` / `any(...)` of a comprehension with one `for` over a `range`, whose element and bounds
    /// weft computes.
    pub(super) fn quantifier(&self, frame: &Frame, function: &'static str, argument: &Expr) -> Option<Quantifier> {
        let (element, generators) = match argument {
            Expr::Generator(generator) => (&generator.elt, &generator.generators),
            Expr::ListComp(list) => (&list.elt, &list.generators),
            _ => return None,
        };
        let [generator] = &generators[..] else { return None };
        let Expr::Name(variable) = &generator.target else { return None };
        if generator.is_async || !generator.ifs.is_empty() {
            return None;
        }
        let over = match self.range_args(frame, &generator.iter) {
            Some(arguments) => {
                let (start, stop, step) = match arguments {
                    [stop] => (zero(stop), stop.clone(), 1),
                    [start, stop] => (start.clone(), stop.clone(), 1),
                    [start, stop, step] => match self.expr(frame, step, true).ok()? {
                        Ex::Static(Value::Int(step)) if step != 0 => (start.clone(), stop.clone(), step),
                        _ => return None,
                    },
                    _ => return None,
                };
                let translates = |bound: &Expr| self.bound_translates(frame, bound);
                if !(translates(&start) && translates(&stop)) {
                    return None;
                }
                Over::Range { start, stop, step }
            }
            None => match self.expr(frame, &generator.iter, false).ok()? {
                Ex::Static(Value::Shared(shared, Shape::Map { dense: true } | Shape::Array(_)))
                    if !self.deques.contains_key(&shared) =>
                {
                    Over::List(shared)
                }
                _ => return None,
            },
        };
        let mut inner = frame.clone();
        inner.locals.insert(variable.id.to_string(), Value::Local(variable.id.to_string()));
        inner.known.remove(variable.id.as_str());
        let element_translates = self.expr(&inner, element, false).and_then(|ex| self.to_code(ex, element)).is_ok();
        element_translates.then(|| Quantifier {
            function,
            element: (**element).clone(),
            variable: variable.id.to_string(),
            over,
        })
    }

    /// Whether a bound translates, its square roots aside (each must be where a `raise` may stand, for
    /// the error of a negative argument).
    fn bound_translates(&self, frame: &Frame, bound: &Expr) -> bool {
        if let Some(root) = self.root(frame, bound) {
            return self.may_raise_here(frame) && self.code(frame, root.argument).is_ok();
        }
        match bound {
            Expr::BinOp(binary) => {
                self.bound_translates(frame, &binary.left) && self.bound_translates(frame, &binary.right)
            }
            _ => self.code(frame, bound).is_ok(),
        }
    }

    /// `int(x ** 0.5)`, `int(math.sqrt(x))` or `math.isqrt(x)`.
    fn root<'e>(&self, frame: &Frame, expr: &'e Expr) -> Option<Root<'e>> {
        let Expr::Call(call) = expr else { return None };
        let ([argument], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else { return None };
        let Ok(Ex::Static(Value::Module(name))) = self.expr(frame, &call.func, false) else { return None };
        match name.as_str() {
            "math.isqrt" => Some(Root { argument, of_float: false, error: "ValueError" }),
            "int" => {
                if let Expr::Call(sqrt) = argument
                    && let ([root_of], []) = (&sqrt.arguments.args[..], &sqrt.arguments.keywords[..])
                    && matches!(self.expr(frame, &sqrt.func, false), Ok(Ex::Static(Value::Module(name))) if name == "math.sqrt")
                {
                    return Some(Root { argument: root_of, of_float: true, error: "ValueError" });
                }
                let Expr::BinOp(power) = argument else { return None };
                let half = matches!(&*power.right, Expr::NumberLiteral(ast::ExprNumberLiteral { value: Number::Float(f), .. }) if *f == 0.5);
                (power.op == ast::Operator::Pow && half).then_some(Root {
                    argument: &power.left,
                    of_float: true,
                    error: "TypeError",
                })
            }
            _ => None,
        }
    }

    /// The quantifier's loop (in one `atomic` when it reads only locals, as nothing else can tell the
    /// difference); the flag that holds its value.
    pub(super) fn quantifier_steps(
        &mut self,
        frame: &Frame,
        quantifier: &Quantifier,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let mut inner = frame.clone();
        let flag = self.fresh_temporary(frame.task, quantifier.function);
        let counter = self.fresh_temporary(frame.task, &quantifier.variable);
        let Over::Range { start, stop, step } = &quantifier.over else {
            return self.list_quantifier_steps(frame, quantifier, flag, counter, out, line);
        };
        let start = self.bound_code(&mut inner, start, out, line)?;
        let stop = self.bound_code(&mut inner, stop, out, line)?;
        let step = *step;
        let stop_local = self.fresh_temporary(frame.task, "stop");
        let (initial, decide) = self.quantifier_decision(frame, quantifier, &counter, &flag, line)?;
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let beyond = if step > 0 { "<" } else { ">" };
        let body = vec![
            decide,
            let_step(match step {
                step if step < 0 => format!("{counter} = {counter} - {}", step.unsigned_abs()),
                step => format!("{counter} = {counter} + {step}"),
            }),
        ];
        let steps = vec![
            let_step(format!("{flag} = {initial}")),
            let_step(format!("{counter} = {start}")),
            let_step(format!("{stop_local} = {stop}")),
            while_step(format!("{counter} {beyond} {stop_local} and {flag} == {initial}"), body, line),
        ];
        if steps.iter().all(|step| self.only_locals(step)) {
            out.push(Step::new("atomic", Node::Steps(steps), line));
        } else {
            out.extend(steps);
        }
        Ok(flag)
    }

    /// The flag's first value and the test of one item (the comprehension's variable held by `variable`)
    /// that sets the flag to the value that decides: `all` starts true and stops at the first false
    /// item; `any` starts false and stops at a true one.
    fn quantifier_decision(
        &self,
        frame: &Frame,
        quantifier: &Quantifier,
        variable: &str,
        flag: &str,
        line: u32,
    ) -> Result<(i64, Step)> {
        let mut inner = frame.clone();
        inner.locals.insert(quantifier.variable.clone(), Value::Local(variable.to_string()));
        inner.known.remove(&quantifier.variable);
        let ex = self.expr(&inner, &quantifier.element, false)?;
        let (element, _, _, _) = self.to_code(ex, &quantifier.element)?;
        let (initial, decided, test) = match quantifier.function {
            "all" => (1, 0, format!("not ({element})")),
            _ => (0, 1, element),
        };
        let set_flag = Step::new("let", Node::Quoted(format!("{flag} = {decided}")), line);
        let decide = vec![("cond", Node::Quoted(test)), ("then", Node::Steps(vec![set_flag]))];
        Ok((initial, Step::new("if", Node::Map(decide), line)))
    }

    /// The loop of a quantifier over a shared list: the position, the length tested and the item read
    /// by a step each, as the list's iterator does between bytecodes.
    fn list_quantifier_steps(
        &mut self,
        frame: &Frame,
        quantifier: &Quantifier,
        flag: String,
        position: String,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let Over::List(shared) = &quantifier.over else { unreachable!("a list quantifier") };
        let item = self.fresh_temporary(frame.task, &quantifier.variable);
        let (initial, decide) = self.quantifier_decision(frame, quantifier, &item, &flag, line)?;
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let body = vec![
            let_step(format!("{item} = {shared}[{position}]")),
            decide,
            let_step(format!("{position} = {position} + 1")),
        ];
        out.push(let_step(format!("{flag} = {initial}")));
        out.push(let_step(format!("{position} = 0")));
        out.push(while_step(format!("{position} < len({shared}) and {flag} == {initial}"), body, line));
        Ok(flag)
    }

    /// A bound of `for x in range(...)` as text (its precedence, whether it reads shared state), each
    /// square root in it computed first into a local of its own, by the search a quantifier's bound
    /// takes (`for d in range(2, int(n ** 0.5) + 1):`).
    pub(super) fn range_bound_code(
        &mut self,
        frame: &mut Frame,
        bound: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<(String, u8, bool)> {
        if !self.holds_root(frame, bound) {
            return self.code(frame, bound);
        }
        if !self.may_raise_here(frame) {
            return super::fail(
                bound,
                "`int(x ** 0.5)` and `math.isqrt(x)` in a `range` bound are taken where a `raise` may stand (a negative `x` raises), not here",
            );
        }
        let rewritten = self.without_roots(frame, bound, out, line)?;
        self.code(frame, &rewritten)
    }

    /// Whether `int(x ** 0.5)` or `math.isqrt(x)` stands in a bound (alone or in arithmetic).
    pub(super) fn holds_root(&self, frame: &Frame, bound: &Expr) -> bool {
        match bound {
            _ if self.root(frame, bound).is_some() => true,
            Expr::BinOp(binary) => self.holds_root(frame, &binary.left) || self.holds_root(frame, &binary.right),
            _ => false,
        }
    }

    /// A bound's text, each square root in it computed first into a local of its own.
    fn bound_code(&mut self, frame: &mut Frame, bound: &Expr, out: &mut Vec<Step>, line: u32) -> Result<String> {
        let rewritten = self.without_roots(frame, bound, out, line)?;
        Ok(self.index_checked(self.code(frame, &rewritten)?.0))
    }

    fn without_roots(&mut self, frame: &mut Frame, expr: &Expr, out: &mut Vec<Step>, line: u32) -> Result<Expr> {
        if let Some(root) = self.root(frame, expr) {
            let (of_float, error, argument) = (root.of_float, root.error, root.argument.clone());
            let local = self.root_steps(frame, &argument, (of_float, error), out, line)?;
            return Ok(local_reference(frame, &local, expr));
        }
        match expr {
            Expr::BinOp(binary) => {
                let mut rewritten = binary.clone();
                *rewritten.left = self.without_roots(frame, &binary.left, out, line)?;
                *rewritten.right = self.without_roots(frame, &binary.right, out, line)?;
                Ok(Expr::BinOp(rewritten))
            }
            _ => Ok(expr.clone()),
        }
    }

    /// `isqrt(x)` by a search over integers in one `atomic` (locals only): a negative `x` raises first
    /// (TypeError for `int(x ** 0.5)`, ValueError for `math.isqrt`), and for `int(x ** 0.5)` an `x` from
    /// 2^52 on overflows (see `EXACT_ROOT_BELOW`).
    fn root_steps(
        &mut self,
        frame: &Frame,
        argument: &Expr,
        (of_float, error): (bool, &'static str),
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let (text, _, _) = self.code(frame, argument)?;
        let square = self.fresh_temporary(frame.task, "square");
        let root = self.fresh_temporary(frame.task, "root");
        let above = self.fresh_temporary(frame.task, "above");
        let middle = self.fresh_temporary(frame.task, "middle");
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        out.push(let_step(format!("{square} = {text}")));
        let mut raise = Vec::new();
        self.push_raise(frame, error, &mut raise, line);
        out.push(Step::new(
            "if",
            Node::Map(vec![("cond", Node::Quoted(format!("{square} < 0"))), ("then", Node::Steps(raise))]),
            line,
        ));
        let mut search = Vec::new();
        if of_float {
            // An overflow fault from 2^52 on, where the float's root is no longer `isqrt`.
            let exact = self.fresh_temporary(frame.task, "exact");
            search.push(let_step(format!("{exact} = {square} * {OVERFLOW_FACTOR}")));
        }
        let halve = vec![
            ("cond", Node::Quoted(format!("{middle} * {middle} <= {square}"))),
            ("then", Node::Steps(vec![let_step(format!("{root} = {middle}"))])),
            ("else", Node::Steps(vec![let_step(format!("{above} = {middle}"))])),
        ];
        search.extend([
            let_step(format!("{root} = 0")),
            // `isqrt(x) < x + 1`: a small `x` takes few halvings.
            let_step(format!("{above} = min({square}, {}) + 1", ROOT_SEARCH_END - 1)),
            while_step(
                format!("{root} + 1 < {above}"),
                vec![let_step(format!("{middle} = ({root} + {above}) // 2")), Step::new("if", Node::Map(halve), line)],
                line,
            ),
        ]);
        out.push(Step::new("atomic", Node::Steps(search), line));
        Ok(root)
    }
}

/// The literal `0`, where `range(stop)` starts.
fn zero(at: &Expr) -> Expr {
    Expr::NumberLiteral(ast::ExprNumberLiteral {
        node_index: Default::default(),
        range: ruff_text_size::Ranged::range(at),
        value: Number::Int(ast::Int::ZERO),
    })
}
