//! Reads of a whole shared dict or list that CPython makes in one C call under the GIL, each one `atomic`
//! step: `sum`, `min` and `max` of a list, of a dict (its keys) or of `d.keys()` / `d.values()` (also
//! through `list(...)`, `tuple(...)` or `sorted(...)`, which change no fold), `len(set(...))` of them,
//! `set(...) == K` against a set known at import time, and `len` of `d.keys()`, `d.values()`,
//! `d.items()`. A dict's items are read through `key_at` / `value_at`,
//! in the order of its keys, not Python's insertion order: only folds whose result is the same in every
//! order are read so (docs/format.md, "key_at"). And `for ... in sorted(d)` / `sorted(d.items())`, the
//! loop over the sorted copy CPython makes in one call: weft runs the copy and the loop in one `atomic`
//! when the loop's body reads and writes only its own locals (so no other thread can tell the two
//! apart); a loop over a dict in its insertion order (`for k in d`, `d.items()`) is walks.rs'.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail, while_step};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::{Shape, Value};

/// The items a whole read walks: a list's, or a dict's keys, values or `(key, value)` pairs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    ListItems,
    Keys,
    Values,
    Pairs,
}

/// A shared list or dict and which of its items a read walks.
pub(super) struct Items {
    shared: String,
    part: Part,
    /// An object made at run time held by the name `shared` (list_values.rs): its items are
    /// `key_at(x, i)` (a list's item `i`, a dict's or a set's key in insertion order) and its length
    /// `size(x)`; a fold walks them in that order.
    object: bool,
}

impl Items {
    /// A shared list's items (one that grows by `append`, or of fixed length).
    pub(super) fn of_list(shared: String) -> Self {
        Items { shared, part: Part::ListItems, object: false }
    }

    /// The items of the object made at run time that the name `holder` holds.
    pub(super) fn of_object(holder: String) -> Self {
        Items { shared: holder, part: Part::ListItems, object: true }
    }

    /// The text of how many items there are.
    pub(super) fn length(&self) -> String {
        match self.object {
            true => format!("size({})", self.shared),
            false => format!("len({})", self.shared),
        }
    }

    /// Which of the items a read walks.
    pub(super) fn part(&self) -> Part {
        self.part
    }

    /// The shared list or dict.
    pub(super) fn shared(&self) -> &str {
        &self.shared
    }

    /// The text of the item at place `position`.
    pub(super) fn item(&self, position: &str) -> String {
        let shared = &self.shared;
        match self.part {
            Part::ListItems if self.object => format!("key_at({shared}, {position})"),
            Part::ListItems => format!("{shared}[{position}]"),
            Part::Keys => format!("key_at({shared}, {position})"),
            Part::Values if self.object => format!("{shared}[key_at({shared}, {position})]"),
            Part::Pairs if self.object => {
                format!("(key_at({shared}, {position}), {shared}[key_at({shared}, {position})])")
            }
            Part::Values => format!("value_at({shared}, {position})"),
            Part::Pairs => format!("(key_at({shared}, {position}), value_at({shared}, {position}))"),
        }
    }
}

