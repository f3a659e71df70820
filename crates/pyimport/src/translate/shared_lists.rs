//! Whole uses of a list filled while the program runs (a shared list that grows by `append`, a written
//! module list, a list made at run time that a name holds, `sorted(...)` / `list(...)` / a slice of
//! one), where whole_reads.rs and list_values.rs have no form of their own:
//!
//! - `a == b` / `a != b` with `b` a list known at import time (`list(range(3))`), a module list
//!   (`sink_items == URLS`) or another such list (`left == right`): CPython's `list.__eq__` compares the
//!   lengths, then the items in order, in one C call under the GIL, so weft reads both in one `atomic`
//!   step into a flag;
//! - `sep.join(items)`: `str.join` of a list is one C call that runs no Python code, so one `atomic`
//!   step builds the string from the items (an item that is no string is the TypeError of `+`);
//! - `sum(e for x in items if c)`, `max(...)`, `min(...)`, `sep.join(e for x in items)` (a generator or
//!   a list comprehension with one `for` over such a list): the generator runs Python code for each item
//!   (CPython may switch threads between two), so each item is taken as a `for` loop takes it (one
//!   `atomic` step that tests the index against the length and reads the item, the `list_iterator`'s
//!   one C call), then the element is computed and folded in, in steps of their own where they read
//!   shared memory.
//!
//! Each read happens where Python reads the list, not at import time. What the scenario cannot say is
//! refused at its line: a list of more than `MAX_KNOWN_ITEMS` known items, an element or a test with
//! steps of its own (a call of the file's functions, a blocking call), `max`/`min` of a generator where
//! no `raise` of their ValueError may stand.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::list_values::ListValue;
use super::whole_reads::Items;
use super::{Frame, Result, Translator, fail, while_step};
use crate::expr::{ATOM, Ex};
use crate::out::{Node, Step};
use crate::value::{Shape, Value};

/// The most items of a list known at import time that a comparison writes out, item by item.
const MAX_KNOWN_ITEMS: usize = 64;

/// One side of a comparison, or the list a join or a fold walks.
pub(super) enum Listed {
    /// A list read where the step runs: a shared list or a name holding a list made at run time.
    Whole(Items),
    /// A list computed from one (`sorted(items)`, `list(items)`, `items[:3]`), made first.
    Made(ListValue),
    /// A list known at import time: its items' texts.
    Known(Vec<String>),
}

/// How a generator's elements are folded.
pub(super) enum Fold {
    Sum,
    Max,
    Min,
    /// `sep.join(...)`: the separator's text.
    Join(String),
}

impl Fold {
    /// `max` and `min` pick an element, and raise ValueError where there is none.
    fn picks(&self) -> bool {
        matches!(self, Fold::Max | Fold::Min)
    }

    /// The name of the temporary that holds the fold.
    fn name(&self) -> &'static str {
        match self {
            Fold::Sum => "sum",
            Fold::Max => "max",
            Fold::Min => "min",
            Fold::Join(_) => "joined",
        }
    }

    /// The fold's value before any element (Python's `sum` starts from 0, `join` from the empty string).
    fn start(&self) -> &'static str {
        match self {
            Fold::Sum => "0",
            Fold::Join(_) => "''",
            Fold::Max | Fold::Min => "None",
        }
    }

    /// The fold's next value from `total` and `element`; `started` says whether an element came before.
    fn folded(&self, total: &str, started: &str, element: &str) -> String {
        match self {
            Fold::Sum => format!("{total} + {element}"),
            Fold::Join(separator) => format!("{total} + ({separator} if {started} else '') + {element}"),
            Fold::Max => format!("{element} if not {started} else max({total}, {element})"),
            Fold::Min => format!("{element} if not {started} else min({total}, {element})"),
        }
    }
}

/// A generator (or list comprehension) with one `for` over a whole list, folded.
pub(super) struct Generated {
    fold: Fold,
    list: Listed,
    target: Expr,
    element: Expr,
    tests: Vec<Expr>,
    /// The call, where a refusal points.
    at: TextRange,
    /// `max(..., default=d)` / `min`: the value given where there is no element, instead of the
    /// ValueError (session 32). Boxed: most folds have none.
    default: Option<Box<Expr>>,
}

/// A whole use of a list with steps of its own.
pub(super) enum ListUse {
    /// `left == right` (or `!=`: `negated`); `at` is the comparison.
    Equals {
        left: Listed,
        right: Listed,
        negated: bool,
        at: TextRange,
    },
    /// `separator.join(list)`.
    Joined {
        separator: String,
        list: Listed,
    },
    Generated(Generated),
}

