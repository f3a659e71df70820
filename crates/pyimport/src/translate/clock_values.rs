//! The clock as a value (session 31): `time.monotonic()` and its kin where a value decides something.
//!
//! ```python
//! def _fresh(self, key):
//!     value, stamp = self.entries[key]
//!     return time.monotonic() - stamp < self.ttl
//! ```
//!
//! A reading of the clock is otherwise kept under its name and printed, never computed with (value.rs,
//! `CLOCK`): most programs only time themselves, and their readings take no step. A program whose
//! readings decide something (a TTL cache's freshness, a token bucket's refill, `while time.monotonic()
//! < deadline:`) was refused where the reading met arithmetic weft had to compute. Such a program is
//! translated again with every reading a value of the scenario (`Options::clock_values`): weft's
//! virtual time is the clock, read by `now_ns()` (a step of its own, docs/format.md "The clock"),
//! in seconds as a float where CPython gives a float (`truediv(now_ns(), 1000000000)`: the nanoseconds'
//! exact quotient rounded once, as close to the reading as CPython's own float of it), in integer
//! nanoseconds for the `_ns` forms. Programs that imported before are translated as before.
//!
//! What it cannot give is the real machine's timing: CPython's clock also counts the time its Python
//! takes and its sleeps' overshoot, which weft's clocks leave out, so a comparison of a reading near its
//! threshold may go the other way in CPython. `weft explore` of a model that reads the clock says so and
//! does not claim completeness (`stopped_by: clock`). The CPU-time clocks (`time.process_time()`,
//! `time.thread_time()`) are no virtual time weft keeps: they stay readings to print.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Result, Translator, fail};
use crate::expr::{ATOM, Ex};
use crate::out::{Node, SharedInit, Step};
use crate::value::{CLOCK, Shape, Value};

/// The wall clocks, each as the scenario's reading of virtual time: seconds as a float, or integer
/// nanoseconds.
const WALL_CLOCKS: [(&str, &str); 6] = [
    ("time.perf_counter", SECONDS),
    ("time.monotonic", SECONDS),
    ("time.time", SECONDS),
    ("time.perf_counter_ns", NANOSECONDS),
    ("time.monotonic_ns", NANOSECONDS),
    ("time.time_ns", NANOSECONDS),
];

/// CPython's float of the seconds: the nanoseconds' quotient, rounded once.
const SECONDS: &str = "truediv(now_ns(), 1000000000)";
const NANOSECONDS: &str = "now_ns()";

/// Whether a refusal's words are those of a clock's reading met where weft must compute a value:
/// then the program is translated again with readings as values.
pub(crate) fn refused_for_a_reading(message: &str) -> bool {
    matches!(CLOCK, Value::Opaque(words) if message.contains(words))
}

impl Translator<'_> {
    /// The value of `function()`, a clock of the `time` module called with no arguments: under
    /// `Options::clock_values` a wall clock is virtual time, read in a step; otherwise, and for the
    /// CPU-time clocks, a reading to keep and print.
    pub(crate) fn clock_reading(&self, function: &str) -> Ex {
        match WALL_CLOCKS.iter().find(|(name, _)| *name == function) {
            Some((_, text)) if self.options.clock_values => Ex::code(text.to_string(), ATOM, false, true),
            _ => Ex::Static(CLOCK),
        }
    }
}

impl Translator<'_> {
    /// `self.last = time.monotonic()` in the `__init__` of an instance the import makes (session 32,
    /// session30/t07's token bucket): under `Options::clock_values`, a shared variable `shared`
    /// declared None and set to the reading by a step where the instance is made, as a float global
    /// is (float_globals.rs): nothing reads it before, as in Python. `None` for any other value.
    pub(super) fn clock_attribute(
        &mut self,
        shared_hint: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Option<Value> {
        let Expr::Call(call) = value else { return None };
        if !self.options.clock_values || !call.arguments.is_empty() {
            return None;
        }
        let function = self.qualified_callee(call)?;
        let (_, text) = WALL_CLOCKS.iter().find(|(name, _)| *name == function)?;
        let shared = self.object_name(shared_hint);
        self.scenario.shared.push((shared.clone(), SharedInit::None));
        // Whatever the tasks write may be any value by the time it is read: no kind kept.
        self.held_objects.insert((None, shared.clone()), None);
        out.push(Step::new("set", Node::Quoted(format!("{shared} = {text}")), line));
        Some(Value::Shared(shared, Shape::Int))
    }
}