/// A whole read of a shared list or dict that has a step of its own.
pub(super) enum WholeRead {
    /// `sum`, `min` or `max` of the items.
    Fold(Items, &'static str),
    /// `len(set(items))`: how many distinct items.
    Distinct(Items),
    /// `len(d.keys())` and its kin: the dict's length.
    Length(String),
    /// `set(items) == K` (or `!=`) with `K` a set whose members are known without reading shared state
    /// (a display `{1, 2}`, `set(range(3))`): the items, `K`'s members' texts, and whether it is `!=`.
    Equals(Items, Vec<String>, bool),
    /// A fold or a count of the values of a dict with string keys (`stats.values()`), each key a shared
    /// variable of its own: one expression over them all, read in one `atomic`.
    Fields(String),
    /// `sorted(items) == K` (or `!=`) with `K` a list display of integers, or of strings, known at import
    /// time: the items, `K`'s members' texts with how often each is in `K` (in `K`'s order), whether `K`
    /// is in Python's sorted order, and whether this is `!=`.
    SortedEquals { items: Items, counted: Vec<(String, usize)>, length: usize, sorted: bool, negated: bool },
    /// `all(...)` / `any(...)` of a comprehension over a `range` (translate/quantifiers.rs).
    Quantifier(super::quantifiers::Quantifier),
    /// `all(...)` / `any(...)` of a comprehension walked by its loop (translate/run_time_comprehensions.rs).
    LoopedQuantifier(super::run_time_comprehensions::LoopedQuantifier),
    /// A read of a list computed at run time from a shared list (translate/list_values.rs).
    List(super::list_values::ListRead),
    /// `dict(Counter(parts))` of a split's parts (translate/counts.rs).
    Counting(super::counts::Counting),
    /// A whole use of a list filled at run time: `==` with a list, `sep.join`, a fold of a generator
    /// over it (translate/shared_lists.rs).
    SharedList(super::shared_lists::ListUse),
}

impl Translator<'_> {
    /// The items `expr` walks when it is a shared list that grows by `append`, a dict, `d.keys()`,
    /// `d.values()`, `d.items()`, or one of them in `list(...)`, `tuple(...)` or `sorted(...)` (for a
    /// fold or a count, whose result does not depend on the order).
    fn items_of(&self, frame: &Frame, expr: &Expr) -> Option<Items> {
        match self.expr(frame, expr, false) {
            Ok(Ex::Static(Value::Shared(shared, Shape::Map { dense }))) => {
                return Some(Items { shared, part: if dense { Part::ListItems } else { Part::Keys }, object: false });
            }
            Ok(_) => return None,
            Err(_) => {}
        }
        for (method, part) in [("keys", Part::Keys), ("values", Part::Values), ("items", Part::Pairs)] {
            if let Some((shared, call)) = self.container_call(frame, expr, method, false)
                && call.arguments.is_empty()
            {
                return Some(Items { shared, part, object: false });
            }
        }
        if let Some((holder, part)) = self.dict_copy_view(frame, expr) {
            return Some(Items { shared: holder, part, object: true });
        }
        let (_, [inner]) = self.builtin_of_one(frame, expr, &["list", "tuple", "sorted"])? else { return None };
        self.items_of(frame, inner)
    }

    /// The items of `d.keys()`, `d.values()` or `d.items()` of a shared dict (for `x in d.values()`).
    pub(super) fn view_items(&self, frame: &Frame, expr: &Expr) -> Option<Items> {
        let Expr::Call(call) = expr else { return None };
        if !matches!(&*call.func, Expr::Attribute(_)) {
            return None;
        }
        self.items_of(frame, expr)
    }

    /// `name(argument)` where `name` is one of `builtins`, without keywords: the name and the arguments.
    pub(super) fn builtin_of_one<'e>(
        &self,
        frame: &Frame,
        expr: &'e Expr,
        builtins: &[&'static str],
    ) -> Option<(&'static str, &'e [Expr])> {
        let Expr::Call(call) = expr else { return None };
        if !call.arguments.keywords.is_empty() || call.arguments.args.len() != 1 {
            return None;
        }
        // By name: `sorted`, `tuple` and `frozenset` are no values of the import's (a name the program
        // binds itself is not the builtin).
        let Expr::Name(name) = &*call.func else { return None };
        let builtin = builtins.iter().find(|builtin| **builtin == name.id.as_str())?;
        if !matches!(self.resolve(frame, builtin), None | Some(Value::Module(_))) {
            return None;
        }
        Some((builtin, &call.arguments.args))
    }

    /// A whole read with a step of its own, if `value` is one.
    pub(super) fn whole_read(&self, frame: &Frame, value: &Expr) -> Option<WholeRead> {
        self.shared_whole_read(frame, value)
            .or_else(|| self.list_read(frame, value).map(WholeRead::List))
            .or_else(|| self.counting(frame, value).map(WholeRead::Counting))
            .or_else(|| self.shared_list_use(frame, value).map(WholeRead::SharedList))
    }

