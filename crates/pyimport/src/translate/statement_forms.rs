//! The forms of a `for` and of a `with` item that take the whole statement before the translator's
//! general ones: ordered tables, each tried from the first. The order decides which form takes a
//! statement more than one would: keep it. A new form is one function (in a module of its own) and one
//! row here, at the place its statement would otherwise go.

use ruff_python_ast::{self as ast, Stmt};

use super::{Frame, Result, Step, Translator, special_methods};

/// A form of a whole `for` (`looping`, its `line` and the line after it): its steps written to `out`
/// and true when it takes the loop; false, having written nothing, when it does not.
type LoopForm = fn(&mut Translator<'_>, &mut Frame, &ast::StmtFor, &mut Vec<Step>, (u32, u32)) -> Result<bool>;

/// The forms of a `for`, in the order they are tried, after its target and iterable are checked.
const LOOP_FORMS: &[LoopForm] = &[
    // `for name in pages:` of a module dict nothing writes, starting a job per pass (constant_dict_loops.rs).
    |translator, frame, looping, out, lines| translator.constant_dict_keys_for(frame, looping, out, lines),
    // `for k, v in d.items():` of a shared dict (whole_reads.rs).
    |translator, frame, looping, out, (line, next_line)| translator.dict_for(frame, looping, out, line, next_line),
    // `for k, v in record.items():` of a dict with keys known at import time (record_walks.rs).
    |translator, frame, looping, out, (_, next_line)| translator.record_items_for(frame, looping, out, next_line),
    // `for i, f in enumerate(futures):` (futures.rs).
    |translator, frame, looping, out, (line, next_line)| {
        translator.enumerated_futures_for(frame, looping, out, line, next_line)
    },
    // `for t, r in zip(pending, results):` of a gather of that set (gathered_outcome_zips.rs).
    |translator, frame, looping, out, lines| translator.gathered_outcome_zip_for(frame, looping, out, lines),
];

/// A form of a `for` whose target is one name (`variable`): as `LoopForm`.
type NamedLoopForm =
    fn(&mut Translator<'_>, &mut Frame, &str, &ast::StmtFor, &mut Vec<Step>, (u32, u32)) -> Result<bool>;

/// The forms of a `for` over one name, in the order they are tried.
const NAMED_LOOP_FORMS: &[NamedLoopForm] = &[
    // `for f in done:` of `wait(..., FIRST_COMPLETED)` (completion.rs).
    |translator, frame, variable, looping, out, (line, next_line)| {
        translator.first_completed_for(frame, variable, looping, out, line, next_line)
    },
    // `for f in as_completed(futures):` (completion.rs).
    |translator, frame, variable, looping, out, (line, next_line)| {
        translator.as_completed_for(frame, variable, looping, out, line, next_line)
    },
    // `for f in futures:` of a list of futures (futures.rs).
    |translator, frame, variable, looping, out, (line, next_line)| {
        translator.futures_for(frame, variable, looping, out, line, next_line)
    },
];

/// A form of a `with` item (`item`, the items after it, the body, the line after the statement): its
/// steps written to `out` and true when it takes the item and what is inside it; false, having written
/// nothing, when it does not.
type WithForm = fn(
    &mut Translator<'_>,
    &mut Frame,
    (&ast::WithItem, &[ast::WithItem]),
    &[Stmt],
    &mut Vec<Step>,
    u32,
) -> Result<bool>;

/// The forms of a `with` item, in the order they are tried, before the threading primitives.
const WITH_FORMS: &[WithForm] = &[
    // `with ThreadPoolExecutor() as pool:` (futures.rs).
    |translator, frame, (item, rest), body, out, next_line| {
        translator.executor_with(frame, item, rest, body, out, next_line)
    },
    // `async with asyncio.TaskGroup() as tg:` (task_groups.rs).
    |translator, frame, (item, rest), body, out, next_line| {
        translator.task_group_with(frame, item, rest, body, out, next_line)
    },
    // `with multiprocessing.Manager() as manager:` (managers.rs).
    |translator, frame, (item, rest), body, out, next_line| {
        translator.manager_with(frame, item, rest, body, out, next_line)
    },
    // `with instance:` of a class of the file with `__enter__` and `__exit__` (special_methods.rs).
    |translator, frame, (item, rest), body, out, next_line| {
        translator.instance_with(frame, special_methods::Protocol::of(false), item, rest, body, out, next_line)
    },
];

impl Translator<'_> {
    /// The first form of `LOOP_FORMS` that takes `looping`: true; false when none does.
    pub(super) fn for_by_form(
        &mut self,
        frame: &mut Frame,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        lines: (u32, u32),
    ) -> Result<bool> {
        for form in LOOP_FORMS {
            if form(self, frame, looping, out, lines)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The first form of `NAMED_LOOP_FORMS` that takes `looping` over `variable`: true; false when none
    /// does.
    pub(super) fn named_for_by_form(
        &mut self,
        frame: &mut Frame,
        variable: &str,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        lines: (u32, u32),
    ) -> Result<bool> {
        for form in NAMED_LOOP_FORMS {
            if form(self, frame, variable, looping, out, lines)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The first form of `WITH_FORMS` that takes `item` (and the items and body inside it): true; false
    /// when none does.
    pub(super) fn with_by_form(
        &mut self,
        frame: &mut Frame,
        items: (&ast::WithItem, &[ast::WithItem]),
        body: &[Stmt],
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<bool> {
        for form in WITH_FORMS {
            if form(self, frame, items, body, out, next_line)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
