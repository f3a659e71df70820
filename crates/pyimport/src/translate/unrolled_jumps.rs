//! `break` and `continue` in a loop that weft unrolls at import time (a loop over items known then:
//! `for backend in BACKENDS:`, `for name in ["a", "b"]:`), session 20.
//!
//! An unrolled loop has no loop of its own in the scenario, so a jump out of it needs one: each pass
//! runs inside a loop that runs once (`while: True`, ending in `break`) when the body may `continue`,
//! whose `break` is the `continue`; the passes run inside one more such loop when the body may
//! `break`, whose `break` is the `break`. With both, the `break` first sets a flag (the loop's `else:`
//! flag when it has one: both say "left by `break`"), tested after each pass. A `return` of an inlined
//! function from inside (`EarlyReturn`) sets its flag and leaves the innermost of these loops; the
//! test after each pass, and `after_loop` after the whole, carry it out to the function's one-pass
//! loop, as for any loop the scenario runs.
//!
//! Since a pass may not run (an earlier one left the loop), the passes are code that runs on some paths
//! only, as an `if`'s branch: objects are not made there (`dynamic`), the names the body binds are no
//! longer known at import time after it, and after a loop left by `break` its variable holds the item
//! of the pass that left: a number is in its `let`'s local already, and each pass keeps a string or
//! None in a local of the scenario (`let item_left = 'tea'`), which the code after the loop reads; any
//! other item (a lock, a thread) is refused where the code after the loop reads it.

use ruff_python_ast::{self as ast, Expr, Stmt};

use std::collections::BTreeSet;

use super::{Frame, LoopKind, Result, Translator, collect_assigned, while_step};
use crate::out::{Node, Step};
use crate::value::Value;

/// Which jumps of its own an unrolled loop's body makes (in its `if`s, `with`s and `try`s; a nested
/// loop's are that loop's).
#[derive(Clone, Copy, Debug)]
pub(super) struct Jumps {
    breaks: bool,
    continues: bool,
}

impl Translator<'_> {
    /// The jumps of its own an unrolled loop's body may make in some pass (in its `if`s, `with`s and
    /// `try`s; a nested loop's are that loop's), or `None` when it makes none: the loop is then
    /// unrolled plainly, as before session 20. A jump under an `if` whose test is known at import time
    /// to be false in every pass (`if x == 2: break` over `[1, 3]`) makes none. Should this check take
    /// a jump for dead that the translation reaches, the plain loop refuses it at its line.
    pub(super) fn live_jumps(&self, frame: &Frame, looping: &ast::StmtFor, items: &[Value]) -> Option<Jumps> {
        let mut jumps = Jumps { breaks: false, continues: false };
        for item in items {
            let mut pass = frame.clone();
            match super::unpack_item(&looping.target, item.clone(), "the loop variable") {
                Ok(bound) => {
                    for (name, value) in bound {
                        pass.known.insert(name.to_string(), value.clone());
                        pass.locals.insert(name.to_string(), value);
                    }
                }
                // Not unpacked here: every jump counts (the translation refuses the item anyway).
                Err(_) => pass = frame.clone(),
            }
            self.reachable_jumps(&pass, &looping.body, &mut jumps);
        }
        (jumps.breaks || jumps.continues).then_some(jumps)
    }

    /// Adds to `jumps` the jumps of `body` that no test known at import time rules out.
    fn reachable_jumps(&self, frame: &Frame, body: &[Stmt], jumps: &mut Jumps) {
        for stmt in body {
            match stmt {
                Stmt::Break(_) => jumps.breaks = true,
                Stmt::Continue(_) => jumps.continues = true,
                Stmt::If(branch) => {
                    let clauses = std::iter::once((Some(&*branch.test), &branch.body))
                        .chain(branch.elif_else_clauses.iter().map(|clause| (clause.test.as_ref(), &clause.body)));
                    for (test, clause_body) in clauses {
                        match test.map(|test| self.static_truth(frame, test)) {
                            Some(Some(false)) => continue,
                            // No test (`else:`) or a true one: the later clauses never run.
                            None | Some(Some(true)) => {
                                self.reachable_jumps(frame, clause_body, jumps);
                                break;
                            }
                            Some(None) => self.reachable_jumps(frame, clause_body, jumps),
                        }
                    }
                }
                Stmt::With(with) => self.reachable_jumps(frame, &with.body, jumps),
                Stmt::Try(attempt) => {
                    for part in super::try_parts(attempt) {
                        self.reachable_jumps(frame, part, jumps);
                    }
                }
                // A nested loop's own jumps are its; those of its `else:` leave this loop.
                Stmt::For(inner) => self.reachable_jumps(frame, &inner.orelse, jumps),
                Stmt::While(inner) => self.reachable_jumps(frame, &inner.orelse, jumps),
                _ => {}
            }
        }
    }
}