impl Translator<'_> {
    /// A whole use of a list filled at run time, if `value` is one of this module's forms. What is an
    /// expression already keeps its translation (`items == [1, 2]`: its reads, each a step, can only add
    /// interleavings; `sum(s * s for s in SIZES)` of a module list nobody writes: computed at import
    /// time); a join of a whole list is always this module's, since the format's `join` takes a tuple or
    /// a string, and of a list made at run time it was the fault "can only join an iterable" where
    /// Python joins.
    pub(super) fn shared_list_use(&self, frame: &Frame, value: &Expr) -> Option<ListUse> {
        let found = match value {
            Expr::Compare(compare) => self.whole_list_equality(frame, compare),
            Expr::Call(call) => self.joined_list(frame, call).or_else(|| self.generated_fold(frame, call)),
            _ => None,
        }?;
        let always = matches!(found, ListUse::Joined { .. });
        (always || self.expr(frame, value, false).is_err()).then_some(found)
    }

    /// `a == b` / `!=` where one side is a whole list and the other a list known at import time or
    /// another whole list.
    fn whole_list_equality(&self, frame: &Frame, compare: &ast::ExprCompare) -> Option<ListUse> {
        let ([op], [right]) = (&compare.ops[..], &compare.comparators[..]) else { return None };
        let negated = match op {
            ast::CmpOp::Eq => false,
            ast::CmpOp::NotEq => true,
            _ => return None,
        };
        let side =
            |expr: &Expr| self.known_list(frame, expr).map(Listed::Known).or_else(|| self.whole_list(frame, expr));
        let (left, right) = (side(&compare.left)?, side(right)?);
        if matches!((&left, &right), (Listed::Known(_), Listed::Known(_))) {
            return None;
        }
        Some(ListUse::Equals { left, right, negated, at: compare.range })
    }

    /// A list the program fills or makes at run time, read whole: a shared list that grows (not a
    /// deque, which is no list to `==` and raises when changed during a walk), a module list of fixed
    /// length, a name that holds a list made at run time, or a list computed from one of them.
    fn whole_list(&self, frame: &Frame, expr: &Expr) -> Option<Listed> {
        if let Some(list) = self.computed_list(frame, expr) {
            return Some(Listed::Made(list));
        }
        if let Some(held) = self.held_list(frame, expr) {
            return Some(Listed::Whole(Items::of_object(held)));
        }

        match self.expr(frame, expr, false).ok()? {
            Ex::Static(Value::Shared(shared, Shape::Map { dense: true })) if !self.deques.contains_key(&shared) => {
                Some(Listed::Whole(Items::of_list(shared)))
            }
            Ex::Static(Value::Shared(shared, Shape::Array(_))) => Some(Listed::Whole(Items::of_list(shared))),
            _ => None,
        }
    }

    /// The items' texts of a list known at import time: a list display, `list(...)` or `sorted(...)` of
    /// items known then (`list(range(3))`). A name bound to a value of the import is not taken: the
    /// import's values do not tell a list from a tuple (`PAIR = ("a", "b")`), which no list equals. A
    /// module list (`URLS = [...]`) is a shared list of fixed length, read in the step as the other side
    /// is (`is_written` does not see an item assigned or a `sort`, so its items are not taken as known).
    /// `None` for a list with an item that is itself a list, a dict or a set.
    fn known_list(&self, frame: &Frame, expr: &Expr) -> Option<Vec<String>> {
        let is_list_call = || {
            let Expr::Call(call) = expr else { return false };
            let Expr::Name(function) = &*call.func else { return false };
            matches!(function.id.as_str(), "list" | "sorted")
                && matches!(self.resolve(frame, function.id.as_str()), None | Some(Value::Module(_)))
        };
        let values = match self.expr(frame, expr, true).ok()? {
            Ex::Static(Value::List(values)) if matches!(expr, Expr::List(_)) || is_list_call() => values,
            _ => return None,
        };
        let mut texts = Vec::with_capacity(values.len());
        for value in values {
            if matches!(value, Value::List(_)) {
                return None;
            }
            let (text, precedence, _, reads_shared) = self.to_code(Ex::Static(value), expr).ok()?;
            if reads_shared {
                return None;
            }
            texts.push(if precedence == ATOM { text } else { format!("({text})") });
        }
        Some(texts)
    }

    /// `sep.join(items)` of a whole list, or of a generator over one.
    fn joined_list(&self, frame: &Frame, call: &ast::ExprCall) -> Option<ListUse> {
        let Expr::Attribute(method) = &*call.func else { return None };
        let ([argument], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else { return None };
        if method.attr.as_str() != "join" {
            return None;
        }
        let separator = match self.expr(frame, &method.value, true).ok()? {
            Ex::Static(Value::Str(text)) => crate::out::quoted(&text, '\''),
            Ex::Code { text, precedence, reads_shared: false, .. } if precedence == ATOM => text,
            _ => return None,
        };
        if let Some(generated) = self.generated(frame, Fold::Join(separator.clone()), argument, call.range()) {
            return Some(ListUse::Generated(generated));
        }
        let list = self.whole_list(frame, argument)?;
        Some(ListUse::Joined { separator, list })
    }

    /// `sum(...)`, `max(...)` or `min(...)` of a generator over a whole list.
    fn generated_fold(&self, frame: &Frame, call: &ast::ExprCall) -> Option<ListUse> {
        let Expr::Name(function) = &*call.func else { return None };
        let [argument] = &call.arguments.args[..] else { return None };
        let fold = match function.id.as_str() {
            "sum" => Fold::Sum,
            "max" => Fold::Max,
            "min" => Fold::Min,
            _ => return None,
        };
        let default = match &call.arguments.keywords[..] {
            [] => None,
            [keyword] if fold.picks() && keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == "default") => {
                Some(Box::new(keyword.value.clone()))
            }
            _ => return None,
        };
        if !matches!(self.resolve(frame, function.id.as_str()), None | Some(Value::Module(_))) {
            return None;
        }
        let generated = self.generated(frame, fold, argument, call.range())?;
        Some(ListUse::Generated(Generated { default, ..generated }))
    }

    /// A generator or list comprehension with one `for` over a whole list, with `fold`.
    fn generated(&self, frame: &Frame, fold: Fold, argument: &Expr, at: TextRange) -> Option<Generated> {
        let (element, generators) = match argument {
            Expr::Generator(generator) => (&generator.elt, &generator.generators),
            Expr::ListComp(list) => (&list.elt, &list.generators),
            _ => return None,
        };
        let [generator] = &generators[..] else { return None };
        if generator.is_async {
            return None;
        }
        // A split's parts kept in a local (session 32): a tuple, walked by `size` and index as a list.
        let parts = || match self.held_object(frame, &generator.iter) {
            Some((holder, super::HeldObject::Parts)) => Some(Listed::Whole(Items::of_object(holder))),
            _ => None,
        };
        let list = self.whole_list(frame, &generator.iter).or_else(parts)?;
        Some(Generated {
            fold,
            list,
            target: generator.target.clone(),
            element: (**element).clone(),
            tests: generator.ifs.clone(),
            at,
            default: None,
        })
    }

    /// The use's steps; the temporary that holds its value.
    pub(super) fn shared_list_use_steps(
        &mut self,
        frame: &Frame,
        use_of_list: ListUse,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        match use_of_list {
            ListUse::Equals { left, right, negated, at } => {
                let left = self.listed_items(frame, left, out, line)?;
                let right = self.listed_items(frame, right, out, line)?;
                let equal = self.whole_equality_steps(frame, (left, right), at, out, line)?;
                Ok(self.negated_flag(frame, equal, negated, out, line))
            }
            ListUse::Joined { separator, list } => {
                let ListOrKnown::Items(items) = self.listed_items(frame, list, out, line)? else {
                    unreachable!("a join's list is no list known at import time")
                };
                Ok(self.join_steps(frame, &separator, &items, out, line))
            }
            ListUse::Generated(generated) => self.generated_steps(frame, generated, out, line),
        }
    }

    /// A side's items to read: a list computed from a shared one is made first (one `atomic`, as
    /// CPython makes it in one C call before it compares or joins).
    fn listed_items(&mut self, frame: &Frame, listed: Listed, out: &mut Vec<Step>, line: u32) -> Result<ListOrKnown> {
        Ok(match listed {
            Listed::Whole(items) => ListOrKnown::Items(items),
            Listed::Made(list) => ListOrKnown::Items(Items::of_object(self.make_list(frame, &list, out, line)?)),
            Listed::Known(texts) => ListOrKnown::Known(texts),
        })
    }

    /// `left == right` as one `atomic` step into a flag: the lengths, then each pair of items in order
    /// while the earlier ones were equal (`list.__eq__`).
    fn whole_equality_steps(
        &mut self,
        frame: &Frame,
        sides: (ListOrKnown, ListOrKnown),
        at: TextRange,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let equal = self.fresh_temporary(frame.task, "equal");
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let steps = match sides {
            (ListOrKnown::Items(items), ListOrKnown::Known(known))
            | (ListOrKnown::Known(known), ListOrKnown::Items(items)) => {
                if known.len() > MAX_KNOWN_ITEMS {
                    return fail(
                        &at,
                        format!(
                            "a list compared with a list known at import time of at most {MAX_KNOWN_ITEMS} items is supported; this one has {}",
                            known.len()
                        ),
                    );
                }
                let mut parts = vec![format!("{} == {}", items.length(), known.len())];
                parts.extend(
                    known
                        .iter()
                        .enumerate()
                        .map(|(index, item)| format!("{} == {item}", items.item(&index.to_string()))),
                );
                vec![let_step(format!("{equal} = {}", parts.join(" and ")))]
            }
            (ListOrKnown::Items(left), ListOrKnown::Items(right)) => {
                let position = self.fresh_temporary(frame.task, "position");
                vec![
                    let_step(format!("{equal} = {} == {}", left.length(), right.length())),
                    let_step(format!("{position} = 0")),
                    while_step(
                        format!("{equal} and {position} < {}", left.length()),
                        vec![
                            let_step(format!("{equal} = {} == {}", left.item(&position), right.item(&position))),
                            let_step(format!("{position} = {position} + 1")),
                        ],
                        line,
                    ),
                ]
            }
            (ListOrKnown::Known(_), ListOrKnown::Known(_)) => unreachable!("one side is read at run time"),
        };
        out.push(Step::new("atomic", Node::Steps(steps), line));
        Ok(equal)
    }

    /// `separator.join(items)` as one `atomic` step into a temporary: each item added after the
    /// separator (none before the first), a string or the TypeError of `+`, as `str.join` raises.
    fn join_steps(&mut self, frame: &Frame, separator: &str, items: &Items, out: &mut Vec<Step>, line: u32) -> String {
        let joined = self.fresh_temporary(frame.task, "joined");
        let position = self.fresh_temporary(frame.task, "position");
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let steps = vec![
            let_step(format!("{joined} = ''")),
            let_step(format!("{position} = 0")),
            while_step(
                format!("{position} < {}", items.length()),
                vec![
                    let_step(format!(
                        "{joined} = {joined} + ({separator} if {position} > 0 else '') + {}",
                        items.item(&position)
                    )),
                    let_step(format!("{position} = {position} + 1")),
                ],
                line,
            ),
        ];
        out.push(Step::new("atomic", Node::Steps(steps), line));
        joined
    }

    /// The generator's walk: the fold's start, then for each item its `atomic` step (the `for` loop's
    /// own, `next_item_steps`), the target bound, the tests, and the element folded in. `max`/`min` of
    /// no element raise ValueError after the walk.
    fn generated_steps(
        &mut self,
        frame: &Frame,
        generated: Generated,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let Generated { fold, list, target, element, tests, at, default } = generated;
        // Python evaluates `default=` before the call walks anything: a value that reads nothing shared.
        let default = match &default {
            Some(given) => match self.code(frame, given)? {
                (text, _, false) => Some(text),
                _ => {
                    return fail(
                        given.as_ref(),
                        "`default=` of `max`/`min` over a generator is a value that reads no shared state (a literal, a local); read it into a local first",
                    );
                }
            },
            None => None,
        };
        if fold.picks() && default.is_none() && !self.may_raise_here(frame) {
            return fail(
                &at,
                "`max`/`min` of a generator over a list filled at run time is supported where its ValueError of no items may be raised (a thread, a coroutine, `main`), not inside this `try` form, `finally` or a process",
            );
        }
        let ListOrKnown::Items(items) = self.listed_items(frame, list, out, line)? else {
            unreachable!("a generator's list is no list known at import time")
        };
        let total = self.fresh_temporary(frame.task, fold.name());
        // Whether an element was folded in yet: `sum` starts from 0 and needs none.
        let started = match fold {
            Fold::Sum => None,
            _ => Some(self.fresh_temporary(frame.task, "started")),
        };
        let item = self.fresh_temporary(frame.task, "item");
        let index = self.fresh_temporary(frame.task, "index");
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        out.push(let_step(format!("{total} = {}", fold.start())));
        out.extend(started.iter().map(|started| let_step(format!("{started} = 0"))));
        out.push(let_step(format!("{index} = 0")));
        let mut body = next_item_steps(&item, &index, (&items.item(&index), &items.length()), line).to_vec();
        let mut inner = frame.clone();
        self.bind_generator_target(&mut inner, &target, &item, &mut body, line)?;
        // `sum(d.get(k, 0) for k in keys)` (session 32: session31/t11): the lookup is a step of its
        // own for each item, before its fold, as the generator computes it once per item.
        let mut kept = Vec::new();
        let element = match self.is_map_lookup(&inner, &element) && self.has_steps(&inner, &element) {
            true => format!("({})", self.argument_code(&mut inner, &element, &mut kept, line)?),
            false => {
                let (element, precedence, _) = self.generator_part(&inner, &element)?;
                if precedence == ATOM { element } else { format!("({element})") }
            }
        };
        let started_text = started.as_deref().unwrap_or("");
        kept.push(let_step(format!("{total} = {}", fold.folded(&total, started_text, &element))));
        kept.extend(started.iter().map(|started| let_step(format!("{started} = 1"))));
        inner.in_condition = true;
        for test in tests.iter().rev() {
            let (text, _, _) = self.generator_part(&inner, test)?;
            let entries = vec![("cond", Node::Quoted(text)), ("then", Node::Steps(kept))];
            kept = vec![Step::new("if", Node::Map(entries), line)];
        }
        body.extend(kept);
        out.push(while_step("True".to_string(), body, line));
        if fold.picks() {
            let otherwise = match default {
                Some(default) => vec![let_step(format!("{total} = {default}"))],
                None => {
                    let mut raise = Vec::new();
                    self.push_raise(frame, "ValueError", &mut raise, line);
                    raise
                }
            };
            let entries = vec![("cond", Node::Quoted(format!("not {started_text}"))), ("then", Node::Steps(otherwise))];
            out.push(Step::new("if", Node::Map(entries), line));
        }
        Ok(total)
    }

    /// Binds the generator's variable (a name, or a tuple of names unpacked from the item) in `inner`
    /// to locals of its own: the generator's scope is its own, so the names around keep their values.
    fn bind_generator_target(
        &mut self,
        inner: &mut Frame,
        target: &Expr,
        item: &str,
        body: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let names: Vec<&Expr> = match target {
            Expr::Name(name) => {
                inner.locals.insert(name.id.to_string(), Value::Local(item.to_string()));
                inner.known.remove(name.id.as_str());
                return Ok(());
            }
            Expr::Tuple(tuple) => tuple.elts.iter().collect(),
            Expr::List(list) => list.elts.iter().collect(),
            other => return fail(other, "the comprehension's variable must be a name or a tuple of names"),
        };
        let count = names.len();
        for (position, name) in names.into_iter().enumerate() {
            let Expr::Name(name) = name else {
                return fail(name, "the comprehension's variables must be names");
            };
            let local = self.fresh_temporary(inner.task, name.id.as_str());
            body.push(Step::new("let", Node::Quoted(format!("{local} = unpack({item}, {position}, {count})")), line));
            inner.locals.insert(name.id.to_string(), Value::Local(local));
            inner.known.remove(name.id.as_str());
        }
        Ok(())
    }

    /// The text of a generator's element or test: an expression over the item, locals and shared
    /// values, each shared read a step of the `let` it sits in; a part with steps of its own is refused.
    fn generator_part(&self, inner: &Frame, part: &Expr) -> Result<(String, u8, bool)> {
        if self.has_steps(inner, part) {
            return fail(
                part,
                "a comprehension over a list filled at run time computes each element from its item, locals and shared values; a call with steps of its own (a function of the file, a blocking call) is supported in a `for` loop",
            );
        }
        self.code(inner, part)
    }
}

