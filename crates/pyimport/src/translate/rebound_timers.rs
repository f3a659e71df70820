//! A `threading.Timer` held in an attribute a method assigns again (session22/t11, a debouncer:
//! `if self.timer is not None: self.timer.cancel()`, then `self.timer = threading.Timer(...)` and
//! `self.timer.start()`). weft names each timer where the program makes it; which one the attribute
//! holds is known at import time when only the thread that made the instance reads or assigns the
//! attribute, and assigns it outside every `if` and loop the scenario runs: then the import meets the
//! assignments and reads in the order that thread runs them, so each read is of the timer the last
//! assignment made (or the None `__init__` gave), as in CPython. Each assignment makes a timer of its
//! own (its task and its `finished` event). Refused at the line, saying why: an assignment inside an
//! `if` or a loop the scenario runs, and any use from another thread (its reads would come at another
//! point of the import than of the run).
//!
//! Session 28 (session27/t01): a `threading.Thread` held so, the service class that makes its worker
//! in `start()` (`self._thread = threading.Thread(target=self._run, daemon=True)`, then
//! `self._thread.start()`; `stop()` sets an Event and joins it), `__init__` giving the attribute None.
//! The same order holds, so the same rules: each assignment makes a thread of its own (its task),
//! which the attribute holds from there on, in the thread that made the instance. Before, the thread
//! was refused as "a value weft cannot hold".

use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use std::collections::BTreeMap;

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::Step;
use crate::value::Value;

/// The attributes that hold timers assigned again, and the thread each instance's belongs to.
#[derive(Debug, Default)]
pub(crate) struct ReboundTimers {
    /// (class, attribute): a method of the class other than `__init__` assigns it a
    /// `threading.Timer(...)` (kind "timer") or a `threading.Thread(...)` ("thread").
    names: BTreeMap<(String, String), &'static str>,
    /// (instance, attribute): the task whose code made the instance, the one that may use it.
    owners: BTreeMap<(String, String), usize>,
}