    /// A whole read of a shared list or dict itself (not of a list computed from one: list_values.rs).
    fn shared_whole_read(&self, frame: &Frame, value: &Expr) -> Option<WholeRead> {
        if let Some(copy) = self.record_copy_text(frame, value) {
            return Some(WholeRead::Fields(copy));
        }
        if let Expr::Compare(compare) = value {
            return self.set_equality(frame, compare);
        }
        if let Some((function, [argument])) = self.builtin_of_one(frame, value, &["all", "any"]) {
            return self
                .quantifier(frame, function, argument)
                .map(WholeRead::Quantifier)
                .or_else(|| self.looped_quantifier(frame, function, value, argument).map(WholeRead::LoopedQuantifier));
        }
        let (function, [argument]) = self.builtin_of_one(frame, value, &["sum", "min", "max", "len"])? else {
            return None;
        };
        if let Some(fields) = self.record_values(frame, argument) {
            return record_fold(function, &fields).map(WholeRead::Fields);
        }
        if let Some((_, [inner])) = self.builtin_of_one(frame, argument, &["set", "frozenset"])
            && function == "len"
            && let Some(fields) = self.record_values(frame, inner)
        {
            return Some(WholeRead::Fields(record_distinct(&fields)));
        }
        if function != "len" {
            let items = self.items_of(frame, argument)?;
            return (items.part != Part::Pairs).then_some(WholeRead::Fold(items, function));
        }
        if let Some((_, [inner])) = self.builtin_of_one(frame, argument, &["set", "frozenset"]) {
            // `len(set(words))` of a split's parts (session 32): counted as a list's items are.
            let parts = || match self.held_object(frame, inner) {
                Some((holder, super::HeldObject::Parts)) => Some(Items::of_object(holder)),
                _ => None,
            };
            return self.items_of(frame, inner).or_else(parts).map(WholeRead::Distinct);
        }
        // `len(items)` and `len(d)` are expressions already; a view or a copy of a dict is its length.
        let items = self.items_of(frame, argument)?;
        let is_plain_name = matches!(self.expr(frame, argument, false), Ok(Ex::Static(Value::Shared(..))));
        (items.part != Part::ListItems && !is_plain_name).then_some(WholeRead::Length(items.shared))
    }

    /// `set(items) == K` / `!=`, and `sorted(items) == K` / `!=`, either way round.
    fn set_equality(&self, frame: &Frame, compare: &ast::ExprCompare) -> Option<WholeRead> {
        let ([op], [right]) = (&compare.ops[..], &compare.comparators[..]) else { return None };
        let negated = match op {
            ast::CmpOp::Eq => false,
            ast::CmpOp::NotEq => true,
            _ => return None,
        };
        if let Some(read) = self.sorted_equality(frame, (&compare.left, right), negated) {
            return Some(read);
        }
        let set_of_items = |side: &Expr| {
            let (_, [inner]) = self.builtin_of_one(frame, side, &["set", "frozenset"])? else { return None };
            self.items_of(frame, inner).filter(|items| items.part != Part::Pairs)
        };
        let (items, known) = match (set_of_items(&compare.left), set_of_items(right)) {
            (Some(items), None) => (items, right),
            (None, Some(items)) => (items, compare.left.as_ref()),
            _ => return None,
        };
        Some(WholeRead::Equals(items, self.known_members(frame, known)?, negated))
    }

    /// `sorted(items) == K` / `!=`, either way round, with `K` a list display whose items are all
    /// integers or all strings known at import time (whose order weft's values keep: docs/format.md).
    fn sorted_equality(&self, frame: &Frame, (left, right): (&Expr, &Expr), negated: bool) -> Option<WholeRead> {
        let sorted_items = |side: &Expr| {
            let (_, [inner]) = self.builtin_of_one(frame, side, &["sorted"])? else { return None };
            // `(key, value)` pairs would be ordered as tuples, which weft's values do not order yet.
            self.items_of(frame, inner).filter(|items| items.part != Part::Pairs)
        };
        let (items, known) = match (sorted_items(left), sorted_items(right)) {
            (Some(items), None) => (items, right),
            (None, Some(items)) => (items, left),
            _ => return None,
        };
        let Expr::List(display) = known else { return None };
        let mut values = Vec::with_capacity(display.elts.len());
        for element in &display.elts {
            match self.expr(frame, element, true).ok()? {
                Ex::Static(value @ (Value::Int(_) | Value::Str(_))) => values.push(value),
                _ => return None,
            }
        }
        let all_integers = values.iter().all(|value| matches!(value, Value::Int(_)));
        let all_strings = values.iter().all(|value| matches!(value, Value::Str(_)));
        if !(all_integers || all_strings) || values.len() > MAX_SORTED_MEMBERS {
            return None;
        }
        let sorted = values.windows(2).all(|pair| match pair {
            [Value::Int(a), Value::Int(b)] => a <= b,
            [Value::Str(a), Value::Str(b)] => a <= b,
            _ => false,
        });
        let mut counted: Vec<(String, usize)> = Vec::new();
        for value in &values {
            let (text, _, _, _) = self.to_code(Ex::Static(value.clone()), known).ok()?;
            match counted.iter_mut().find(|(member, _)| *member == text) {
                Some((_, count)) => *count += 1,
                None => counted.push((text, 1)),
            }
        }
        Some(WholeRead::SortedEquals { items, counted, length: values.len(), sorted, negated })
    }

