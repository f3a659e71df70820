//! What failed in a run, as `fuzz` groups outcomes by it and `shrink` keeps it: the first failure's kind,
//! the text of its `assert` or `expect` (or, for a deadlock or a fault, its message) and its line in the
//! scenario file.

use serde::{Deserialize, Serialize};
use sim_core::Model;
use sim_core::report::{Cause, FailureRecord};

/// The first failure of a run, in the words of the scenario file.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct FailureOf {
    /// `assert`, `expect`, `deadlock`, `fault`.
    pub kind: String,
    /// The `assert` or `expect` expression as written; for other failures, their message.
    pub text: String,
    /// The line of the step or `expect` line; null when the failure has no line (a deadlock).
    pub line: Option<u32>,
}

impl FailureOf {
    /// `expect `balance == 900` (line 25)`: what failed, for a list of failures.
    pub fn describe(&self) -> String {
        let line = self.line.map_or(String::new(), |line| format!(" (line {line})"));
        match self.kind.as_str() {
            "assert" | "expect" => format!("{} `{}`{line}", self.kind, self.text),
            _ => format!("{}: {}{line}", self.kind, self.text),
        }
    }

    /// The same without repeating a deadlock's or a fault's kind, which the status beside it says.
    pub fn cause(&self) -> String {
        let line = self.line.map_or(String::new(), |line| format!(" (line {line})"));
        match self.kind.as_str() {
            "assert" | "expect" => format!("{} `{}`{line}", self.kind, self.text),
            _ => format!("{}{line}", self.text),
        }
    }
}

pub fn first_failure(records: &[FailureRecord], model: &Model) -> Option<FailureOf> {
    let record = records.first()?;
    let described = record.describe(model);
    let (kind, text) = match record.cause {
        Cause::Expect { index, .. } => ("expect".to_string(), model.expectations[index as usize].expr.text.clone()),
        Cause::Assertion { expr } => {
            let text = record.task.map(|task| model.tasks[task.index()].exprs[expr.index()].text.clone());
            ("assert".to_string(), text.unwrap_or(described.message))
        }
        _ => (described.kind, described.message),
    };
    Some(FailureOf { kind, text, line: described.line })
}

/// The first failure as numbers, computed in the fuzz loop without allocating. Runs with equal keys have
/// the same [`first_failure`] (for an expression that faults, the same expression and kind of fault; the
/// values in its message are the first run's).
pub type FailureKey = [i64; 4];

pub const NO_FAILURE: FailureKey = [0; 4];

pub fn failure_key(records: &[FailureRecord], model: &Model) -> FailureKey {
    let Some(record) = records.first() else { return NO_FAILURE };
    let line = match (record.task, record.pc) {
        (Some(task), Some(pc)) => model.tasks[task.index()].lines.get(pc as usize).map_or(-1, |&line| i64::from(line)),
        _ => -1,
    };
    let task = record.task.map_or(-1, |task| task.index() as i64);
    match record.cause {
        Cause::Expect { index, .. } => [1, i64::from(index), 0, 0],
        Cause::Assertion { expr } => [2, line, expr.index() as i64, 0],
        Cause::Eval { expr, error } => [3, line, expr.index() as i64, eval_error_tag(error)],
        Cause::UnlockNotHeld { lock, holder } => {
            [4, line, lock.index() as i64 * 65_536 + task, holder.map_or(-1, |holder| holder.index() as i64)]
        }
        Cause::TaskDoneTooOften { queue } => [5, line, queue.index() as i64, task],
        Cause::SpawnedTwice { target } => [6, line, target.index() as i64, task],
        Cause::QueueOverflow { queue } => [7, line, queue.index() as i64, task],
        Cause::Deadlock { blocked, unfinished } => [8, line, i64::from(blocked), i64::from(unfinished)],
        // 9 was a step the engine did not run yet (every step runs now).
        Cause::TimeLimit => [10, line, task, 0],
        Cause::Python(fault) => [11, line, python_fault_tag(fault), task],
        Cause::TimedWorkLimit { .. } => [12, line, task, 0],
        Cause::InstanceLimit { instances } => [13, line, instances.index() as i64, task],
    }
}

