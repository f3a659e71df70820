//! `first = [a.result(), b.result()]`, `pair = [a, b]` of values known only at run time, assigned to a
//! local of a function (session 26, session24/a03). Before, such a display was taken as a list of the
//! import (threads, locks, numbers known at import time) and refused ("weft needs this value at import
//! time"); a list display with an item known only at run time was already a list made at run time as a
//! returned value (`return [t1.result(), t2.result()]`) or an item of another display.
//!
//! Python evaluates the items left to right, then builds the list in one step that no other thread sees
//! half made: each item's steps (a future's `result()`, a blocking call, a call of the file's function)
//! in that order into locals, then `let: "first = new_list(...)"`, a list made at run time
//! (docs/format.md), which the local holds from then on as a list computed at run time
//! (list_values.rs: `len`, truth, items, `sum`, `sorted`, `==` with a display).
//! For a local of a function, and (session 28, module_list_displays.rs) a global the module binds once
//! at its top level; a display bound to any other global keeps its refusal.
//!
//! `return first, failures` of the coroutine of `first, failures = asyncio.run(main())` (session24/a03)
//! hands such a list to the module: the global bound to an item that every `return` of the coroutine
//! gives as a list (a local known to hold a list made at run time) holds that list, where it is the
//! global's one binding (at the module's top level, assigned by no function), so `first == ["a", "b"]`
//! compares its size and items as for any list made at run time. Anywhere else the name's kind stays
//! unknown, as before.

use ruff_python_ast::Expr;

use super::HeldObject;

use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::out::{SharedInit, Step};
use crate::value::Value;

impl Translator<'_> {
    /// `name = [...]` of a function's local whose items are numbers, strings, None, tuples or values
    /// known only at run time, at least one of these (or an item with steps of its own): the list made
    /// at run time. `false` for anything else, which is translated as before.
    pub(super) fn assign_run_time_list_display(
        &mut self,
        frame: &mut Frame,
        (name, target): (&str, &Expr),
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::List(display) = value else { return Ok(false) };
        let global = frame.module_level || self.is_global_target(frame, name);
        // `got = []` of a local the file hands on as a value (handed_lists.rs).
        let handed_on = !global && self.handed_on_names.contains(name);
        if (display.elts.is_empty() && !handed_on)
            || (global && !self.module_display_bound_once(frame, name, &display.elts))
        {
            return Ok(false);
        }
        let mut run_time_items = 0;
        for item in &display.elts {
            match self.run_time_item(frame, item) {
                Some(true) => run_time_items += 1,
                Some(false) => {}
                None => return Ok(false),
            }
        }
        if run_time_items == 0 && !handed_on {
            return Ok(false);
        }
        let rewritten = self.display_without_stepped_items(frame, value, out, line)?.unwrap_or_else(|| value.clone());
        let made = self.run_time_display(frame, &rewritten, false)?;
        let (text, ..) = self.to_code(made, value)?;
        self.check_rebinding(frame, name, target)?;
        self.bind_made_list(frame, name, value, &text, out, line)?;
        Ok(true)
    }

    /// Whether a display's item is known only at run time (`Some(true)`), a scalar known at import
    /// time (`Some(false)`), or anything else (`None`: a lock, a thread, a nested display, `*xs`).
    fn run_time_item(&self, frame: &Frame, item: &Expr) -> Option<bool> {
        if matches!(item, Expr::List(_) | Expr::Dict(_) | Expr::Set(_) | Expr::Starred(_)) {
            return None;
        }
        // A call of an `async def` makes a coroutine object, which is no value of a step (refused at
        // the call as before).
        if let Expr::Call(call) = item
            && let Ok(Ex::Static(Value::Function(function))) = self.expr(frame, &call.func, false)
            && self.functions.get(&function).is_some_and(|def| def.is_async)
        {
            return None;
        }
        if self.contains_stepped_operand(frame, item) {
            return Some(true);
        }
        // Known at import time where the scenario's shape may need it (`[base, base + 1]` of a thread's
        // argument is a list of the import, a shared array, as before).
        match self.expr(frame, item, true) {
            Ok(Ex::Code { .. }) => Some(true),
            Ok(Ex::Static(Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::None)) => Some(false),
            _ => None,
        }
    }
}

impl Translator<'_> {
    /// Notes which items of a `return (a, b)` of the coroutine `a, b = asyncio.run(main())` runs are
    /// lists made at run time (none for a return of anything but a tuple display).
    pub(super) fn note_returned_list_items(&mut self, frame: &Frame, value: Option<&Expr>) {
        if !frame.top || self.list_returning.is_none() || self.list_returning.as_ref() != self.call_stack.last() {
            return;
        }
        let lists = match value {
            Some(Expr::Tuple(tuple)) => tuple.elts.iter().map(|item| self.held_list(frame, item).is_some()).collect(),
            _ => Vec::new(),
        };
        self.returned_list_items.push(lists);
    }

    /// After `a, b = asyncio.run(main())`: each global target whose item every `return` gave as a list,
    /// bound nowhere else, holds that list.
    pub(super) fn mark_unpacked_lists(&mut self, frame: &Frame, targets: &[Expr]) {
        let returns = std::mem::take(&mut self.returned_list_items);
        if returns.is_empty() || !frame.module_level || frame.dynamic > 0 {
            return;
        }
        for (index, target) in targets.iter().enumerate() {
            let Expr::Name(name) = target else { continue };
            let name = name.id.as_str();
            if !returns.iter().all(|lists| lists.get(index) == Some(&true)) || self.written_by_a_function(name) {
                continue;
            }
            let mut bindings = Vec::new();
            super::done_orders::collect_bindings(self.module_body, name, &mut bindings);
            let Some(Value::Shared(shared, _)) = self.globals.get(name) else { continue };
            if bindings.len() != 1 {
                continue;
            }
            // A shared variable that starts as None may hold an object (docs/format.md), as the
            // global of a list computed at run time does (module_objects.rs).
            if let Some((_, init)) = self.scenario.shared.iter_mut().find(|(declared, _)| declared == shared) {
                *init = SharedInit::None;
            }
            let key = (None, shared.clone());
            self.held_objects.insert(key.clone(), Some(HeldObject::Container { of_containers: false }));
            self.list_values.insert(key);
        }
    }
}