    /// `sorted(items) == K` as one `atomic` step into a flag, as `sorted` copies and sorts in C and `==`
    /// compares in C: first each item against the next with `<`, which faults where CPython's sort
    /// raises TypeError (an integer beside a string, None beside anything; a list with items of one of
    /// those kinds never raises, and one with two kinds has two of them side by side, which any sort
    /// compares); then the sorted copy equals `K` exactly when `K` is sorted and holds each value as often
    /// as the items do.
    fn sorted_equality_steps(
        &mut self,
        frame: &Frame,
        read: (&Items, &[(String, usize)], usize, bool),
        out: &mut Vec<Step>,
        line: u32,
    ) -> String {
        let (items, counted, length, sorted) = read;
        let equal = self.fresh_temporary(frame.task, "equal");
        let position = self.fresh_temporary(frame.task, "position");
        let ordered = self.fresh_temporary(frame.task, "ordered");
        let count = self.fresh_temporary(frame.task, "count");
        let shared = items.shared();
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let next = items.item(&format!("{position} + 1"));
        let mut steps = vec![
            let_step(format!("{position} = 0")),
            while_step(
                format!("{position} + 1 < len({shared})"),
                vec![
                    let_step(format!("{ordered} = {} < {next}", items.item(&position))),
                    let_step(format!("{position} = {position} + 1")),
                ],
                line,
            ),
        ];
        if !sorted {
            steps.push(let_step(format!("{equal} = 0")));
            out.push(Step::new("atomic", Node::Steps(steps), line));
            return equal;
        }
        steps.push(let_step(format!("{equal} = len({shared}) == {length}")));
        for (member, times) in counted {
            let scan = MemberScan {
                tally: &count,
                on_match: format!("{count} = {count} + 1"),
                keep_going: format!("{position} < len({shared}) and {equal} == 1"),
                unequal: format!("{count} != {times}"),
            };
            steps.extend(scan.steps(&format!("{} == {member}", items.item(&position)), &position, &equal, line));
        }
        out.push(Step::new("atomic", Node::Steps(steps), line));
        equal
    }

    /// The members' texts of a set display or of `set(...)` of a list known at import time, when none
    /// reads shared state.
    fn known_members(&self, frame: &Frame, known: &Expr) -> Option<Vec<String>> {
        let members: Vec<String> = match known {
            Expr::Set(display) => {
                let mut texts = Vec::new();
                for member in &display.elts {
                    let (text, precedence, reads_shared) = self.code(frame, member).ok()?;
                    if reads_shared {
                        return None;
                    }
                    texts.push(if precedence == crate::expr::ATOM { text } else { format!("({text})") });
                }
                texts
            }
            _ => {
                let (_, [inner]) = self.builtin_of_one(frame, known, &["set", "frozenset"])? else { return None };
                if let Some((start, stop, step)) = self.static_range(frame, inner).ok().flatten() {
                    return range_members(start, stop, step);
                }
                let Ok(Ex::Static(Value::List(values))) = self.expr(frame, inner, true) else { return None };
                let mut texts = Vec::new();
                for value in values {
                    let (text, precedence, _, reads_shared) = self.to_code(Ex::Static(value), inner).ok()?;
                    if reads_shared {
                        return None;
                    }
                    texts.push(if precedence == crate::expr::ATOM { text } else { format!("({text})") });
                }
                texts
            }
        };
        Some(members)
    }