impl Translator<'_> {
    /// Notes the attributes a method assigns a timer or a thread (once, before translating).
    pub(super) fn scan_rebound_timers(&mut self, body: &[Stmt]) {
        self.rebound_timers.names = timer_attributes(body);
    }

    /// `self.timer = None` (or a timer) in `__init__` of an attribute a method assigns a timer: the
    /// instance's attribute belongs to the thread making it; None is a value known at import time.
    pub(super) fn timer_attribute_start(
        &mut self,
        frame: &Frame,
        instance: &str,
        attribute: &str,
        value: &Expr,
    ) -> Option<Value> {
        if !self.holds_rebound_timer(instance, attribute) {
            return None;
        }
        self.rebound_timers.owners.insert((instance.to_string(), attribute.to_string()), frame.task);
        matches!(value, Expr::NoneLiteral(_)).then_some(Value::None)
    }

    /// `instance.timer = threading.Timer(...)` (or `= None`) of such an attribute: the timer made here
    /// becomes the attribute's value; `false` for any other assignment.
    pub(super) fn assign_timer_attribute(
        &mut self,
        frame: &mut Frame,
        attribute: &ast::ExprAttribute,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let name = attribute.attr.as_str();
        let Ok(Ex::Static(Value::Instance(instance))) = self.expr(frame, &attribute.value, false) else {
            return Ok(false);
        };
        let Some(kind) = self.rebound_kind(&instance, name) else {
            return Ok(false);
        };
        if !self.rebound_timers.owners.contains_key(&(instance.clone(), name.to_string())) {
            return fail(
                attribute,
                format!(
                    "`{name}` holds a {kind} a method assigns again: weft follows it where `__init__` sets it first (`self.{name} = None`)"
                ),
            );
        }
        self.check_timer_attribute_use(frame, &instance, name, attribute)?;
        if frame.dynamic > 0 {
            return fail(
                attribute,
                format!(
                    "`{name}` holds a {kind} that is assigned again here inside an `if` or a loop the scenario runs: weft follows which {kind} it holds at import time, so assign it outside them"
                ),
            );
        }
        let made = match value {
            Expr::NoneLiteral(_) => Value::None,
            _ => match self.creation(frame, &format!("{instance}_{name}"), value, out, line)? {
                Some(thread @ Value::Thread(_)) => thread,
                _ => {
                    let callee = if kind == "timer" { "Timer" } else { "Thread" };
                    return fail(
                        value,
                        format!(
                            "`{name}` holds a {kind}: weft follows it assigned a `threading.{callee}(...)` or None"
                        ),
                    );
                }
            },
        };
        self.classes.set_attribute(&instance, name, made);
        Ok(true)
    }

    /// Whether a method of the instance's class assigns the attribute a timer or a thread.
    fn holds_rebound_timer(&self, instance: &str, attribute: &str) -> bool {
        self.rebound_kind(instance, attribute).is_some()
    }

    /// What a method of the instance's class assigns the attribute: "timer", "thread", or `None`.
    fn rebound_kind(&self, instance: &str, attribute: &str) -> Option<&'static str> {
        let class = self.classes.class_of(instance)?;
        self.rebound_timers.names.get(&(class.to_string(), attribute.to_string())).copied()
    }

    /// `x is None` where `x` is a thread, timer, threading object or instance known at import time
    /// (`self.timer is not None` once a timer was assigned): never identical; `None` for other operands.
    pub(crate) fn object_against_none(
        &self,
        frame: &Frame,
        left: &Expr,
        right: &Expr,
        use_known: bool,
    ) -> Result<Option<bool>> {
        let known = |side: &Expr| self.expr(frame, side, use_known);
        let (left, right) = (known(left)?, known(right)?);
        let is_object = |ex: &Ex| matches!(ex, Ex::Static(Value::Thread(_) | Value::Object(_) | Value::Instance(_)));
        let is_none = |ex: &Ex| matches!(ex, Ex::Static(Value::None));
        Ok(((is_object(&left) && is_none(&right)) || (is_none(&left) && is_object(&right))).then_some(false))
    }

    /// Refuses a read or assignment of a timer attribute from a thread other than the one that made
    /// its instance.
    pub(crate) fn check_timer_attribute_use(
        &self,
        frame: &Frame,
        instance: &str,
        name: &str,
        at: &ast::ExprAttribute,
    ) -> Result<()> {
        match self.rebound_timers.owners.get(&(instance.to_string(), name.to_string())) {
            Some(&owner) if owner != frame.task => fail(
                at,
                format!(
                    "`{name}` holds a {} a method assigns again; weft follows which one only where the thread that made the instance uses it, and this is another thread",
                    self.rebound_kind(instance, name).unwrap_or("timer")
                ),
            ),
            _ => Ok(()),
        }
    }
}

/// The classes and attributes a method other than `__init__` assigns a call of `threading.Timer` or
/// `threading.Thread` (or `Timer`, `Thread`, imported from `threading`), with which of the two.
fn timer_attributes(body: &[Stmt]) -> BTreeMap<(String, String), &'static str> {
    #[derive(Default)]
    struct Walk {
        class: String,
        names: BTreeMap<(String, String), &'static str>,
    }
    impl<'a> Visitor<'a> for Walk {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::FunctionDef(def) = stmt
                && def.name.as_str() == "__init__"
            {
                return;
            }
            if let Stmt::Assign(assign) = stmt
                && let [Expr::Attribute(target)] = &assign.targets[..]
                && let Expr::Call(call) = &*assign.value
                && let Some(kind) = rebound_callee_kind(&call.func)
            {
                self.names.insert((self.class.clone(), target.attr.to_string()), kind);
            }
            walk_stmt(self, stmt);
        }
    }
    let mut walk = Walk::default();
    for stmt in body {
        if let Stmt::ClassDef(class) = stmt {
            walk.class = class.name.to_string();
            walk.visit_body(&class.body);
        }
    }
    walk.names
}

/// "timer" for `threading.Timer` (or `Timer`), "thread" for `threading.Thread` (or `Thread`).
fn rebound_callee_kind(callee: &Expr) -> Option<&'static str> {
    let name = match callee {
        Expr::Attribute(attribute) if matches!(&*attribute.value, Expr::Name(module) if module.id.as_str() == "threading") => {
            attribute.attr.as_str()
        }
        Expr::Name(name) => name.id.as_str(),
        _ => return None,
    };
    match name {
        "Timer" => Some("timer"),
        "Thread" => Some("thread"),
        _ => None,
    }
}
