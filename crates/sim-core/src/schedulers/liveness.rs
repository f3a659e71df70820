//! Which locals of a task can still be read, at every pc: a local that every path writes before it
//! reads it (a temporary whose value was used, a loop index about to be reset) cannot change the
//! task's future, so the state cache writes it as 0 and two states that differ only there are one.
//!
//! A backward may-read analysis over each task's program, reading what `Instr::locals_use` says each
//! instruction does (conservative where it cannot know: a step that may read every local makes
//! everything live before it).

use crate::model::{Expr, ExprOp, Flow, LocalId, Model, TaskDef, TaskId, TryHandler};

/// Per task, per pc: a bit set of the locals that may be read from there on.
#[derive(Debug, Default)]
pub struct Liveness {
    tasks: Vec<TaskLiveness>,
}

#[derive(Debug, Default)]
struct TaskLiveness {
    words_per_pc: usize,
    /// `words_per_pc` words per pc, and one more pc for the end of the program (nothing live).
    live: Vec<u64>,
}

impl Liveness {
    pub fn new(model: &Model) -> Self {
        let tasks = model.tasks.iter().enumerate().map(|(index, task)| {
            let of_task = |handler: &&TryHandler| handler.task == TaskId::from_index(index);
            let handlers: Vec<(u32, u32, u32)> =
                model.futures.handlers.iter().filter(of_task).map(|h| (h.start, h.end, h.target)).collect();
            analyse(task, &handlers)
        });
        Liveness { tasks: tasks.collect() }
    }

    /// Whether `local` of `task` may be read again from `pc` on.
    pub fn is_live(&self, task: usize, pc: u32, local: usize) -> bool {
        let task = &self.tasks[task];
        let pc = (pc as usize).min(task.live.len() / task.words_per_pc.max(1) - 1);
        let word = task.live[pc * task.words_per_pc + local / 64];
        word >> (local % 64) & 1 == 1
    }
}

/// What one instruction does to locals: reads, a definite write, and where it may go next.
struct Effect {
    reads: Vec<usize>,
    reads_all: bool,
    writes: Option<usize>,
    next: [Option<u32>; 2],
    /// The handlers of the `try` blocks around it: an exception it raises goes on there, before any
    /// write of its own.
    throws_to: Vec<u32>,
}

/// `handlers`: the task's `try` handlers, each a protected range `start..end` and where it goes.
fn analyse(task: &TaskDef, handlers: &[(u32, u32, u32)]) -> TaskLiveness {
    let locals = task.locals.len();
    let words_per_pc = locals.div_ceil(64).max(1);
    let len = task.program.len();
    let mut live = vec![0u64; (len + 1) * words_per_pc];
    let mut effects: Vec<Effect> = (0..len).map(|pc| effect(task, pc as u32)).collect();
    for &(start, end, target) in handlers {
        let protected = (end as usize).min(len).saturating_sub(start as usize);
        for effect in effects.iter_mut().skip(start as usize).take(protected) {
            effect.throws_to.push(target);
        }
    }
    let mut changed = true;
    while changed {
        changed = false;
        for pc in (0..len).rev() {
            let effect = &effects[pc];
            let mut row = vec![0u64; words_per_pc];
            for target in effect.next.iter().flatten() {
                let target = (*target as usize).min(len);
                for (word, &successor) in row.iter_mut().zip(&live[target * words_per_pc..][..words_per_pc]) {
                    *word |= successor;
                }
            }
            if let Some(local) = effect.writes {
                row[local / 64] &= !(1 << (local % 64));
            }
            for target in &effect.throws_to {
                let target = (*target as usize).min(len);
                for (word, &successor) in row.iter_mut().zip(&live[target * words_per_pc..][..words_per_pc]) {
                    *word |= successor;
                }
            }
            if effect.reads_all {
                for (index, word) in row.iter_mut().enumerate() {
                    let bits = locals.saturating_sub(index * 64).min(64);
                    *word = if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
                }
            }
            for &local in &effect.reads {
                row[local / 64] |= 1 << (local % 64);
            }
            let slot = &mut live[pc * words_per_pc..][..words_per_pc];
            if *slot != *row {
                slot.copy_from_slice(&row);
                changed = true;
            }
        }
    }
    TaskLiveness { words_per_pc, live }
}

fn expression_reads(task: &TaskDef, expr: crate::model::ExprId) -> Vec<usize> {
    let Expr { ops, .. } = &task.exprs[expr.index()];
    ops.iter()
        .filter_map(|op| match op {
            ExprOp::Local(LocalId(local)) => Some(*local as usize),
            _ => None,
        })
        .collect()
}

/// The instruction's use of locals, as `Instr::locals_use` classifies it.
fn effect(task: &TaskDef, pc: u32) -> Effect {
    let instruction = task.program[pc as usize].locals_use();
    let mut reads: Vec<usize> =
        instruction.exprs.iter().flatten().flat_map(|&expr| expression_reads(task, expr)).collect();
    reads.extend(instruction.reads_local.map(|local| local.index()));
    let next = match instruction.flow {
        Flow::Next => [Some(pc + 1), None],
        Flow::Jump(target) => [Some(target), None],
        Flow::NextOr(target) => [Some(pc + 1), Some(target)],
        Flow::End => [None, None],
    };
    let writes = instruction.writes.map(|l| l.index());
    Effect { reads, reads_all: instruction.reads_every_local, writes, next, throws_to: Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Instr;

    #[test]
    fn a_temporary_is_dead_after_its_last_read_and_live_between() {
        // `set: "n = n + 1"` then `cpu: 1ns`, compiled by hand (the loader lives in another crate).
        let mut task = TaskDef {
            name: "a".into(),
            kind: crate::model::TaskKind::Thread,
            process: crate::model::ProcessId(0),
            event_loop: None,
            after: Vec::new(),
            spawned: false,
            daemon: false,
            priority: 0,
            locals: vec!["%0".into()],
            local_initial: Vec::new(),
            program: Vec::new(),
            lines: Vec::new(),
            exprs: vec![Expr { ops: vec![ExprOp::Local(LocalId(0)), ExprOp::Const(1)], text: "%0 + 1".into() }],
        };
        task.program = vec![
            Instr::ReadShared { var: crate::model::VarId(0), into: LocalId(0) },
            Instr::SetShared { var: crate::model::VarId(0), expr: crate::model::ExprId(0) },
            Instr::Cpu(1),
        ];
        let analysed = analyse(&task, &[]);
        let liveness = Liveness { tasks: vec![analysed] };
        assert!(!liveness.is_live(0, 0, 0), "written by the read before any use");
        assert!(liveness.is_live(0, 1, 0), "read by the write");
        assert!(!liveness.is_live(0, 2, 0), "never read again");
        assert!(!liveness.is_live(0, 3, 0), "the end");
        // A `try` around the `cpu` whose handler is the write: an exception there goes to it, so the
        // local is live at the `cpu` too (and at the read, before it, not: the read writes it).
        task.program = vec![
            Instr::ReadShared { var: crate::model::VarId(0), into: LocalId(0) },
            Instr::Cpu(1),
            Instr::Jump { target: 4 },
            Instr::SetShared { var: crate::model::VarId(0), expr: crate::model::ExprId(0) },
        ];
        let liveness = Liveness { tasks: vec![analyse(&task, &[(1, 2, 3)])] };
        assert!(liveness.is_live(0, 1, 0), "the handler reads it");
        assert!(!liveness.is_live(0, 0, 0), "written by the read before any use");
        assert!(!liveness.is_live(0, 2, 0), "past the protected range");
    }
}