    /// `set(items) == K` as one `atomic` step into a flag: every item is a member of `K`, and every
    /// member of `K` is an item (the scan CPython's `set()` and `==` make in C).
    fn set_equality_steps(
        &mut self,
        frame: &Frame,
        items: &Items,
        members: &[String],
        out: &mut Vec<Step>,
        line: u32,
    ) -> String {
        let equal = self.fresh_temporary(frame.task, "equal");
        let position = self.fresh_temporary(frame.task, "position");
        let found = self.fresh_temporary(frame.task, "found");
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let item = items.item(&position);
        let is_member: Vec<String> = members.iter().map(|member| format!("{item} == {member}")).collect();
        let is_member = if is_member.is_empty() { "False".to_string() } else { is_member.join(" or ") };
        let stranger = vec![
            ("cond", Node::Quoted(format!("not ({is_member})"))),
            ("then", Node::Steps(vec![let_step(format!("{equal} = 0"))])),
        ];
        let mut steps = vec![
            let_step(format!("{equal} = 1")),
            let_step(format!("{position} = 0")),
            while_step(
                format!("{position} < len({}) and {equal} == 1", items.shared),
                vec![Step::new("if", Node::Map(stranger), line), let_step(format!("{position} = {position} + 1"))],
                line,
            ),
        ];
        for member in members {
            let scan = MemberScan {
                tally: &found,
                on_match: format!("{found} = 1"),
                keep_going: format!("{position} < len({}) and {found} == 0", items.shared),
                unequal: format!("{found} == 0"),
            };
            steps.extend(scan.steps(&format!("{item} == {member}"), &position, &equal, line));
        }
        out.push(Step::new("atomic", Node::Steps(steps), line));
        equal
    }

    /// The shared variables of `stats.values()` (or `list(...)`, `tuple(...)`, `sorted(...)` of it) for a
    /// dict with string keys.
    fn record_values(&self, frame: &Frame, expr: &Expr) -> Option<Vec<String>> {
        if let Some((_, [inner])) = self.builtin_of_one(frame, expr, &["list", "tuple", "sorted"]) {
            return self.record_values(frame, inner);
        }
        let Expr::Call(call) = expr else { return None };
        let Expr::Attribute(attribute) = &*call.func else { return None };
        if attribute.attr.as_str() != "values" || !call.arguments.is_empty() {
            return None;
        }
        match self.expr(frame, &attribute.value, false) {
            Ok(Ex::Static(Value::Record(fields))) => Some(fields.into_iter().map(|(_, shared)| shared).collect()),
            _ => None,
        }
    }

    /// The read's `atomic` step; the temporary that holds its value.
    pub(super) fn whole_read_steps(
        &mut self,
        frame: &Frame,
        read: WholeRead,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        if let WholeRead::Quantifier(quantifier) = &read {
            return self.quantifier_steps(frame, quantifier, out, line);
        }
        if let WholeRead::LoopedQuantifier(quantifier) = &read {
            return self.looped_quantifier_steps(frame, quantifier, out, line);
        }
        Ok(match read {
            WholeRead::Quantifier(_) | WholeRead::LoopedQuantifier(_) => unreachable!("computed above"),
            WholeRead::List(read) => self.list_read_steps(frame, read, out, line)?,
            WholeRead::Counting(counting) => self.counting_steps(frame, &counting, out, line),
            WholeRead::SharedList(use_of_list) => self.shared_list_use_steps(frame, use_of_list, out, line)?,
            WholeRead::Fold(items, function) => self.fold_steps(frame, &items, function, out, line),
            WholeRead::Distinct(items) => self.distinct_steps(frame, &items, out, line),
            WholeRead::Equals(items, members, negated) => {
                let equal = self.set_equality_steps(frame, &items, &members, out, line);
                self.negated_flag(frame, equal, negated, out, line)
            }
            WholeRead::SortedEquals { items, counted, length, sorted, negated } => {
                let equal = self.sorted_equality_steps(frame, (&items, &counted, length, sorted), out, line);
                self.negated_flag(frame, equal, negated, out, line)
            }
            WholeRead::Fields(expression) => {
                let value = self.fresh_temporary(frame.task, "fields");
                let read = Step::new("let", Node::Quoted(format!("{value} = {expression}")), line);
                out.push(Step::new("atomic", Node::Steps(vec![read]), line));
                value
            }
            WholeRead::Length(shared) => {
                let length = self.fresh_temporary(frame.task, "length");
                out.push(Step::new("let", Node::Quoted(format!("{length} = len({shared})")), line));
                length
            }
        })
    }

    /// The flag `equal`, or its negation in a temporary of its own for `!=`.
    pub(super) fn negated_flag(
        &mut self,
        frame: &Frame,
        equal: String,
        negated: bool,
        out: &mut Vec<Step>,
        line: u32,
    ) -> String {
        if !negated {
            return equal;
        }
        let unequal = self.fresh_temporary(frame.task, "unequal");
        out.push(Step::new("let", Node::Quoted(format!("{unequal} = 1 - {equal}")), line));
        unequal
    }

