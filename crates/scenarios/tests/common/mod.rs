//! What the loader's tests share: a task's program one instruction a line, a file's load in one line of
//! text, and a tally that lets one test list every wrong diagnostic before it fails.

use std::sync::atomic::{AtomicUsize, Ordering};

use sim_core::model::{Instr, TaskId};

/// The program of the scenario's first task, one instruction a line: the words of traces, and for the
/// instructions that are not steps (jumps, branches, computations) what they do.
pub fn listing(loaded: &scenarios::Scenario) -> String {
    let task = &loaded.model.tasks[0];
    let expression = |id: sim_core::model::ExprId| task.exprs[id.index()].text.clone();
    let shown: Vec<String> = task
        .program
        .iter()
        .enumerate()
        .map(|(pc, instruction)| {
            let detail = match instruction {
                Instr::Branch { expr, target } => format!("branch {} else {target}", expression(*expr)),
                Instr::Jump { target } => format!("jump {target}"),
                Instr::LoopBack { top } => format!("loop back {top}"),
                Instr::Compute { local, expr } => {
                    format!("compute {} = {}", task.locals[local.index()], expression(*expr))
                }
                Instr::Atomic { end } => format!("atomic until {end}"),
                _ => sim_core::trace::describe_instr(&loaded.model, TaskId(0), pc as u32),
            };
            format!("{pc}: {detail}")
        })
        .collect();
    shown.join("\n")
}

/// `loaded`, or the diagnostic of a file that does not load: `line:column: message (help)`.
pub fn load_outcome(text: &str) -> String {
    match scenarios::load_str("t.yaml", text) {
        Ok(_) => "loaded".to_string(),
        Err(error) => format!(
            "{}:{}: {}{}",
            error.line,
            error.column,
            error.message,
            error.help.map_or(String::new(), |help| format!(" ({help})"))
        ),
    }
}

/// Counts the files whose load differs from what a test expects, each printed when it is found.
pub struct Mismatches(AtomicUsize);

impl Mismatches {
    pub const fn new() -> Self {
        Mismatches(AtomicUsize::new(0))
    }

    /// Loads `text` and compares its outcome with `expect`; `what` names the case in the message.
    pub fn check(&self, what: &str, text: &str, expect: &str) {
        let shown = load_outcome(text);
        if shown != expect {
            eprintln!("MISMATCH {what}\n  got:    {shown}\n  wanted: {expect}");
            self.0.fetch_add(1, Ordering::Relaxed);
        }
    }

    pub fn assert_none(&self) {
        assert_eq!(self.0.load(Ordering::Relaxed), 0, "see the mismatches above");
    }
}