/// Which exception a format 1.1 fault raises, and on what kind of object.
fn python_fault_tag(fault: sim_core::outcome::PythonFault) -> i64 {
    use sim_core::outcome::PythonFault;
    match fault {
        PythonFault::ArrayIndex { .. } => 0,
        PythonFault::KeyError { .. } => 1,
        PythonFault::MapFull { .. } => 2,
        PythonFault::LockIndex { .. } => 3,
        PythonFault::SemaphoreIndex { .. } => 4,
        PythonFault::EventIndex { .. } => 5,
        PythonFault::ConditionIndex { .. } => 6,
        PythonFault::SemaphoreReleasedTooOften { .. } => 7,
        PythonFault::ConditionLockNotHeld { .. } => 8,
        PythonFault::LocalIndex { .. } => 9,
        PythonFault::NotAFuture { .. } => 10,
        PythonFault::Cancelled { .. } => 11,
        PythonFault::Timeout { .. } => 12,
        PythonFault::SemaphoreOverflow { .. } => 13,
        PythonFault::AsyncioInThread { .. } => 14,
        PythonFault::QueueEmpty { .. } => 15,
        PythonFault::QueueFull { .. } => 16,
        // ValueError (negative, or None: TypeError) apart from a length too long.
        PythonFault::SleepLength { value, .. } if value < 0 => 17,
        PythonFault::SleepLength { .. } => 18,
        PythonFault::UnorderableItem { .. } => 19,
        PythonFault::UnorderableTuple { certain: true, .. } => 23,
        PythonFault::UnorderableTuple { certain: false, .. } => 24,
        PythonFault::TupleKey { .. } => 25,
        PythonFault::UnorderableObject { certain: true, .. } => 28,
        PythonFault::UnorderableObject { equal: false, certain: false, .. } => 29,
        PythonFault::UnorderableObject { equal: true, certain: false, .. } => 30,
        PythonFault::EntryIndex { .. } => 26,
        PythonFault::ListIndex { .. } => 27,
        PythonFault::BrokenBarrier { .. } => 20,
        PythonFault::ExceptionValueLimit => 31,
        PythonFault::HeapComparison { modelled: true, .. } => 32,
        PythonFault::HeapComparison { modelled: false, .. } => 33,
        // ValueError (negative) apart from a float too long or in another unit than seconds.
        PythonFault::FloatSleepLength { bits, .. } if f64::from_bits(bits) < 0.0 => 34,
        PythonFault::FloatSleepLength { .. } => 35,
        PythonFault::FloatKey { .. } => 36,
        // The class is the raise's or the result's own (its line tells them apart).
        PythonFault::Uncaught { .. } => 21,
        PythonFault::Reraised { .. } => 22,
    }
}

fn eval_error_tag(error: sim_core::expr::EvalError) -> i64 {
    use sim_core::expr::EvalError;
    match error {
        EvalError::Overflow => 0,
        EvalError::DivisionByZero => 1,
        EvalError::IndexOutOfRange { .. } => 2,
        EvalError::MissingKey { .. } => 3,
        EvalError::NoneOperand { .. } => 4,
        EvalError::StringOperand { .. } => 5,
        EvalError::TupleOperand { .. } => 6,
        EvalError::TupleNotYet { .. } => 7,
        EvalError::Unpack { got: None, .. } => 8,
        EvalError::Unpack { got: Some(_), .. } => 9,
        EvalError::TooManyTuples => 10,
        EvalError::UnpackString { .. } => 11,
        EvalError::IntLiteral { .. } => 12,
        EvalError::Argument { .. } => 13,
        EvalError::StringTooLong => 14,
        EvalError::TooManyStrings => 15,
        EvalError::NotYet { .. } => 16,
        EvalError::NoAttribute { .. } => 17,
        EvalError::TooManyObjects => 18,
        EvalError::TooManyObjectSlots => 19,
        EvalError::MissingAttribute { .. } => 20,
        EvalError::ListIndexType { .. } => 21,
        EvalError::Unhashable { .. } => 22,
        EvalError::NotSubscriptable { .. } => 23,
        EvalError::ObjectOperand { .. } => 24,
        EvalError::Python { .. } => 25,
        EvalError::TooManyFloats => 26,
        EvalError::FloatNotYet { .. } => 27,
        EvalError::FloatLiteral { .. } => 28,
    }
}