    /// `sum`, `min` or `max` of the items as one `atomic` step into a temporary: CPython walks them in
    /// C, where no other thread comes in. `min`/`max` of nothing is Python's ValueError: the `atomic`
    /// leaves its position at 0 then, and a `raise: ValueError` follows it (outside the `atomic`, where a
    /// `raise` may be). Where no `raise` may be (`may_raise_here`), the read of item 0 is the fault.
    pub(super) fn fold_steps(
        &mut self,
        frame: &Frame,
        items: &Items,
        function: &str,
        out: &mut Vec<Step>,
        line: u32,
    ) -> String {
        let total = self.fresh_temporary(frame.task, function);
        let position = self.fresh_temporary(frame.task, "position");
        let (start, first, fold) = match function {
            "sum" => ("0".to_string(), 0, format!("{total} + {}", items.item(&position))),
            _ => (items.item("0"), 1, format!("{function}({total}, {})", items.item(&position))),
        };
        let walk = vec![
            Step::new("let", Node::Quoted(format!("{total} = {start}")), line),
            Step::new("let", Node::Quoted(format!("{position} = {first}")), line),
            while_step(
                format!("{position} < {}", items.length()),
                vec![
                    Step::new("let", Node::Quoted(format!("{total} = {fold}")), line),
                    Step::new("let", Node::Quoted(format!("{position} = {position} + 1")), line),
                ],
                line,
            ),
        ];
        if function == "sum" || !self.may_raise_here(frame) {
            out.push(Step::new("atomic", Node::Steps(walk), line));
            return total;
        }
        // An empty list leaves `total` at 0 and `position` at 0 (after a walk, it is at least 1).
        let empty = vec![
            Step::new("let", Node::Quoted(format!("{total} = 0")), line),
            Step::new("let", Node::Quoted(format!("{position} = 0")), line),
        ];
        let guard = vec![
            ("cond", Node::Quoted(format!("{} == 0", items.length()))),
            ("then", Node::Steps(empty)),
            ("else", Node::Steps(walk)),
        ];
        out.push(Step::new("atomic", Node::Steps(vec![Step::new("if", Node::Map(guard), line)]), line));
        let mut raise = Vec::new();
        self.push_raise(frame, "ValueError", &mut raise, line);
        let entries = vec![("cond", Node::Quoted(format!("{position} == 0"))), ("then", Node::Steps(raise))];
        out.push(Step::new("if", Node::Map(entries), line));
        total
    }

    /// `len(set(items))` as one `atomic` step: each item counted unless an earlier one equals it (weft's
    /// values are numbers, None, strings and tuples, whose `==` is Python's and whose hash agrees).
    fn distinct_steps(&mut self, frame: &Frame, items: &Items, out: &mut Vec<Step>, line: u32) -> String {
        let distinct = self.fresh_temporary(frame.task, "distinct");
        let position = self.fresh_temporary(frame.task, "position");
        let earlier = self.fresh_temporary(frame.task, "earlier");
        let new = self.fresh_temporary(frame.task, "new");
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let repeated = vec![
            ("cond", Node::Quoted(format!("{} == {}", items.item(&earlier), items.item(&position)))),
            ("then", Node::Steps(vec![let_step(format!("{new} = 0"))])),
        ];
        let compare_earlier = while_step(
            format!("{earlier} < {position} and {new} == 1"),
            vec![Step::new("if", Node::Map(repeated), line), let_step(format!("{earlier} = {earlier} + 1"))],
            line,
        );
        let count_each = while_step(
            format!("{position} < {}", items.length()),
            vec![
                let_step(format!("{new} = 1")),
                let_step(format!("{earlier} = 0")),
                compare_earlier,
                let_step(format!("{distinct} = {distinct} + {new}")),
                let_step(format!("{position} = {position} + 1")),
            ],
            line,
        );
        let steps = vec![let_step(format!("{distinct} = 0")), let_step(format!("{position} = 0")), count_each];
        out.push(Step::new("atomic", Node::Steps(steps), line));
        distinct
    }

