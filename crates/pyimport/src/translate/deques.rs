//! `collections.deque`: a growing list (a map with keys 0, 1, 2, ..., as a list that something
//! `append`s to) whose methods are each one `atomic` step, as each is one C call in CPython under the
//! GIL: `append`, `pop` and `extend` of a display as a list's, `popleft` as `pop(0)` (every later item
//! moved down one key), `appendleft` every item moved up one key before the new first. A deque with a
//! `maxlen` drops from the other end when it is full, inside the same step, as CPython's does.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail, while_step};
use crate::out::{Item, Node, Step};
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// `deque()`, `deque(items)`, `deque(items, maxlen)`, `deque(maxlen=n)` of items known at import time.
    pub(super) fn make_deque(
        &mut self,
        frame: &Frame,
        hint: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Value> {
        let arguments = &call.arguments;
        if arguments.args.len() > 2 || arguments.keywords.iter().any(|k| k.arg.as_ref().is_none_or(|a| a != "maxlen")) {
            return fail(call, "`deque` takes the first items and `maxlen`, nothing else");
        }
        let maxlen = match arguments.args.get(1).or(arguments.find_keyword("maxlen").map(|k| &k.value)) {
            None => None,
            Some(given) => match self.static_value(frame, given)? {
                Value::None => None,
                Value::Int(n) if n >= 0 => Some(n as usize),
                _ => return fail(given, "a deque's `maxlen` is a number known at import time, at least 0, or None"),
            },
        };
        let items = match arguments.args.first() {
            None => Vec::new(),
            Some(iterable) => self.static_iteration(frame, iterable)?,
        };
        let Some(items) = items.iter().map(Item::of).collect::<Option<Vec<Item>>>() else {
            // `deque(JOBS)` of tuples of constants: filled where it is made (collection_objects.rs).
            if let Some(iterable) = arguments.args.first()
                && let Some(tuples) = self.constant_tuples(iterable, &items)
            {
                let shared = self.declare_list(frame, hint, Vec::new());
                let kept = maxlen.map_or(0, |maxlen| tuples.len().saturating_sub(maxlen));
                out.push(super::collection_objects::filled_list(&shared, &tuples[kept..], line));
                self.deques.insert(shared.clone(), maxlen);
                return Ok(Value::Shared(shared, Shape::Map { dense: true }));
            }
            return fail(
                call,
                "a deque of numbers, None or strings is supported (weft's lists hold those), and of tuples of them made from a list or tuple display of tuple displays (`deque([(\"a\", 1)])`, `deque(JOBS)` of a module global bound once to one)",
            );
        };
        // A full deque keeps the last `maxlen` of the items it is made from.
        let skipped = maxlen.map_or(0, |maxlen| items.len().saturating_sub(maxlen));
        let pairs = items.into_iter().skip(skipped).enumerate().map(|(k, v)| (Item::Int(k as i64), v)).collect();
        let shared = self.declare_list(frame, hint, pairs);
        self.deques.insert(shared.clone(), maxlen);
        Ok(Value::Shared(shared, Shape::Map { dense: true }))
    }

    /// `items.popleft()` on a deque: the deque and the call (as `popped_list` gives `pop`'s).
    pub(super) fn deque_popleft<'e>(&self, frame: &Frame, value: &'e Expr) -> Option<(String, &'e ast::ExprCall)> {
        self.container_call(frame, value, "popleft", true).filter(|(shared, _)| self.deques.contains_key(shared))
    }

    /// `items.appendleft(x)`: every item moved up one key, then `x` at key 0; a full bounded deque
    /// drops its last item first (CPython's deque_appendleft: `deque_pop` when full).
    pub(super) fn deque_appendleft(
        &mut self,
        frame: &mut Frame,
        shared: &str,
        call: &ast::ExprCall,
        line: u32,
    ) -> Result<Step> {
        let [item] = &call.arguments.args[..] else {
            return fail(call, "`appendleft` takes one item");
        };
        let (value, _, _) = self.code(frame, item)?;
        let counter = self.temporary(frame.task, "k");
        let shift = vec![
            Step::new("set", Node::Quoted(format!("{shared}[{counter}] = {shared}[{counter} - 1]")), line),
            Step::new("let", Node::Quoted(format!("{counter} = {counter} - 1")), line),
        ];
        let mut steps = Vec::new();
        if let Some(maxlen) = self.deques[shared] {
            if maxlen == 0 {
                return Ok(Step::new("atomic", Node::Steps(Vec::new()), line));
            }
            steps.push(drop_when_full(shared, maxlen, vec![last_deleted(shared, line)], line));
        }
        steps.push(Step::new("let", Node::Quoted(format!("{counter} = len({shared})")), line));
        steps.push(while_step(format!("{counter} > 0"), shift, line));
        steps.push(Step::new("set", Node::Quoted(format!("{shared}[0] = {value}")), line));
        Ok(Step::new("atomic", Node::Steps(steps), line))
    }

    /// `append(x)` and `extend([a, b])` on a deque with a `maxlen`: each item appended after the first
    /// is dropped when the deque is full, all in one step.
    pub(super) fn bounded_deque_append(
        &mut self,
        frame: &mut Frame,
        shared: &str,
        call: &ast::ExprCall,
        method: &str,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Step> {
        let maxlen = self.deques[shared].expect("only deques with a maxlen come here");
        let values = match (method, &call.arguments.args[..]) {
            ("append", [item]) => vec![self.argument_code(frame, item, out, line)?],
            (
                "extend",
                [Expr::List(ast::ExprList { elts: items, .. }) | Expr::Tuple(ast::ExprTuple { elts: items, .. })],
            ) => {
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    values.push(self.code(frame, item)?.0);
                }
                values
            }
            ("append", _) => return fail(call, "`append` takes one item"),
            _ => return fail(call, "`extend` is supported with a list or tuple display (`items.extend([a, b])`)"),
        };
        let mut steps = Vec::new();
        for value in values {
            if maxlen == 0 {
                break;
            }
            let mut drop = self.shift_down_steps(frame, shared, line);
            drop.push(last_deleted(shared, line));
            steps.push(drop_when_full(shared, maxlen, drop, line));
            steps.push(Step::new("set", Node::Quoted(format!("{shared}[len({shared})] = {value}")), line));
        }
        Ok(Step::new("atomic", Node::Steps(steps), line))
    }
}

/// `if len(d) == maxlen: <drop>`.
fn drop_when_full(shared: &str, maxlen: usize, drop: Vec<Step>, line: u32) -> Step {
    let entries = vec![("cond", Node::Quoted(format!("len({shared}) == {maxlen}"))), ("then", Node::Steps(drop))];
    Step::new("if", Node::Map(entries), line)
}

fn last_deleted(shared: &str, line: u32) -> Step {
    Step::new("del", Node::Quoted(format!("{shared}[len({shared}) - 1]")), line)
}
