//! Collections made or filled at run time, used whole (session 22, s22collections; docs/python.md,
//! "Session 22: dicts and lists used whole at run time"):
//!
//! - `for url, size in sorted(results):` over a list computed at run time (`sorted(...)`, `list(...)` or a
//!   slice of a shared list, of a dict's keys or of a name that holds a list made at run time): Python
//!   makes the copy once, in one C call under the GIL, then iterates it, so the loop is the one over a
//!   name that holds it (`for_over_call_result`'s `$iterable`), the copy list_values.rs's one `atomic`
//!   step. Tuples order as CPython's (docs/format.md: the first place where they differ decides).
//! - `hits == {"home": 3, "about": 1}` of a dict with string keys (each key a shared variable of its
//!   own): one `atomic` step, as `dict.__eq__` is one C call; a display with other keys is unequal.
//! - `phase_log[1].append(ident)` of a module's dict display of lists (`phase_log = {1: [], 2: []}`,
//!   bound once, at the top of the module): the item's read (a missing key is KeyError, as a plain
//!   dict's), the argument, then the append's one `atomic` step, as collection_objects.rs appends to an
//!   item of a `defaultdict(list)`.
//! - `assert d == {...} or sorted(d) == [...]` (an `if`, `while` or `assert` test of `or` / `and` whose
//!   operands are comparisons, one with steps of its own): each operand's steps and value only when the
//!   ones before did not decide, as Python's `or` and `and` evaluate, into a flag the test reads.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, HeldObject, Result, Translator, local_reference};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::Value;

impl Translator<'_> {
    /// Is `iterable` a list computed at run time from a shared list, a dict's keys or a list a name holds
    /// (`sorted(results)`, `list(log)`, `log[2:]`), which a `for` iterates after the one copy?
    pub(super) fn is_computed_list_iterable(&self, frame: &Frame, iterable: &Expr) -> bool {
        matches!(iterable, Expr::Call(_) | Expr::Subscript(_)) && self.computed_list(frame, iterable).is_some()
    }
}

/// `d == {"k": v, ...}` of a dict with string keys: each key's shared variable with the display's value
/// for it (when the display has exactly the dict's keys), and whether this is `!=`.
#[derive(Clone, Debug)]
pub(super) struct RecordEquality {
    /// `None` when the display's keys are not the dict's: the dicts differ whatever their values.
    compared: Option<Vec<(String, String)>>,
    negated: bool,
}

impl Translator<'_> {
    /// `hits == {"home": 3, "about": 1}` (or `!=`, either way round) of a dict with string keys, whose keys
    /// weft knows at import time and which gains or loses none (a new key or `del` is refused): CPython's
    /// `dict.__eq__` compares the sizes, then each key's value, in one C call under the GIL. The display's
    /// keys must be strings known at import time, each once, and its values expressions that read nothing.
    pub(super) fn record_equality(
        &self,
        frame: &Frame,
        (left, right): (&Expr, &Expr),
        negated: bool,
    ) -> Option<RecordEquality> {
        let record = |side: &Expr| match self.expr(frame, side, false) {
            Ok(Ex::Static(Value::Record(fields))) => Some(fields),
            _ => None,
        };
        let (fields, display) = match (record(left), record(right)) {
            (Some(fields), None) => (fields, right),
            (None, Some(fields)) => (fields, left),
            _ => return None,
        };
        let Expr::Dict(display) = display else { return None };
        let mut values = BTreeMap::new();
        for item in &display.items {
            let Some(Expr::StringLiteral(key)) = item.key.as_ref() else { return None };
            let value = self.display_item_text(frame, &item.value)?;
            if values.insert(key.value.to_str().to_string(), value).is_some() {
                return None;
            }
        }
        let same_keys = values.len() == fields.len() && fields.iter().all(|(key, _)| values.contains_key(key));
        let compared = same_keys.then(|| {
            fields.into_iter().map(|(key, shared)| (shared, values.remove(&key).expect("same keys"))).collect()
        });
        Some(RecordEquality { compared, negated })
    }

    /// The comparison's one `atomic` step into a flag (1 when equal, or when not equal for `!=`).
    pub(super) fn record_equality_steps(
        &mut self,
        frame: &Frame,
        equality: &RecordEquality,
        out: &mut Vec<Step>,
        line: u32,
    ) -> String {
        let equal = self.fresh_temporary(frame.task, "equal");
        let test = match &equality.compared {
            None => "False".to_string(),
            Some(pairs) => {
                let tests: Vec<String> = pairs.iter().map(|(shared, value)| format!("{shared} == {value}")).collect();
                tests.join(" and ")
            }
        };
        let test = if equality.negated { format!("not ({test})") } else { test };
        let step = Step::new("let", Node::Quoted(format!("{equal} = {test}")), line);
        out.push(Step::new("atomic", Node::Steps(vec![step]), line));
        equal
    }
}