/// A pass whose jumps the import decides: the statements Python runs in it, and the jump that ends it
/// (`Some(true)` a `break`, `Some(false)` a `continue`, `None` none).
type CutPass = (Vec<Stmt>, Option<bool>);

impl Translator<'_> {
    /// Each pass as Python runs it, where every jump of the body is decided at import time (`if name ==
    /// "b": continue` over strings known then): a jump taken directly or under `if`s whose tests read
    /// only the loop's variables and values known at import time, none of them bound in the body.
    /// `None` where some jump is decided only at run time (or sits in a `with` or `try`): the passes
    /// then run in loops of their own.
    fn passes_cut_at_import_time(
        &self,
        frame: &Frame,
        looping: &ast::StmtFor,
        items: &[Value],
    ) -> Option<Vec<CutPass>> {
        let mut assigned = BTreeSet::new();
        collect_assigned(&looping.body, &mut assigned, &mut BTreeSet::new());
        let mut passes = Vec::with_capacity(items.len());
        for item in items {
            let mut pass = frame.clone();
            for (name, value) in super::unpack_item(&looping.target, item.clone(), "the loop variable").ok()? {
                if assigned.contains(name) {
                    return None;
                }
                pass.known.insert(name.to_string(), value.clone());
                pass.locals.insert(name.to_string(), value);
            }
            passes.push(self.cut_pass(&pass, &looping.body, &assigned)?);
        }
        Some(passes)
    }

    /// The statements of `body` Python runs up to its first jump, decided at import time.
    fn cut_pass(&self, frame: &Frame, body: &[Stmt], assigned: &BTreeSet<String>) -> Option<CutPass> {
        let mut runs = Vec::new();
        for stmt in body {
            let jumps = |stmt: &Stmt| {
                super::leaves_the_block(std::slice::from_ref(stmt), &|s| {
                    matches!(s, Stmt::Break(_) | Stmt::Continue(_))
                })
            };
            match stmt {
                Stmt::Break(_) => return Some((runs, Some(true))),
                Stmt::Continue(_) => return Some((runs, Some(false))),
                Stmt::If(branch) if jumps(stmt) => {
                    let Some(taken) = self.clause_taken(frame, branch, assigned)? else { continue };
                    let (inner, jump) = self.cut_pass(frame, taken, assigned)?;
                    if jump.is_some() {
                        runs.extend(inner);
                        return Some((runs, jump));
                    }
                    runs.push(stmt.clone());
                }
                other if jumps(other) => return None,
                other => runs.push(other.clone()),
            }
        }
        Some((runs, None))
    }

    /// The clause of `branch` Python takes, where each test it evaluates is known at import time and
    /// reads no name the loop's body binds: `Some(None)` when none is taken, `None` when undecided.
    fn clause_taken<'b>(
        &self,
        frame: &Frame,
        branch: &'b ast::StmtIf,
        assigned: &BTreeSet<String>,
    ) -> Option<Option<&'b [Stmt]>> {
        let clauses = std::iter::once((Some(&*branch.test), &branch.body[..]))
            .chain(branch.elif_else_clauses.iter().map(|clause| (clause.test.as_ref(), &clause.body[..])));
        for (test, body) in clauses {
            let Some(test) = test else { return Some(Some(body)) };
            if !super::names_in(test).is_disjoint(assigned) {
                return None;
            }
            if self.static_truth(frame, test)? {
                return Some(Some(body));
            }
        }
        Some(None)
    }

    /// The loop unrolled at import time, each pass cut where its jump, decided then, leaves it: a
    /// `continue` ends the pass, a `break` the loop (setting the `else:` flag when the loop has one).
    fn unrolled_cut(
        &mut self,
        frame: &mut Frame,
        looping: &ast::StmtFor,
        items: Vec<Value>,
        passes: Vec<CutPass>,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<()> {
        frame.loops.push(LoopKind::Unrolled);
        let else_flag = frame.break_flags.last().filter(|(d, _)| *d == frame.loops.len()).map(|(_, flag)| flag.clone());
        let mut result = Ok(());
        for (item, (runs, jump)) in items.into_iter().zip(passes) {
            result = self
                .bind_unrolled(frame, &looping.target, item, out)
                .and_then(|()| self.block(frame, &runs, out, next_line));
            if result.is_err() || jump == Some(true) {
                if let (Ok(()), Some(flag)) = (&result, &else_flag) {
                    out.push(Step::new("let", Node::Quoted(format!("{flag} = 1")), self.line(looping)));
                }
                break;
            }
        }
        frame.loops.pop();
        result
    }
}

