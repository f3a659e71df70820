//! The forms of `name = value` that take the whole assignment when it fits, before the translator's
//! general ones (an object made at import time, a blocking call's result, a function inlined, `store`
//! of the value's expression): one ordered table, tried from the first. The order decides which form
//! wins where more than one would take a value: keep it. A new form is one function (in a module of
//! its own) and one row here, at the place its value would otherwise go.

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::{Frame, Result, Step, Translator};

/// The assignment a form is offered: `target` (the `Expr::Name` of `name`) `= value`.
#[derive(Clone, Copy)]
pub(super) struct Assignment<'a> {
    pub(super) name: &'a str,
    pub(super) target: &'a Expr,
    pub(super) value: &'a Expr,
}

/// A form: its steps written to `out` and true when it takes the assignment; false, having written
/// nothing, when it does not.
type Assign = fn(&mut Translator<'_>, &mut Frame, Assignment<'_>, &mut Vec<Step>, u32) -> Result<bool>;

/// A row of the table.
struct AssignForm {
    assign: Assign,
    /// Whether the objects the form makes for a function's local are that call's own (run_memory.rs):
    /// a comprehension's list bound to a function's local is, and a job that returns it (`pairs =
    /// [...]; return pairs`) gives it as its result (session 33).
    makes_local_objects: bool,
}

const fn form(assign: Assign) -> AssignForm {
    AssignForm { assign, makes_local_objects: false }
}

const fn making_local_objects(assign: Assign) -> AssignForm {
    AssignForm { assign, makes_local_objects: true }
}

/// The forms, in the order they are tried.
const ASSIGN_FORMS: &[AssignForm] = &[
    // `logged = sorted(xs)` of a manager's list, taken as its copy once every other task is joined:
    // checked here, written by the forms below (proxy_slice_copies.rs).
    form(|translator, frame, assigned, _, _| translator.check_proxy_walk_after_joins(frame, assigned)),
    // `callbacks = list(self._subs.get(topic, []))` of a container of callbacks (callback_tables.rs).
    form(|translator, frame, assigned, _, _| translator.assign_callback_list(frame, assigned.name, assigned.value)),
    // `a_tags = tags["a"]`: an item of a dict of lists into a global (collection_objects.rs).
    form(|translator, frame, assigned, out, line| {
        translator.assign_made_item_global(frame, assigned.name, assigned.value, out, line)
    }),
    // `global config; config = {...}` of a global that starts as None (placeholder_displays.rs).
    form(|translator, frame, assigned, out, line| {
        translator.bind_placeholder_to_display(frame, assigned.name, assigned.value, out, line)
    }),
    // `global items; items = [...]` of a shared list or dict (list_edits.rs).
    form(|translator, frame, assigned, out, line| {
        translator.rebind_container_global(frame, (assigned.name, assigned.target), assigned.value, out, line)
    }),
    // `name = [...]` in a run-time branch or loop, of a local holding a growing shared list
    // (rebound_locals.rs).
    form(|translator, frame, assigned, out, line| {
        translator.rebind_list_local(frame, (assigned.name, assigned.target), assigned.value, out, line)
    }),
    // `results = list(pool.map(f, xs))` of a list computed at run time (list_values.rs).
    form(|translator, frame, assigned, out, line| {
        translator.assign_mapped_list(frame, assigned.name, assigned.value, out, line)
    }),
    // `name = [element for x in xs if test]` (filtered_lists.rs).
    making_local_objects(|translator, frame, assigned, out, line| {
        translator.assign_filtered_list(frame, (assigned.name, assigned.target), assigned.value, out, line)
    }),
    // `values = asyncio.run(main())` of a `main` returning list displays (result_list_objects.rs).
    form(|translator, frame, assigned, out, line| {
        translator.assign_asyncio_run_list_display(frame, assigned.name, assigned.value, out, line)
    }),
    // `f = ex.submit(...)`, `x = f.result()`, `rs = [f.result() for f in fs]` (futures.rs).
    form(|translator, frame, assigned, out, line| {
        translator.futures_assign(frame, assigned.name, assigned.target, assigned.value, out, line)
    }),
    // `name = <list computed at run time>` (list_values.rs).
    form(|translator, frame, assigned, out, line| {
        translator.assign_list_value(frame, assigned.name, assigned.value, out, line)
    }),
    // `name = dict(d)`, `name = d.copy()` of a shared dict (container_copies.rs).
    form(|translator, frame, assigned, out, line| {
        translator.assign_dict_copy(frame, assigned.name, assigned.value, out, line)
    }),
    // `name = [...]` of a local, with items known only at run time (run_time_list_displays.rs).
    form(|translator, frame, assigned, out, line| {
        translator.assign_run_time_list_display(frame, (assigned.name, assigned.target), assigned.value, out, line)
    }),
    // `name = [element for x in xs]` over items known only at run time (run_time_comprehensions.rs).
    making_local_objects(|translator, frame, assigned, out, line| {
        translator.assign_run_time_comprehension(frame, (assigned.name, assigned.target), assigned.value, out, line)
    }),
    // `name = {key: value for x in xs}` over items known only at run time (run_time_comprehensions.rs).
    form(|translator, frame, assigned, out, line| {
        translator.assign_run_time_dict_comprehension(
            frame,
            (assigned.name, assigned.target),
            assigned.value,
            out,
            line,
        )
    }),
    // `name = {element for x in xs}`, a set made at run time (set_comprehensions.rs).
    form(|translator, frame, assigned, out, line| {
        translator.assign_set_comprehension(frame, (assigned.name, assigned.target), assigned.value, out, line)
    }),
    // `name = tuple(xs)` of a fixed-length shared list, one `atomic` copy (array_tuples.rs).
    form(|translator, frame, assigned, out, line| {
        translator.assign_array_tuple(frame, (assigned.name, assigned.target), assigned.value, out, line)
    }),
    // `delays = {1: 0.05, ...}` read only as sleeps' durations (duration_dicts.rs).
    form(|translator, frame, assigned, out, line| {
        translator.assign_duration_dict(frame, (assigned.name, assigned.target), assigned.value, out, line)
    }),
    // `name = a + b` of two lists made at run time, one `atomic` copy (list_concatenations.rs).
    form(|translator, frame, assigned, out, line| {
        translator.assign_list_concatenation(frame, (assigned.name, assigned.target), assigned.value, out, line)
    }),
];

impl Translator<'_> {
    /// The first form of `ASSIGN_FORMS` that takes the assignment, its steps in `out`: true; false when
    /// none does.
    pub(super) fn assign_by_form(
        &mut self,
        frame: &mut Frame,
        assigned: Assignment<'_>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        for form in ASSIGN_FORMS {
            let function_local = !self.is_global_target(frame, assigned.name) && !frame.module_level;
            let shared_before = self.scenario.shared.len();
            if (form.assign)(self, frame, assigned, out, line)? {
                if form.makes_local_objects && function_local {
                    self.note_local_objects(shared_before, assigned.value.start().to_usize());
                }
                return Ok(true);
            }
        }
        Ok(false)
    }
}
