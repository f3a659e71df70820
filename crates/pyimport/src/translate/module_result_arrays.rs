//! A module global bound to a list of results (session 31, session30/f07: `results = [f.result() for f
//! in futures]`, `pages = list(pool.map(fetch, PAGES))` at the module's top level). The import keeps such
//! a list as a local array of the main thread (`Value::LocalArray`), which no final state shows: f07's
//! bug, a starved inner job, was in `results` and in no outcome weft listed (agree.py counted the name
//! as unchecked). The local array now takes a name of its own (`results_items`), and the main thread's
//! last step copies it into the shared variable of the global's name (`set: "results =
//! new_list(results_items[0], results_items[1])"`), so the final state shows the list as CPython's
//! module has it. Only for a global the module binds once (no other binding, no function's `global`
//! assignment): the copy is then the global's last value.

use super::{Frame, Node, SharedInit, Step, Translator, Value};

/// A module global's list of results, copied into its shared variable at the main thread's end.
#[derive(Clone, Debug)]
pub(super) struct ModuleResultArray {
    /// The Python name, the shared variable's name too.
    global: String,
    /// The main thread's local array.
    local: String,
}

impl Translator<'_> {
    /// The name of the local array that holds the list of results bound to `name`: for a module global
    /// bound once, a name of its own (the global's name is its shared variable's, at the end), noted for
    /// `write_back_module_result_arrays`; the local of `name` otherwise, as before.
    pub(super) fn result_array_name(&mut self, frame: &Frame, name: &str) -> String {
        if !self.is_written_back_global(frame, name) {
            return self.local_name(frame.task, name);
        }
        let local = self.local_name(frame.task, &format!("{name}_items"));
        self.module_result_arrays.push(ModuleResultArray { global: name.to_string(), local: local.clone() });
        local
    }

    fn is_written_back_global(&self, frame: &Frame, name: &str) -> bool {
        frame.module_level
            && frame.dynamic == 0
            && self.is_global_target(frame, name)
            && !self.globals.contains_key(name)
            && self.global_bindings(name).len() == 1
            && !self.written_by_a_function(name)
    }

    /// The main thread's last steps: each module global's list of results copied into its shared
    /// variable (declared here, holding None until then), for the final state.
    pub(super) fn write_back_module_result_arrays(&mut self, main_locals: &Frame, line: u32, ops: &mut Vec<Step>) {
        for array in std::mem::take(&mut self.module_result_arrays) {
            // Still the global's value: the local array the name holds at the module's end.
            let Some(Value::LocalArray(local, length)) = main_locals.locals.get(&array.global) else { continue };
            if *local != array.local {
                continue;
            }
            if self.object_names.contains(&array.global) {
                continue;
            }
            let shared = self.object_name(&array.global);
            self.scenario.shared.push((shared.clone(), SharedInit::None));
            let items: Vec<String> = (0..*length).map(|index| format!("{local}[{index}]")).collect();
            ops.push(Step::new("set", Node::Quoted(format!("{shared} = new_list({})", items.join(", "))), line));
        }
    }
}