    /// `for k in sorted(d)` / `for k, v in sorted(d.items())` (and `sorted(d.keys())`), or a loop over the
    /// dict in its insertion order (walks.rs): true when the loop was one; a loop over a copy is refused.
    pub(super) fn dict_for(
        &mut self,
        frame: &mut Frame,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        line: u32,
        next_line: u32,
    ) -> Result<bool> {
        let sorted = self.builtin_of_one(frame, &looping.iter, &["sorted"]);
        let items = match sorted {
            Some((_, [inner])) => self.items_of(frame, inner),
            _ => self.items_of(frame, &looping.iter),
        };
        let Some(items) = items.filter(|items| items.part != Part::ListItems) else { return Ok(false) };
        if sorted.is_none() {
            // `for k in list(d)`: the copy made in one `atomic`, then walked as any list made at run
            // time (container_copies.rs, for_over_call_result).
            if let Some((_, [argument])) = self.builtin_of_one(frame, &looping.iter, &["list"])
                && self.unsorted_dict_source(frame, argument).is_some()
            {
                return Ok(false);
            }
            if self.builtin_of_one(frame, &looping.iter, &["list", "tuple"]).is_some() {
                return fail(
                    looping.iter.as_ref(),
                    "a loop over a copy of a dict (`list(d)`, `list(d.items())`) is not supported; loop over the dict itself (`for k, v in d.items()`, which raises RuntimeError as CPython's does when another thread adds or removes a key during it) or over `sorted(d.items())`",
                );
            }
            self.refuse_set_order(&items, looping.iter.as_ref())?;
            self.insertion_order_for(frame, &items, looping, out, line, next_line)?;
            return Ok(true);
        }
        if items.part == Part::Values {
            return fail(
                looping.iter.as_ref(),
                "a loop over `sorted(d.values())` is not supported (weft orders a dict by its keys); loop over `sorted(d.items())`",
            );
        }
        // The one `atomic` of the copy and the loop, kept when the body uses only its own locals; any
        // other body runs after a copy of its own (list_values.rs), as CPython's loop does.
        let mut scratch = frame.clone();
        let mut steps = Vec::new();
        let culprit = self.sorted_dict_for(&mut scratch, &items, looping, &mut steps, line, next_line)?;
        match culprit {
            None => {
                *frame = scratch;
                out.extend(steps);
                Ok(true)
            }
            Some(_) if self.is_computed_list_iterable(frame, &looping.iter) => Ok(false),
            Some(culprit) => fail(
                culprit,
                "the body of a loop over `sorted(...)` of a dict may use only its own locals (weft runs the sorted copy and the loop in one step); compute into locals, then write shared state after the loop",
            ),
        }
    }

    /// The sorted copy and the loop over it, in one `atomic`: the body must read and write only the
    /// loop's locals, so that running it with no other thread in between changes nothing. The body's
    /// first statement that does not, if one does (and then no steps).
    fn sorted_dict_for<'l>(
        &mut self,
        frame: &mut Frame,
        items: &Items,
        looping: &'l ast::StmtFor,
        out: &mut Vec<Step>,
        line: u32,
        next_line: u32,
    ) -> Result<Option<&'l ast::Stmt>> {
        self.forget_assigned(frame, &looping.body);
        let names: Vec<&Expr> = match (&*looping.target, items.part) {
            (Expr::Name(_), _) => vec![looping.target.as_ref()],
            (Expr::Tuple(tuple), Part::Pairs) if tuple.elts.len() == 2 => tuple.elts.iter().collect(),
            (other, _) => return fail(other, "the loop variable must be a name, or two names for `(key, value)`"),
        };
        let position = self.fresh_temporary(frame.task, "position");
        let mut body = Vec::new();
        let values = match names.len() {
            1 => vec![items.item(&position)],
            _ => {
                vec![format!("key_at({}, {position})", items.shared), format!("value_at({}, {position})", items.shared)]
            }
        };
        for (name, value) in names.into_iter().zip(values) {
            let Expr::Name(name) = name else { return fail(name, "the loop variables must be names") };
            let local = self.bind_local(frame, name.id.as_str());
            frame.known.remove(name.id.as_str());
            body.push(Step::new("let", Node::Quoted(format!("{local} = {value}")), line));
        }
        body.push(Step::new("let", Node::Quoted(format!("{position} = {position} + 1")), line));
        let mut inner = Vec::new();
        self.emitted_loop_body(frame, &looping.body, &mut inner, next_line)?;
        if let Some(step) = inner.iter().find(|step| !self.only_locals(step)) {
            return Ok(Some(looping.body.iter().find(|stmt| self.line(stmt) >= step.line).unwrap_or(&looping.body[0])));
        }
        body.extend(inner);
        let steps = vec![
            Step::new("let", Node::Quoted(format!("{position} = 0")), line),
            while_step(format!("{position} < len({})", items.shared), body, line),
        ];
        out.push(Step::new("atomic", Node::Steps(steps), line));
        Ok(None)
    }

    /// Whether a step touches only its task's locals: a `let`, `if`, `while`, `break` or `continue`
    /// whose expressions name no shared variable.
    pub(super) fn only_locals(&self, step: &Step) -> bool {
        if !matches!(step.key, "let" | "if" | "while" | "break" | "continue") {
            return false;
        }
        step.value.as_ref().is_none_or(|node| self.node_only_locals(node))
    }

    fn node_only_locals(&self, node: &Node) -> bool {
        match node {
            Node::Quoted(text) | Node::Plain(text) => !self.names_shared(text),
            Node::Steps(steps) => steps.iter().all(|step| self.only_locals(step)),
            Node::Map(entries) => entries.iter().all(|(_, node)| self.node_only_locals(node)),
            Node::Task(_) | Node::Clauses(_) => false,
        }
    }

    /// Whether an expression's text names a shared variable (a word of a string literal counts too:
    /// the check errs towards refusing).
    fn names_shared(&self, text: &str) -> bool {
        text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .any(|word| self.scenario.shared.iter().any(|(name, _)| name == word))
    }
}