impl Translator<'_> {
    /// A test `a or b` / `a and b` whose operands are comparisons (or `not`, or such a test again), one of
    /// them with steps of its own (a whole read: `health == {...}`, `sorted(health) == [...]`): the flag
    /// that holds its truth, the first operand's steps and value first, then each later operand's inside
    /// an `if` that runs only while the flag has not decided (`not flag` for `or`, `flag` for `and`), as
    /// Python skips the rest. `None` for any other test.
    pub(super) fn short_circuit_test(
        &mut self,
        frame: &mut Frame,
        test: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Expr>> {
        let Expr::BoolOp(bool_op) = test else { return Ok(None) };
        // A name tested for its truth (`if w and w not in seen:`) is an operand as a comparison is: the
        // test's own truth, no value of the `and` kept.
        let is_truth_value = |value: &Expr| {
            matches!(value, Expr::Compare(_) | Expr::BoolOp(_) | Expr::Name(_))
                || matches!(value, Expr::UnaryOp(unary) if unary.op == ast::UnaryOp::Not)
        };
        if !bool_op.values.iter().all(is_truth_value)
            || !bool_op.values.iter().any(|value| self.contains_stepped_operand(frame, value))
        {
            return Ok(None);
        }
        let flag = self.fresh_temporary(frame.task, "passed");
        let undecided = match bool_op.op {
            ast::BoolOp::Or => format!("not {flag}"),
            ast::BoolOp::And => flag.clone(),
        };
        for (position, value) in bool_op.values.iter().enumerate() {
            let mut steps = Vec::new();
            let rewritten = self.test_without_stepped_operands(frame, value, &mut steps, line)?;
            let condition = self.condition(frame, rewritten.as_ref().unwrap_or(value))?;
            steps.push(Step::new("let", Node::Quoted(format!("{flag} = {condition}")), line));
            if position == 0 {
                out.extend(steps);
            } else {
                let entries = vec![("cond", Node::Quoted(undecided.clone())), ("then", Node::Steps(steps))];
                out.push(Step::new("if", Node::Map(entries), line));
            }
        }
        Ok(Some(local_reference(frame, &flag, test)))
    }
}

/// The module globals bound once, at the top of the module, to a dict display whose every value is a
/// list display or `list()` (`phase_log = {1: [], 2: []}`), and stored to nowhere else in the file:
/// each item is a list for the whole run (an item's assignment, `del` and the dict's methods are
/// refused for such a name: held_objects.rs).
fn dicts_of_lists(module: &[ast::Stmt]) -> BTreeSet<String> {
    let is_list = |value: &Expr| {
        matches!(value, Expr::List(_))
            || super::collection_objects::empty_container(value).as_deref() == Some("new_list()")
    };
    let mut dicts = BTreeSet::new();
    for stmt in module {
        let ast::Stmt::Assign(assignment) = stmt else { continue };
        let ([Expr::Name(name)], Expr::Dict(display)) = (&assignment.targets[..], &*assignment.value) else {
            continue;
        };
        let keyed = display.items.iter().all(|item| item.key.is_some());
        if !display.items.is_empty() && keyed && display.items.iter().all(|item| is_list(&item.value)) {
            dicts.insert(name.id.to_string());
        }
    }
    dicts.retain(|dict| super::records::stores_of(module, dict) == 1);
    dicts
}

impl Translator<'_> {
    /// The variable holding the dict and the key, when `value` is `d[k]` of a module's dict display of
    /// lists (`dicts_of_lists`) that a name holds as the object the display made.
    pub(super) fn item_of_dict_of_lists<'e>(&self, frame: &Frame, value: &'e Expr) -> Option<(String, &'e Expr)> {
        let Expr::Subscript(subscript) = value else { return None };
        let Expr::Name(name) = &*subscript.value else { return None };
        if matches!(*subscript.slice, Expr::Slice(_)) || !dicts_of_lists(self.module_body).contains(name.id.as_str()) {
            return None;
        }
        let (held, HeldObject::Container { of_containers: true }) = self.held_object(frame, &subscript.value)? else {
            return None;
        };
        crate::expr::is_identifier(&held).then_some((held, &*subscript.slice))
    }
}