/// A side of a comparison after the lists computed at run time were made.
enum ListOrKnown {
    Items(Items),
    Known(Vec<String>),
}

/// The step a `for` loop over a list takes for each item: one `atomic` step that tests `index` against
/// the list's length and reads the item into `local`, moving the index on (or sets the index to -1 at
/// the end: CPython's `list_iterator` in one C call, so an `append` during the walk is seen and a `pop`
/// ends it sooner), then the `break` out of the loop at the end. `(item, length)`: the texts of the item
/// at `index` and of the length.
pub(super) fn next_item_steps(local: &str, index: &str, (item, length): (&str, &str), line: u32) -> [Step; 2] {
    let next_item = vec![
        ("cond", Node::Quoted(format!("{index} < {length}"))),
        (
            "then",
            Node::Steps(vec![
                Step::new("let", Node::Quoted(format!("{local} = {item}")), line),
                Step::new("let", Node::Quoted(format!("{index} = {index} + 1")), line),
            ]),
        ),
        ("else", Node::Steps(vec![Step::new("let", Node::Quoted(format!("{index} = -1")), line)])),
    ];
    let done =
        vec![("cond", Node::Quoted(format!("{index} < 0"))), ("then", Node::Steps(vec![Step::word("break", line)]))];
    [
        Step::new("atomic", Node::Steps(vec![Step::new("if", Node::Map(next_item), line)]), line),
        Step::new("if", Node::Map(done), line),
    ]
}