/// The calls a loop's pass may take time in without a `# weft:` cost: a sleep, and the waits of the
/// threading, queue and futures objects (`stop.wait(0.01)`, `q.get(timeout=...)`, `f.result()`).
const SLEEPS: [&str; 2] = ["time.sleep", "asyncio.sleep"];
const WAITING_METHODS: [&str; 6] = ["wait", "get", "put", "join", "acquire", "result"];

impl Translator<'_> {
    /// `while time.monotonic() < deadline:` whose body takes no time in weft (no sleep, no wait, no
    /// `# weft:` cost): weft's Python statements cost nothing, so such a loop would never reach its
    /// deadline, where CPython's ends as its clock moves on. Refused under `Options::clock_values`.
    pub(super) fn refuse_timeless_clock_loop(&self, looping: &ast::StmtWhile) -> Result<()> {
        if !self.options.clock_values || !self.reads_wall_clock(&looping.test) {
            return Ok(());
        }
        let first_line = self.source.line_of(looping.start());
        let last_line = self.source.line_of(looping.end());
        if self.source.annotations_on_lines(first_line, last_line).next().is_some() {
            return Ok(());
        }
        let mut calls = TimeTakingCalls { translator: self, found: false };
        for stmt in &looping.body {
            calls.visit_stmt(stmt);
        }
        if calls.found {
            return Ok(());
        }
        fail(
            &*looping.test,
            "a `while` on a reading of the clock whose body takes no time in weft is not supported: weft costs Python statements at nothing unless annotated, so the loop would never reach its deadline, where CPython's ends as its clock moves on; sleep in the loop (`time.sleep(0.001)`) or give a line of its body a cost (`# weft: cpu 50us`)",
        )
    }

    /// Whether `expr` calls a wall clock of the `time` module.
    fn reads_wall_clock(&self, expr: &Expr) -> bool {
        let mut calls = ClockCalls { translator: self, found: false };
        calls.visit_expr(expr);
        calls.found
    }

    /// `time.monotonic` of `time.monotonic()`, through the module's name as the file imported it.
    fn qualified_callee(&self, call: &ast::ExprCall) -> Option<String> {
        let module_of = |name: &str| match self.globals.get(name) {
            Some(Value::Module(qualified)) => Some(qualified.clone()),
            _ => None,
        };
        match &*call.func {
            Expr::Name(name) => module_of(name.id.as_str()),
            Expr::Attribute(attribute) => match &*attribute.value {
                Expr::Name(module) => module_of(module.id.as_str()).map(|q| format!("{q}.{}", attribute.attr.as_str())),
                _ => None,
            },
            _ => None,
        }
    }
}

struct ClockCalls<'t, 'a> {
    translator: &'t Translator<'a>,
    found: bool,
}

impl<'e> Visitor<'e> for ClockCalls<'_, '_> {
    fn visit_expr(&mut self, expr: &'e Expr) {
        if let Expr::Call(call) = expr
            && let Some(name) = self.translator.qualified_callee(call)
            && WALL_CLOCKS.iter().any(|(clock, _)| *clock == name)
        {
            self.found = true;
        }
        walk_expr(self, expr);
    }
}

struct TimeTakingCalls<'t, 'a> {
    translator: &'t Translator<'a>,
    found: bool,
}

impl<'e> Visitor<'e> for TimeTakingCalls<'_, '_> {
    fn visit_expr(&mut self, expr: &'e Expr) {
        match expr {
            Expr::Await(_) => self.found = true,
            Expr::Call(call) => {
                let sleeps = self.translator.qualified_callee(call).is_some_and(|name| SLEEPS.contains(&name.as_str()));
                let waits = matches!(&*call.func, Expr::Attribute(attribute) if WAITING_METHODS.contains(&attribute.attr.as_str()));
                self.found |= sleeps || waits;
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}
