//! `d[k] += v` of a dict display with string keys (`load_count = {"users": 0, "orders": 0}`: each key a
//! shared variable of its own, `load_count_users`) by a key known only when the program runs (a job's
//! parameter), session19/f08: an `if` over the display's keys, each branch the statement translated with
//! that key, as `load_count["users"] += 1` is (its read, then its write); no key matching is Python's
//! KeyError, which `d[k] += v` raises at its read, before it computes `v`. The keys of a display are all
//! the keys the dict has (weft adds none to it), so the branches cover every key a run can find. A plain
//! `d[k] = v` by such a key stays refused: a key the display lacks would be a new variable.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, SavedBindings, Translator};
use crate::expr::Ex;
use crate::out::{Node, Step, quoted};
use crate::value::Value;

impl Translator<'_> {
    /// `d[k] += v` of a dict with string keys where `k` is a name holding a value known only at run
    /// time that reads nothing shared: the `if` over the keys. False for any other statement.
    pub(super) fn record_augmented_by_run_time_key(
        &mut self,
        frame: &mut Frame,
        assign: &ast::StmtAugAssign,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Subscript(subscript) = &*assign.target else { return Ok(false) };
        let Expr::Name(key_name) = &*subscript.slice else { return Ok(false) };
        let Ok(Ex::Static(Value::Record(fields))) = self.expr(frame, &subscript.value, false) else {
            return Ok(false);
        };
        let key_text = match self.expr(frame, &subscript.slice, false) {
            Ok(Ex::Code { text, reads_shared: false, .. }) => text,
            _ => return Ok(false),
        };
        let name = key_name.id.to_string();
        let mut chain = self.missing_item(frame, "KeyError", &key_text, line);
        for (key, _) in fields.iter().rev() {
            let saved = SavedBindings::of(frame, std::iter::once(&name));
            frame.locals.insert(name.clone(), Value::Str(key.clone()));
            frame.known.remove(&name);
            let mut branch = Vec::new();
            let translated = self.augmented(frame, assign, &mut branch, line);
            saved.restore(frame);
            translated?;
            let entries = vec![
                ("cond", Node::Quoted(format!("{key_text} == {}", quoted(key, '\'')))),
                ("then", Node::Steps(branch)),
                ("else", Node::Steps(chain)),
            ];
            chain = vec![Step::new("if", Node::Map(entries), line)];
        }
        out.extend(chain);
        Ok(true)
    }

    /// Python's KeyError of a key the dict lacks (IndexError of an index past a list or Array): raised
    /// where a `raise` may stand; elsewhere (a process, a `finally`, ...) the fault of that class a read
    /// of an empty dict (list) made there gives, which ends the run as CPython's uncaught exception ends
    /// the thread.
    pub(super) fn missing_item(&mut self, frame: &Frame, class: &str, key_text: &str, line: u32) -> Vec<Step> {
        let mut steps = Vec::new();
        if self.may_raise_here(frame) {
            self.push_raise(frame, class, &mut steps, line);
            return steps;
        }
        let maker = if class == "KeyError" { "new_dict()" } else { "new_list()" };
        let [empty, read] = ["empty", "missing"].map(|wanted| self.fresh_temporary(frame.task, wanted));
        steps.push(Step::new("let", Node::Quoted(format!("{empty} = {maker}")), line));
        steps.push(Step::new("let", Node::Quoted(format!("{read} = {empty}[{key_text}]")), line));
        steps
    }
}