/// A name of an unrolled loop's target and the local of the scenario that keeps its item for the code
/// after the loop (`None` where some item is no number, string or None).
type Kept = (String, Option<String>);

/// What an object item stands for after the loop was left by `break` at some pass.
const LEFT_ITEM: &str = "the variable of a loop over objects known at import time, read after a `break` may have left the loop (which object it holds is known only at run time; read it inside the loop)";

impl Translator<'_> {
    /// The unrolled loop `looping` over `items`, whose body jumps (`jumps`): each pass in a loop that
    /// runs once where the body may `continue`, all of them in one where it may `break`.
    pub(super) fn unrolled_with_jumps(
        &mut self,
        frame: &mut Frame,
        looping: &ast::StmtFor,
        items: Vec<Value>,
        jumps: Jumps,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<()> {
        let line = self.line(looping);
        if let Some(cut) = self.passes_cut_at_import_time(frame, looping, &items) {
            return self.unrolled_cut(frame, looping, items, cut, out, next_line);
        }
        self.forget_assigned(frame, &looping.body);
        frame.dynamic += 1;
        frame.loops.push(LoopKind::UnrolledPass);
        let depth = frame.loops.len();
        // A `break` through a pass's own loop sets a flag: the loop's `else:` flag when it has one.
        let own_flag = (jumps.breaks && jumps.continues && frame.break_flags.last().is_none_or(|(d, _)| *d != depth))
            .then(|| self.fresh_temporary(frame.task, "stopped"));
        if let Some(flag) = &own_flag {
            out.push(Step::new("let", Node::Quoted(format!("{flag} = 0")), line));
            frame.break_flags.push((depth, flag.clone()));
        }
        let stop_flag = frame.break_flags.last().filter(|(d, _)| *d == depth).map(|(_, flag)| flag.clone());
        let mut kept = Vec::new();
        let passes = self.unrolled_passes(frame, looping, items, (jumps, stop_flag), &mut kept, next_line);
        if own_flag.is_some() {
            frame.break_flags.pop();
        }
        frame.loops.pop();
        frame.dynamic -= 1;
        let mut passes = passes?;
        if jumps.breaks {
            passes.push(Step::word("break", line));
            out.push(while_step("True".to_string(), passes, line));
            self.forget_loop_items(frame, kept);
        } else {
            out.extend(passes);
        }
        Ok(())
    }

    /// Every pass: the target bound to its item (kept in `kept`'s locals where a `break` may leave),
    /// then the body (in a loop that runs once when it may `continue`, followed by the test of the
    /// flags that leave the loop or the function).
    fn unrolled_passes(
        &mut self,
        frame: &mut Frame,
        looping: &ast::StmtFor,
        items: Vec<Value>,
        (jumps, stop_flag): (Jumps, Option<String>),
        kept: &mut Vec<Kept>,
        next_line: u32,
    ) -> Result<Vec<Step>> {
        let line = self.line(looping);
        let returned = frame
            .early_return
            .as_ref()
            .and_then(|early| early.flag.clone())
            .filter(|_| super::contains_return(&looping.body));
        let exits: Vec<String> = [stop_flag.filter(|_| jumps.breaks), returned].into_iter().flatten().collect();
        let mut passes = Vec::new();
        for item in items {
            self.bind_unrolled(frame, &looping.target, item, &mut passes)?;
            if jumps.breaks {
                self.keep_items(frame, &looping.body, &looping.target, kept, &mut passes);
            }
            if !jumps.continues {
                self.block(frame, &looping.body, &mut passes, next_line)?;
                continue;
            }
            let mut pass = Vec::new();
            self.block(frame, &looping.body, &mut pass, next_line)?;
            pass.push(Step::word("break", line));
            passes.push(while_step("True".to_string(), pass, line));
            if !exits.is_empty() {
                let then = Node::Steps(vec![Step::word("break", line)]);
                passes.push(Step::new(
                    "if",
                    Node::Map(vec![("cond", Node::Quoted(exits.join(" or "))), ("then", then)]),
                    line,
                ));
            }
        }
        Ok(passes)
    }

    /// A pass's item kept for the code after the loop (`kept`: Python name, local): in the local its
    /// binding made (a number's `let`, a name bound again in the function), or else, for a string or
    /// None the body does not bind again, in a local of its own (`let item_left = 'tea'`). A name that
    /// holds anything else in some pass keeps no local (`None`): the code after the loop may not read it.
    fn keep_items(&mut self, frame: &Frame, body: &[Stmt], target: &Expr, kept: &mut Vec<Kept>, out: &mut Vec<Step>) {
        let line = self.line(target);
        let mut assigned = BTreeSet::new();
        collect_assigned(body, &mut assigned, &mut BTreeSet::new());
        let mut names = Vec::new();
        target_names(target, &mut names);
        for name in names {
            let own = match frame.locals.get(name) {
                Some(Value::Local(local)) => Some(local.clone()),
                _ => None,
            };
            let text = match frame.locals.get(name) {
                _ if assigned.contains(name) => None,
                Some(Value::Str(text)) => Some(crate::out::quoted(text, '\'')),
                Some(Value::None) => Some("None".to_string()),
                _ => None,
            };
            let position = match kept.iter().position(|(python, _)| python == name) {
                Some(position) => position,
                None => {
                    let local = own
                        .clone()
                        .or_else(|| text.as_ref().map(|_| self.local_name(frame.task, &format!("{name}_left"))));
                    kept.push((name.to_string(), local));
                    kept.len() - 1
                }
            };
            match (&kept[position].1, own, text) {
                (Some(local), Some(own), _) if *local == own => {}
                (Some(local), _, Some(text)) => {
                    out.push(Step::new("let", Node::Quoted(format!("{local} = {text}")), line));
                }
                _ => kept[position].1 = None,
            }
        }
    }

    /// After a loop a `break` may have left: its variable holds the item of the pass that left, which
    /// is known only at run time: a number's `let`, a string's or None's kept local (`kept`); any other
    /// item is refused where it is read.
    fn forget_loop_items(&self, frame: &mut Frame, kept: Vec<Kept>) {
        for (name, local) in kept {
            frame.known.remove(&name);
            let held = match local {
                Some(local) => Value::Local(local),
                None => Value::Opaque(LEFT_ITEM),
            };
            frame.locals.insert(name, held);
        }
    }
}

/// The names a `for` target binds, nested tuples too (`for i, (a, b) in ...`).
pub(super) fn target_names<'t>(target: &'t Expr, names: &mut Vec<&'t str>) {
    match target {
        Expr::Name(name) => names.push(name.id.as_str()),
        Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
            elts.iter().for_each(|part| target_names(part, names));
        }
        _ => {}
    }
}
