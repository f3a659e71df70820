//! The values that have steps of their own before an expression can use them (`f.result()`,
//! `items.pop()`, `d.get(k, 0)`, `x in items` of a shared list, `sum(items)`, `next(c)`, `q.get()`,
//! ...): one ordered table. A value the table names is an operand with steps (`total + d.get(k, 0)`,
//! `if sum(items) == 6:`), its steps are written first, in Python's order, and the expression uses its
//! value (translate.rs: `stepped_value`, `is_stepped_operand`, `without_stepped_operands`,
//! `popped_operand`). Calls of the file's functions, partials, closures and lambdas are operands with
//! steps too; they are inlined, not read, and stay in translate.rs.
//!
//! A new read is one row (its test and its steps in a module of its own), at the place its value
//! would otherwise go: the first row whose test takes a value gives its steps, so keep the order.

use ruff_python_ast::Expr;

use super::{Frame, Result, Step, Translator};
use crate::expr::ATOM;

/// A read's steps into `out`, for a value its test takes: the text of its value and that text's
/// precedence.
type ReadSteps = fn(&mut Translator<'_>, &mut Frame, &Expr, &mut Vec<Step>, u32) -> Result<(String, u8)>;

/// A read with steps of its own.
pub(super) struct SteppedRead {
    /// Is `value` this read? (Each test takes only calls, subscripts and comparisons.)
    reads: fn(&Translator<'_>, &Frame, &Expr) -> bool,
    /// The read's steps.
    steps: ReadSteps,
    /// Whether the steps leave the value in a local of their own, which an operand can name; otherwise
    /// the value is an expression (a test over a flag, a temporary that a second read of the same kind
    /// would overwrite) that an operand keeps in a fresh local.
    value_in_local: bool,
    /// Whether a store of this read alone (`x = d.get(k)`, `cache[k] = items.count(x)`) takes
    /// `popped_operand`'s way: its steps, then the expression over its value. The others have a store
    /// form of their own (a `pop` into its target, `cancel()`'s boolean, a blocking call's result).
    stored_alone: bool,
}

/// The reads, in the order they are tried.
const STEPPED_READS: &[SteppedRead] = &[
    // `total += fut.result()` (futures.rs).
    SteppedRead {
        reads: |translator, frame, value| translator.future_result_call(frame, value).is_some(),
        steps: |translator, frame, value, out, line| {
            let result = translator.hoisted_result(frame, value, out, line)?;
            Ok((result.expect("the test took a future's result"), ATOM))
        },
        value_in_local: false,
        stored_alone: false,
    },
    // `items.pop()`, `items.pop(0)`, `d.pop(k)`, `dq.popleft()` of a shared list, dict or deque.
    SteppedRead {
        reads: |translator, frame, value| translator.popped_list(frame, value).is_some(),
        steps: |translator, frame, value, out, line| {
            let (shared, call) = translator.popped_list(frame, value).expect("the test took a pop");
            Ok((translator.list_pop(frame, &shared, call, None, out, line)?, ATOM))
        },
        value_in_local: true,
        stored_alone: false,
    },
    // `d.get(k, 0)`, `d.setdefault(k, [])`, `d[k]` of a defaultdict (map_reads.rs).
    SteppedRead {
        reads: |translator, frame, value| translator.map_read(frame, value).is_some(),
        steps: |translator, frame, value, out, line| {
            let read = translator.map_read(frame, value).expect("the test took a dict's read");
            Ok((translator.map_read_steps(frame, read, out, line)?, ATOM))
        },
        value_in_local: true,
        stored_alone: true,
    },
    // `x in items` of a shared list (map_reads.rs).
    SteppedRead {
        reads: |translator, frame, value| translator.list_membership(frame, value).is_some(),
        steps: |translator, frame, value, out, line| {
            let membership = translator.list_membership(frame, value).expect("the test took a membership");
            translator.list_membership_steps(frame, membership, out, line)
        },
        value_in_local: false,
        stored_alone: true,
    },
    // `f in done` of `wait(FIRST_COMPLETED)`'s sets (done_membership.rs).
    SteppedRead {
        reads: |translator, frame, value| translator.done_membership(frame, value).is_some(),
        steps: |translator, frame, value, out, line| {
            let membership = translator.done_membership(frame, value).expect("the test took a membership");
            translator.done_membership_steps(frame, membership, out, line)
        },
        value_in_local: false,
        stored_alone: true,
    },
    // `items.count(x)`, `items.index(x)` of a shared list (list_searches.rs).
    SteppedRead {
        reads: |translator, frame, value| translator.list_search(frame, value).is_some(),
        steps: |translator, frame, value, out, line| {
            let search = translator.list_search(frame, value).expect("the test took a search");
            Ok((translator.list_search_steps(frame, search, out, line)?, ATOM))
        },
        value_in_local: true,
        stored_alone: true,
    },
    // `sum(items)`, `len(d)`, `all(...)`, `set(items) == {...}` of shared memory (whole_reads.rs).
    SteppedRead {
        reads: |translator, frame, value| translator.whole_read(frame, value).is_some(),
        steps: |translator, frame, value, out, line| {
            let read = translator.whole_read(frame, value).expect("the test took a whole read");
            Ok((translator.whole_read_steps(frame, read, out, line)?, ATOM))
        },
        value_in_local: true,
        stored_alone: true,
    },
    // `next(c)` of an `itertools.count()` (counters.rs).
    SteppedRead {
        reads: |translator, frame, value| translator.counter_next(frame, value).is_some(),
        steps: |translator, frame, value, out, line| {
            let (shared, step) = translator.counter_next(frame, value).expect("the test took a counter");
            Ok((translator.counter_next_steps(frame, &shared, step, out, line), ATOM))
        },
        value_in_local: true,
        stored_alone: true,
    },
    // `d[f]` of a dict of futures (future_dicts.rs).
    SteppedRead {
        reads: |translator, frame, value| translator.future_dict_lookup(frame, value).is_some(),
        steps: |translator, frame, value, out, line| {
            let lookup = translator.future_dict_lookup(frame, value).expect("the test took a lookup");
            Ok((translator.future_dict_lookup_steps(frame, lookup, out, line), ATOM))
        },
        value_in_local: true,
        stored_alone: true,
    },
    // `ok = fut.cancel()` (futures.rs).
    SteppedRead {
        reads: |translator, frame, value| translator.future_cancel_call(frame, value).is_some(),
        steps: |translator, frame, value, out, line| {
            let (future, call) = translator.future_cancel_call(frame, value).expect("the test took a cancel");
            Ok((translator.cancel_with_value(frame, &future, call, out, line)?, ATOM))
        },
        value_in_local: false,
        stored_alone: false,
    },
    // `f.done()`, `f.cancelled()`, `f.running()` (future_states.rs).
    SteppedRead {
        reads: |translator, frame, value| translator.future_predicate_call(frame, value).is_some(),
        steps: |translator, frame, value, out, line| {
            let predicate = translator.future_predicate_call(frame, value).expect("the test took a predicate");
            Ok((translator.future_predicate_value(frame, predicate, out, line)?, ATOM))
        },
        value_in_local: false,
        stored_alone: false,
    },
    // `total += q.get()`: the blocking call's step into a temporary, then the sum.
    SteppedRead {
        reads: |translator, frame, value| translator.blocking_result(frame, value).unwrap_or(false),
        steps: |translator, frame, value, out, line| {
            let result = translator.temporary(frame.task, "result");
            translator.blocking_call(frame, value, Some(&result), out, line)?;
            Ok((result, ATOM))
        },
        value_in_local: true,
        stored_alone: false,
    },
    // `n = asyncio.run(main()) + 1` (asyncio_run_values.rs).
    SteppedRead {
        reads: |translator, frame, value| matches!(value, Expr::Call(call) if translator.is_asyncio_run(frame, call)),
        steps: |translator, frame, value, out, line| {
            let Expr::Call(call) = value else { unreachable!("the test took a call") };
            Ok((translator.asyncio_run_value(frame, call, out, line)?, ATOM))
        },
        value_in_local: true,
        stored_alone: false,
    },
];

impl Translator<'_> {
    /// The first read of `STEPPED_READS` that takes `value`, if one does.
    pub(super) fn stepped_read(&self, frame: &Frame, value: &Expr) -> Option<&'static SteppedRead> {
        STEPPED_READS.iter().find(|read| (read.reads)(self, frame, value))
    }

    /// The steps of the first read that takes `value` into `out`: its value's text and precedence;
    /// `None`, having written nothing, when no read takes it.
    pub(super) fn stepped_read_value(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<(String, u8)>> {
        match self.stepped_read(frame, value) {
            Some(read) => (read.steps)(self, frame, value, out, line).map(Some),
            None => Ok(None),
        }
    }

    /// Does a read whose steps leave its value in a local of their own take `value`?
    pub(super) fn stepped_read_in_local(&self, frame: &Frame, value: &Expr) -> bool {
        STEPPED_READS.iter().any(|read| read.value_in_local && (read.reads)(self, frame, value))
    }

    /// Does a read that a store takes alone through `popped_operand` take `value`?
    pub(super) fn stepped_read_stored_alone(&self, frame: &Frame, value: &Expr) -> bool {
        STEPPED_READS.iter().any(|read| read.stored_alone && (read.reads)(self, frame, value))
    }
}
