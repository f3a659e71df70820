//! Tasks CPython starts in an order the program does not fix, explored in every order.
//!
//! CPython 3.11's `asyncio.as_completed(fs)` begins with `todo = {ensure_future(f, loop=loop) for f in
//! set(fs)}`: each coroutine object of `fs` is wrapped in a task in the order of a set of the coroutine
//! objects, which is the order of their addresses in the set's hash table. The tasks then first run in
//! that order (the loop's ready queue is FIFO), and it is fixed by nothing the program says (sessions 21,
//! 22 and 24 refused `asyncio.as_completed([probe(h) for h in hosts])` for it). The tasks finish, and
//! `as_completed` yields them, in the order their work ends, as it does for tasks started first.
//!
//! So the starts are taken in any order: the import makes the steps that start each task as it would in
//! the list's order, and runs them under one choice of the policy, `rank = choose(0, n! - 1)`, read as a
//! number in the factorial system (a Lehmer code): at position `p` the task started is the
//! `rank % (n - p)`-th of those not started yet. Each of the `n!` orders is one value of the choice, so
//! `weft explore` runs every order once and lists the outcomes of all of them: a superset of CPython's,
//! never a miss. A choice holds at most 1,024 values (docs/format.md), so at most 6 coroutines are
//! taken (720 orders); more are refused, saying so.
//!
//! The task of each position is stored into the element of the list's own place (`futures[k]` for the
//! `k`-th coroutine of the list), so what the loop reads of the futures does not change.

use super::futures::repeat;
use super::gather_failures::if_step;
use super::walks::let_step;
use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};

/// The most coroutines started in any order: 6! = 720 orders, within a choice's 1,024 values.
pub(crate) const MAX_UNORDERED_STARTS: usize = 6;

