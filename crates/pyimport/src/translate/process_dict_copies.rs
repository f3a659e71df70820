//! A dict with string keys handed to another process (`Process(target=f, args=(config,))`,
//! `ProcessPoolExecutor.submit(f, record)`, `Pool.apply_async(f, (item,))`): CPython pickles it, so
//! the child works on its own copy, which starts as the parent's dict and whose writes the parent never
//! sees. Each key is a shared variable of its own (`config_workers`); the child's process gets a copy
//! of each, as it does for a global list or dict it uses (translate/processes.rs). The copy starts as
//! the module's value: `check_process_copies` refuses it when the main process writes the dict.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::{Argument, Result, Translator, fail};
use crate::value::Value;

/// The shared variables of the dicts with string keys among `values`, one per key, in order.
pub(super) fn record_fields<'v>(values: impl IntoIterator<Item = &'v Value>) -> Vec<String> {
    let mut fields: Vec<String> = Vec::new();
    for value in values {
        if let Value::Record(entries) = value {
            for (_, shared) in entries {
                if !fields.contains(shared) {
                    fields.push(shared.clone());
                }
            }
        }
    }
    fields
}

/// The dicts with string keys among a job's arguments known at import time.
pub(super) fn job_record_fields(args: &[Argument], keywords: &[(String, Argument)]) -> Vec<String> {
    let statics =
        args.iter().chain(keywords.iter().map(|(_, argument)| argument)).filter_map(|argument| match argument {
            Argument::Static(value) => Some(value),
            _ => None,
        });
    record_fields(statics)
}

impl Translator<'_> {
    /// A process pool's job given dicts with string keys: its process's copy of each key's variable,
    /// checked against the main process's writes once every task is known.
    pub(super) fn copy_job_records(
        &mut self,
        task: usize,
        fields: &[String],
        own: &mut Vec<String>,
        call: &ast::ExprCall,
    ) {
        if fields.is_empty() {
            return;
        }
        own.extend(fields.iter().filter(|field| !own.contains(field)).cloned().collect::<Vec<_>>());
        self.process_copies.push((task, call.range().start().to_usize()));
    }

    /// The same job submitted again is the same task, whose copy weft makes once: exact while the job
    /// only reads the dict; a job that writes its copy would see its earlier write, where CPython
    /// pickles the parent's dict afresh for each job.
    pub(super) fn check_job_record_reuse(&self, task: usize, fields: &[String], call: &ast::ExprCall) -> Result<()> {
        let ops = &self.scenario.tasks[task].ops;
        match fields.iter().find(|field| super::processes::steps_write(ops, field)) {
            Some(_) => fail(
                call,
                "this job writes the dict it was given, which is its process's own copy, taken afresh for each \
                 job; weft makes the copy once per job function and arguments, so the same job submitted again \
                 would see its earlier writes: return the new values instead of writing the dict",
            ),
            None => Ok(()),
        }
    }
}
