//! The time a string's method takes. The format's text functions (`upper(s)`, `count(s, x)`) are one
//! step each, costed as any step (nothing under a time window, 50 ns where deadlines decide), but
//! CPython walks the string: `upper()` and `count()` of 4,000 characters take about 7 us each, and
//! 3,000 of them 40 to 100 ms, which a 10 ms time-out sees (bench/python-agreement/session22/repro/r03:
//! CPython 'no' in every run, weft 'yes' only under "complete"). So:
//!
//! - a method of a string known at import time, or the repetition that makes one, weighs its line's
//!   steps by the string's length, [`CHARS_PER_STEP`] characters a step, as the items of a fold do
//!   (folded_work.rs), so that a loop of such steps is long work (long_loops.rs);
//! - a string whose length weft cannot bound at import time (a repetition or a padding to a count known
//!   only at run time, or a string of [`LONG_TEXT_CHARS`] characters or more handed to the run, whose
//!   methods then walk it unseen) is work weft cannot time, as a call it does not model is: no time
//!   window, and a wait with a time-out of the program's own may give up at any step.

use std::cell::Cell;

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Frame, Translator};
use crate::expr::Ex;
use crate::out::{Item, SharedInit};
use crate::value::Value;

/// The characters CPython's string methods walk in about the time of one Python statement (1 to 2 ns a
/// character for `upper`, `count`, `find`, `replace` of an ASCII string on CPython 3.11, against 30 to
/// 60 ns a statement).
const CHARS_PER_STEP: usize = 16;

/// The length from which a string known only at run time may make a loop of its methods long work: a
/// loop of fewer than 10,000 passes (long_loops.rs) over a method of 256 characters is at most 5 ms.
pub(crate) const LONG_TEXT_CHARS: usize = 256;

/// The first line that makes or hands to the run a string whose length weft does not bound.
#[derive(Default)]
pub(crate) struct TextWork {
    unbounded_line: Cell<Option<u32>>,
}

impl TextWork {
    pub(crate) fn unbounded_line(&self) -> Option<u32> {
        self.unbounded_line.get()
    }
}

impl Translator<'_> {
    /// A string operation at `node` walks `chars` characters each time its line runs.
    pub(crate) fn record_text_walk(&self, node: &impl Ranged, chars: usize) {
        let steps = chars.div_ceil(CHARS_PER_STEP);
        if steps > 1 {
            self.record_folded_items(node, steps);
        }
    }

    /// A string made or handed to the run at `node` may be long, and its length is not known at import
    /// time: the methods that walk it take time weft cannot count.
    pub(crate) fn note_text_of_unknown_length(&self, node: &impl Ranged) {
        if self.text_work.unbounded_line.get().is_none() {
            self.text_work.unbounded_line.set(Some(self.source.line_of(node.start())));
        }
    }

    /// A string known at import time written into the scenario as a value at `node`: once it is a value
    /// of the run, its length is no longer known where a method walks it.
    pub(crate) fn note_text_handed_to_run(&self, node: &impl Ranged, text: &str) {
        if text.chars().count() >= LONG_TEXT_CHARS {
            self.note_text_of_unknown_length(node);
        }
    }
}

/// The padding methods, whose first argument is the length of the string they make.
const PADDINGS: [&str; 4] = ["ljust", "rjust", "center", "zfill"];

impl Translator<'_> {
    /// `text * n` (`n * text`): of a string known at import time, a walk of the string it makes; by a
    /// count known only at run time, a string of unknown length.
    pub(crate) fn record_repetition_work(&self, binary: &ast::ExprBinOp, left: &Ex, right: &Ex) {
        if binary.op != ast::Operator::Mult {
            return;
        }
        let (text, count) = match (left, right) {
            (Ex::Static(Value::Str(text)), count) | (count, Ex::Static(Value::Str(text))) => (text, count),
            _ => return,
        };
        match count {
            Ex::Static(Value::Int(times)) => {
                let times = usize::try_from(*times).unwrap_or(0);
                self.record_text_walk(binary, text.chars().count().saturating_mul(times));
            }
            _ => self.note_text_of_unknown_length(binary),
        }
    }

    /// A string method's walk: the strings known at import time among its receiver and arguments
    /// (`LONG.count("a")`, `"-".join(LONG)`), and the string a padding makes (`s.ljust(n)`, of unknown
    /// length where `n` is known only at run time).
    pub(crate) fn record_text_method_work(&self, frame: &Frame, call: &ast::ExprCall, method: &str, receiver: &Ex) {
        let receiver_chars = match receiver {
            Ex::Static(Value::Str(text)) => text.chars().count(),
            _ => 0,
        };
        let argument_chars: usize = call
            .arguments
            .args
            .iter()
            .filter_map(|arg| match self.static_value(frame, arg) {
                Ok(Value::Str(text)) => Some(text.chars().count()),
                _ => None,
            })
            .sum();
        let mut chars = receiver_chars.saturating_add(argument_chars);
        if PADDINGS.contains(&method) {
            match call.arguments.args.first().map(|width| self.static_value(frame, width)) {
                Some(Ok(Value::Int(width))) => {
                    let width = usize::try_from(width).unwrap_or(0);
                    chars = chars.max(width);
                    if width >= LONG_TEXT_CHARS {
                        self.note_text_of_unknown_length(call);
                    }
                }
                _ => self.note_text_of_unknown_length(call),
            }
        }
        self.record_text_walk(call, chars);
    }
}

/// Whether a shared variable starts as a string of [`LONG_TEXT_CHARS`] characters or more, or a list or
/// dict holding one: a value of the run from the start, whose methods walk it unseen.
pub(crate) fn shares_long_text(shared: &[(String, SharedInit)]) -> bool {
    let long = |text: &String| text.chars().count() >= LONG_TEXT_CHARS;
    let long_item = |item: &Item| matches!(item, Item::Str(text) if long(text));
    shared.iter().any(|(_, init)| match init {
        SharedInit::Str(text) => long(text),
        SharedInit::Array(items) => items.iter().any(long_item),
        SharedInit::Map(entries) => entries.iter().any(|(key, value)| long_item(key) || long_item(value)),
        SharedInit::Int(_) | SharedInit::None => false,
    })
}

impl Translator<'_> {
    /// `s + s` (`s += s`) of a value known only at run time: where it is a string, it doubles each time
    /// it runs, so a loop of a few passes makes a string of any length.
    pub(crate) fn record_doubling(&self, binary: &ast::ExprBinOp) {
        if binary.op == ast::Operator::Add
            && let (Expr::Name(left), Expr::Name(right)) = (&*binary.left, &*binary.right)
            && left.id == right.id
        {
            self.note_text_of_unknown_length(binary);
        }
    }
}

impl Translator<'_> {
    /// `s += s`: [`Self::record_doubling`]'s form as an augmented assignment.
    pub(crate) fn record_augmented_doubling(&self, assign: &ast::StmtAugAssign) {
        if assign.op == ast::Operator::Add
            && let (Expr::Name(target), Expr::Name(value)) = (&*assign.target, &*assign.value)
            && target.id == value.id
        {
            self.note_text_of_unknown_length(assign);
        }
    }
}