impl Translator<'_> {
    /// `asyncio.as_completed(argument)` over several coroutine objects (as_completed_orders.rs): each
    /// started as a task into an element of a local array, in any of the orders of their set (module
    /// comment). Gives the array and its length, as `completing_futures` does, and the local array
    /// holding the position in the list of the task started first, second, ...
    pub(super) fn completing_coroutines_in_any_order(
        &mut self,
        frame: &mut Frame,
        argument: &ruff_python_ast::Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<((String, usize), String)> {
        let mut started = Vec::new();
        let outer_offsets = self.item_start_offsets.replace(Vec::new());
        let completing = self.completing_futures(frame, argument, true, &mut started, line);
        let offsets = std::mem::replace(&mut self.item_start_offsets, outer_offsets).unwrap_or_default();
        let (futures, length) = completing?;
        if length > MAX_UNORDERED_STARTS {
            return fail(
                argument,
                format!(
                    "`asyncio.as_completed` over {length} coroutines is not supported: CPython wraps them in tasks in the order of a set of the coroutine objects (their addresses), any of their {length}! orders, and weft explores every order for at most {MAX_UNORDERED_STARTS} coroutines (720 orders, one choice of at most 1,024 values); start the tasks first in the order you mean (`tasks = [asyncio.create_task(job(n)) for n in ...]`) and pass `tasks`"
                ),
            );
        }
        let order = self.fresh_temporary(frame.task, "start_positions");
        let Some(ordered) = self.starts_in_any_order(frame.task, started, &offsets, (length, &order), line) else {
            return fail(
                argument,
                "`asyncio.as_completed` over these coroutines is not supported: CPython starts them in the order of a set of them (their addresses), and weft could not tell the start of one from another's here; start the tasks first (`tasks = [asyncio.create_task(job(n)) for n in ...]`) and pass `tasks`",
            );
        };
        out.extend(ordered);
        Ok(((futures, length), order))
    }

    /// A watcher per future (completion.rs, `watch_futures_into`), started in the order the tasks were
    /// (`order[i]` is the position of the `i`-th started): CPython's `as_completed` adds a done callback
    /// to every task, which runs when that task ends, so tasks that end in one pass of the loop are
    /// handed on in the order they ran, the order they were started in (session23/repro/r02: CPython
    /// [2, 1, 0] then [12, 11, 10]). Watchers started in the list's order would hand them on in that
    /// order instead.
    pub(super) fn watch_in_start_order(
        &mut self,
        queue: &str,
        (futures, length): (&str, usize),
        order: &str,
        watch: super::completion::Watch,
        out: &mut Vec<Step>,
        line: u32,
    ) {
        let watcher = self.watcher_task(queue, true, watch, line);
        let watched = crate::out::quote(&format!("{futures}[{order}[i]]"));
        let slot = crate::out::quote(&format!("{order}[i]"));
        let submit = Step::new(
            "submit",
            Node::Map(vec![
                ("task", Node::Task(watcher)),
                ("args", Node::Plain(format!("{{ watched: {watched}, slot: {slot} }}"))),
            ]),
            line,
        );
        out.push(repeat(length, vec![submit], line));
    }

    /// The steps that start `length` tasks in the list's order (`steps`: what comes before the first
    /// start, then each start from its offset in `offsets`, or one `repeat` whose `i`-th pass starts the
    /// `i`-th), rewritten to start them in the order a choice gives (module comment). `None` when the
    /// steps are of neither shape.
    fn starts_in_any_order(
        &mut self,
        task: usize,
        mut steps: Vec<Step>,
        offsets: &[usize],
        (length, order): (usize, &str),
        line: u32,
    ) -> Option<Vec<Step>> {
        enum Starts {
            /// The steps of each start, in the list's order.
            Each(Vec<Vec<Step>>),
            /// The body of a `repeat` whose pass `i` starts the `i`-th.
            Repeated(Vec<Step>),
        }
        let starts = if offsets.len() == length && offsets.windows(2).all(|pair| pair[0] <= pair[1]) {
            let mut each: Vec<Vec<Step>> = offsets.iter().rev().map(|&offset| steps.split_off(offset)).collect();
            each.reverse();
            Starts::Each(each)
        } else if offsets.is_empty() {
            let last = steps.pop()?;
            match (last.key, last.value) {
                ("repeat", Some(Node::Map(entries))) => {
                    let times = entries.iter().find(|(key, _)| *key == "times");
                    if !matches!(times, Some((_, Node::Plain(times))) if *times == length.to_string()) {
                        return None;
                    }
                    let (_, ops) = entries.into_iter().find(|(key, _)| *key == "ops")?;
                    let Node::Steps(body) = ops else { return None };
                    Starts::Repeated(body)
                }
                _ => return None,
            }
        } else {
            return None;
        };
        let rank = self.fresh_temporary(task, "start_order");
        let skip = self.fresh_temporary(task, "start_skip");
        let chosen = self.fresh_temporary(task, "started_next");
        let flags: Vec<String> = (0..length).map(|_| self.fresh_temporary(task, "started")).collect();
        let orders: usize = (1..=length).product();
        steps.push(let_step(format!("{rank} = choose(0, {})", orders - 1), line));
        steps.extend(flags.iter().map(|flag| let_step(format!("{flag} = 0"), line)));
        steps.push(let_step(format!("{order} = array({length})"), line));
        // One pass per position `i`: the `skip`-th task not started yet is the one started there.
        let mut pass = vec![
            let_step(format!("{skip} = {rank} % ({length} - i)"), line),
            let_step(format!("{rank} = {rank} / ({length} - i)"), line),
            let_step(format!("{chosen} = -1"), line),
        ];
        for (item, flag) in flags.iter().enumerate() {
            let counted = Step::new(
                "if",
                Node::Map(vec![
                    ("cond", Node::Quoted(format!("{skip} == 0"))),
                    ("then", Node::Steps(vec![let_step(format!("{chosen} = {item}"), line)])),
                    ("else", Node::Steps(vec![let_step(format!("{skip} = {skip} - 1"), line)])),
                ]),
                line,
            );
            pass.push(if_step(format!("{chosen} < 0 && {flag} == 0"), vec![counted], line));
        }
        pass.push(let_step(format!("{order}[i] = {chosen}"), line));
        match starts {
            Starts::Each(each) => {
                for (item, (start, flag)) in each.into_iter().zip(&flags).enumerate() {
                    let mut then = vec![let_step(format!("{flag} = 1"), line)];
                    then.extend(start);
                    pass.push(if_step(format!("{chosen} == {item}"), then, line));
                }
            }
            Starts::Repeated(body) => {
                for (item, flag) in flags.iter().enumerate() {
                    pass.push(if_step(
                        format!("{chosen} == {item}"),
                        vec![let_step(format!("{flag} = 1"), line)],
                        line,
                    ));
                }
                pass.push(repeat(length, vec![if_step(format!("i == {chosen}"), body, line)], line));
            }
        }
        steps.push(repeat(length, pass, line));
        // Every order ends with the same locals (each flag 1, the rank and the skip 0), but for the last
        // task chosen: reset, so that the states of the orders after the starts may be one.
        steps.push(let_step(format!("{chosen} = -1"), line));
        Some(steps)
    }
}