/// One walk of the items for one member of a display compared with them: the tally starts at 0, counts
/// each item equal to the member while `keep_going` holds, and `unequal`, a test of the tally, clears
/// the comparison's flag.
struct MemberScan<'t> {
    tally: &'t str,
    on_match: String,
    keep_going: String,
    unequal: String,
}

impl MemberScan<'_> {
    fn steps(self, matches: &str, position: &str, equal: &str, line: u32) -> [Step; 4] {
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let seen =
            vec![("cond", Node::Quoted(matches.to_string())), ("then", Node::Steps(vec![let_step(self.on_match)]))];
        let verdict =
            vec![("cond", Node::Quoted(self.unequal)), ("then", Node::Steps(vec![let_step(format!("{equal} = 0"))]))];
        [
            let_step(format!("{} = 0", self.tally)),
            let_step(format!("{position} = 0")),
            while_step(
                self.keep_going,
                vec![Step::new("if", Node::Map(seen), line), let_step(format!("{position} = {position} + 1"))],
                line,
            ),
            Step::new("if", Node::Map(verdict), line),
        ]
    }
}

/// `sum`, `min` or `max` of a dict's values held in `fields`, as one expression; `len` is no fold.
fn record_fold(function: &str, fields: &[String]) -> Option<String> {
    match (function, fields) {
        ("len", _) => None,
        ("sum", []) => Some("0".to_string()),
        ("sum", _) => Some(fields.join(" + ")),
        // `min` of nothing is Python's ValueError: not followed.
        (_, []) => None,
        (_, [only]) => Some(only.clone()),
        (_, _) => Some(format!("{function}({})", fields.join(", "))),
    }
}

/// How many distinct values `fields` hold, as one expression: each counts unless an earlier one equals it.
fn record_distinct(fields: &[String]) -> String {
    let counted = fields.iter().enumerate().map(|(index, field)| match index {
        0 => "1".to_string(),
        _ => {
            let unlike: Vec<String> = fields[..index].iter().map(|earlier| format!("{field} != {earlier}")).collect();
            format!("({})", unlike.join(" and "))
        }
    });
    match fields {
        [] => "0".to_string(),
        _ => counted.collect::<Vec<_>>().join(" + "),
    }
}

/// The most items of a list display `sorted(...)` is compared with (the scan is written out value by value).
const MAX_SORTED_MEMBERS: usize = 64;

/// The members of `range(start, stop, step)`, each as code; `None` for more than a set display should
/// hold (the scan is written out member by member).
fn range_members(start: i64, stop: i64, step: i64) -> Option<Vec<String>> {
    const MAX_MEMBERS: usize = 64;
    if step == 0 {
        return None;
    }
    let mut members = Vec::new();
    let mut value = start;
    while (step > 0 && value < stop) || (step < 0 && value > stop) {
        if members.len() == MAX_MEMBERS {
            return None;
        }
        members.push(value.to_string());
        value = value.checked_add(step)?;
    }
    Some(members)
}
