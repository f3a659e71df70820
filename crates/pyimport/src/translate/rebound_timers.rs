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

use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use std::collections::{BTreeMap, BTreeSet};

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::Step;
use crate::value::Value;

/// The attributes that hold timers assigned again, and the thread each instance's belongs to.
#[derive(Debug, Default)]
pub(crate) struct ReboundTimers {
    /// (class, attribute): a method of the class other than `__init__` assigns it a `threading.Timer(...)`.
    names: BTreeSet<(String, String)>,
    /// (instance, attribute): the task whose code made the instance, the one that may use it.
    owners: BTreeMap<(String, String), usize>,
}

impl Translator<'_> {
    /// Notes the attributes a method assigns a timer (once, before translating).
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
        if !self.holds_rebound_timer(&instance, name) {
            return Ok(false);
        }
        if !self.rebound_timers.owners.contains_key(&(instance.clone(), name.to_string())) {
            return fail(
                attribute,
                format!(
                    "`{name}` holds a timer a method assigns again: weft follows it where `__init__` sets it first (`self.{name} = None`)"
                ),
            );
        }
        self.check_timer_attribute_use(frame, &instance, name, attribute)?;
        if frame.dynamic > 0 {
            return fail(
                attribute,
                format!(
                    "`{name}` holds a timer that is assigned again here inside an `if` or a loop the scenario runs: weft follows which timer it holds at import time, so assign it outside them"
                ),
            );
        }
        let made = match value {
            Expr::NoneLiteral(_) => Value::None,
            _ => match self.creation(frame, &format!("{instance}_{name}"), value, out, line)? {
                Some(timer @ Value::Thread(_)) => timer,
                _ => {
                    return fail(
                        value,
                        format!("`{name}` holds a timer: weft follows it assigned a `threading.Timer(...)` or None"),
                    );
                }
            },
        };
        self.classes.set_attribute(&instance, name, made);
        Ok(true)
    }

    /// Whether a method of the instance's class assigns the attribute a timer.
    fn holds_rebound_timer(&self, instance: &str, attribute: &str) -> bool {
        self.classes
            .class_of(instance)
            .is_some_and(|class| self.rebound_timers.names.contains(&(class.to_string(), attribute.to_string())))
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
                    "`{name}` holds a timer a method assigns again; weft follows which one only where the thread that made the instance uses it, and this is another thread"
                ),
            ),
            _ => Ok(()),
        }
    }
}

/// The classes and attributes a method other than `__init__` assigns a call of `threading.Timer` (or
/// `Timer`, imported from `threading`).
fn timer_attributes(body: &[Stmt]) -> BTreeSet<(String, String)> {
    #[derive(Default)]
    struct Walk {
        class: String,
        names: BTreeSet<(String, String)>,
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
                && is_timer_callee(&call.func)
            {
                self.names.insert((self.class.clone(), target.attr.to_string()));
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

fn is_timer_callee(callee: &Expr) -> bool {
    match callee {
        Expr::Attribute(attribute) => {
            attribute.attr.as_str() == "Timer"
                && matches!(&*attribute.value, Expr::Name(module) if module.id.as_str() == "threading")
        }
        Expr::Name(name) => name.id.as_str() == "Timer",
        _ => false,
    }
}
