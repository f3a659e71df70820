//! Loops over a shared dict in its insertion order (`for k in d`, `d.keys()`, `d.values()`,
//! `d.items()`) and over a deque (`for e in dq`), as CPython's iterators walk them: each turn one
//! `atomic` step (the iterator's C call) that checks the container and takes the next item, then the
//! body. A dict's iterator raises RuntimeError when the dict's size changed since the loop began
//! ("dictionary changed size during iteration"), or when it finds more keys than it started with
//! ("dictionary keys changed during iteration": a key deleted and another inserted); a deque's raises
//! it after any `append`, `pop` and the rest ("deque mutated during iteration"). The reads are the
//! engine's `next_inserted`, `key_inserted` and `changes` (docs/format.md, "Walks in insertion order").

use ruff_python_ast::{self as ast, Expr};

use super::whole_reads::{Items, Part};
use super::{Frame, Result, Translator, fail, while_step};
use crate::out::{Node, Step};

/// What the step of a walk leaves in its `found` local besides a place: the walk is over, or the
/// container changed (RuntimeError).
const WALK_ENDED: i64 = -1;
const WALK_CHANGED: i64 = -2;

/// How a loop's target takes a dict's entry.
enum Target {
    /// The key into one name (`for k in d`, `d.keys()`).
    Key(String),
    /// The value into one name, the key into a temporary (`for v in d.values()`).
    Value { key: String, value: String },
    /// Both (`for k, v in d.items()`), or the pair as a tuple into one name (`for kv in d.items()`).
    Pair { key: String, value: String, tuple: bool },
}

impl Translator<'_> {
    /// `for k in d:` (and `d.keys()`, `d.values()`, `d.items()`) over a shared dict, in its insertion
    /// order: a walk whose step reads the dict's order.
    pub(super) fn insertion_order_for(
        &mut self,
        frame: &mut Frame,
        items: &Items,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        line: u32,
        next_line: u32,
    ) -> Result<()> {
        // A module dict nothing in the program writes never changes during the walk: no RuntimeError.
        let unchanging = self.unchanging_module_dict(frame, &looping.iter);
        if !unchanging {
            self.check_walk_may_raise(frame, looping, "dict")?;
        }
        self.forget_assigned(frame, &looping.body);
        let shared = items.shared().to_string();
        let (target, unpacked) = self.dict_target(frame, items, &looping.target)?;
        // A value of a `defaultdict(list)` (or `set`) is a list made at run time: `len(v)` of it is
        // `size(v)`, read in a step, as `len(d[k])` of an item is (session27/t11's `sum(len(v) for v in
        // done_by.values())`).
        if self.is_made_default_dict(&shared)
            && let Target::Value { value, .. } | Target::Pair { value, tuple: false, .. } = &target
        {
            let key = (Some(frame.task), value.clone());
            let container = Some(super::held_objects::HeldObject::Container { of_containers: false });
            let kept = match self.held_objects.get(&key) {
                Some(earlier) if *earlier != container => None,
                _ => container,
            };
            self.held_objects.insert(key, kept);
        }
        let size = self.fresh_temporary(frame.task, "walk_size");
        let place = self.fresh_temporary(frame.task, "walk_place");
        let left = self.fresh_temporary(frame.task, "walk_left");
        let found = self.fresh_temporary(frame.task, "walk_found");
        let key = match &target {
            Target::Key(key) | Target::Value { key, .. } | Target::Pair { key, .. } => key.clone(),
        };
        let mut take = vec![
            let_step(format!("{key} = key_inserted({shared}, {found})"), line),
            let_step(format!("{place} = {found} + 1"), line),
        ];
        match &target {
            Target::Key(_) => {}
            Target::Value { value, .. } | Target::Pair { value, tuple: false, .. } => {
                take.push(let_step(format!("{value} = {shared}[{key}]"), line));
            }
            Target::Pair { value, tuple: true, .. } => {
                take.push(let_step(format!("{value} = ({key}, {shared}[{key}])"), line));
            }
        }
        let next = vec![
            let_step(format!("{found} = next_inserted({shared}, {place})"), line),
            if_step(format!("{found} >= 0"), take, Vec::new(), line),
        ];
        let step = if_step(
            format!("len({shared}) != {size}"),
            vec![let_step(format!("{found} = {WALK_CHANGED}"), line)],
            next,
            line,
        );
        out.push(let_step(format!("{size} = len({shared})"), line));
        out.push(let_step(format!("{place} = 0"), line));
        out.push(let_step(format!("{left} = {size}"), line));
        let mut body = vec![Step::new("atomic", Node::Steps(vec![step]), line)];
        if unchanging {
            body.push(if_step(format!("{found} < 0"), vec![Step::word("break", line)], Vec::new(), line));
        } else {
            self.push_walk_checks(frame, &found, &mut body, line);
            // More keys than the walk began with: one was deleted and another inserted behind the walk.
            let mut raise = Vec::new();
            self.push_raise(frame, "RuntimeError", &mut raise, line);
            body.push(if_step(format!("{left} == 0"), raise, Vec::new(), line));
        }
        body.push(let_step(format!("{left} = {left} - 1"), line));
        if let Target::Value { value, .. } | Target::Pair { value, .. } = &target {
            push_unpacking(value, &unpacked, &mut body, line);
        }
        self.emitted_loop_body(frame, &looping.body, &mut body, next_line)?;
        out.push(while_step("True".to_string(), body, line));
        Ok(())
    }

    /// `for e in dq:` over a deque: a walk of its items by index, for as many as it had when the loop
    /// began, that raises RuntimeError once the deque's count of changes moved.
    pub(super) fn deque_for(
        &mut self,
        frame: &mut Frame,
        shared: &str,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        line: u32,
        next_line: u32,
    ) -> Result<()> {
        self.check_walk_may_raise(frame, looping, "deque")?;
        self.forget_assigned(frame, &looping.body);
        // A deque holds numbers, None or strings (deques.rs): one name takes each.
        let Expr::Name(variable) = &*looping.target else {
            return fail(looping.target.as_ref(), "the loop variable over a deque must be a name");
        };
        let item = self.bind_local(frame, variable.id.as_str());
        frame.known.remove(variable.id.as_str());
        let state = self.fresh_temporary(frame.task, "walk_state");
        let length = self.fresh_temporary(frame.task, "walk_length");
        let found = self.fresh_temporary(frame.task, "walk_found");
        let take = vec![
            let_step(format!("{item} = {shared}[{found}]"), line),
            let_step(format!("{found} = {found} + 1"), line),
        ];
        let next = vec![if_step(
            format!("{found} >= {length}"),
            vec![let_step(format!("{found} = {WALK_ENDED}"), line)],
            take,
            line,
        )];
        let step = if_step(
            format!("changes({shared}) != {state}"),
            vec![let_step(format!("{found} = {WALK_CHANGED}"), line)],
            next,
            line,
        );
        // `iter(dq)`: one C call that notes the deque's state and length.
        let start = vec![
            let_step(format!("{state} = changes({shared})"), line),
            let_step(format!("{length} = len({shared})"), line),
        ];
        out.push(Step::new("atomic", Node::Steps(start), line));
        out.push(let_step(format!("{found} = 0"), line));
        // The step leaves the next index in `found`, or what ended the walk.
        let mut body = vec![Step::new("atomic", Node::Steps(vec![step]), line)];
        self.push_walk_checks(frame, &found, &mut body, line);
        self.emitted_loop_body(frame, &looping.body, &mut body, next_line)?;
        out.push(while_step("True".to_string(), body, line));
        Ok(())
    }

    /// After a walk's step: RuntimeError when the container changed, the end of the loop when the
    /// walk is over.
    fn push_walk_checks(&mut self, frame: &Frame, found: &str, body: &mut Vec<Step>, line: u32) {
        let mut raise = Vec::new();
        self.push_raise(frame, "RuntimeError", &mut raise, line);
        body.push(if_step(format!("{found} == {WALK_CHANGED}"), raise, Vec::new(), line));
        body.push(if_step(format!("{found} == {WALK_ENDED}"), vec![Step::word("break", line)], Vec::new(), line));
        self.raised_classes.push((frame.task, "RuntimeError".to_string()));
    }

    /// Whether `iterable` (`d`, `d.keys()`, `d.values()`, `d.items()`) is a module dict that nothing in
    /// the program writes, rebinds or hands on (session35/f02: `for name in pages:` of a table of
    /// constants was refused for a RuntimeError it cannot raise).
    pub(super) fn unchanging_module_dict(&self, frame: &Frame, iterable: &Expr) -> bool {
        let dict = match iterable {
            Expr::Call(call) if call.arguments.is_empty() => match &*call.func {
                Expr::Attribute(method) if matches!(method.attr.as_str(), "keys" | "values" | "items") => {
                    &*method.value
                }
                _ => return false,
            },
            other => other,
        };
        let Expr::Name(name) = dict else { return false };
        let name = name.id.as_str();
        let global = !frame.locals.contains_key(name) && self.globals.contains_key(name);
        // Only a dict display bound at the module's top level: a dict made at run time (`sizes = main()`)
        // may be held and changed elsewhere, and a `defaultdict` changes on a read of a missing key.
        let displayed = self.module_body.iter().any(|statement| {
            matches!(statement, ruff_python_ast::Stmt::Assign(assign)
                if matches!(&assign.targets[..], [Expr::Name(target)] if target.id.as_str() == name)
                    && matches!(&*assign.value, Expr::Dict(_)))
        });
        global && displayed && !self.is_written(name)
    }

    /// The RuntimeError of a walk is a `raise` step: refused where none may stand (`may_raise_here`).
    fn check_walk_may_raise(&self, frame: &Frame, looping: &ast::StmtFor, container: &str) -> Result<()> {
        if self.may_raise_here(frame) {
            return Ok(());
        }
        fail(
            looping.iter.as_ref(),
            format!(
                "a loop over a {container} imports where its RuntimeError (the {container} changed during the loop) may be raised: not inside a `try` of the forms that catch a time-out or a job's exception, a `finally`, an executor's `with`, a process or a job of `asyncio.to_thread`"
            ),
        )
    }

    /// The names a loop over a dict's entries binds, each bound as a local of the task, and the
    /// locals a tuple target unpacks the value into (`for seen, total in d.values()`, `for k, (a, b) in
    /// d.items()`: session30/t04; none for a name).
    fn dict_target(&mut self, frame: &mut Frame, items: &Items, target: &Expr) -> Result<(Target, Vec<String>)> {
        let bind = |translator: &mut Self, frame: &mut Frame, name: &ast::ExprName| {
            let local = translator.bind_local(frame, name.id.as_str());
            frame.known.remove(name.id.as_str());
            local
        };
        let key_temporary = |translator: &mut Self, frame: &Frame| translator.fresh_temporary(frame.task, "walk_key");
        let unpacked_names = |tuple: &ast::ExprTuple| -> Option<Vec<ast::ExprName>> {
            tuple.elts.iter().map(|item| item.as_name_expr().cloned()).collect()
        };
        match (target, items.part()) {
            (Expr::Tuple(tuple), Part::Values) => {
                let Some(names) = unpacked_names(tuple) else {
                    return fail(target, "the loop variables must be names");
                };
                let value = self.fresh_temporary(frame.task, "walk_value");
                let locals = names.iter().map(|name| bind(self, frame, name)).collect();
                return Ok((Target::Value { key: key_temporary(self, frame), value }, locals));
            }
            (Expr::Tuple(tuple), Part::Pairs)
                if tuple.elts.len() == 2
                    && let (Expr::Name(key), Expr::Tuple(inner)) = (&tuple.elts[0], &tuple.elts[1]) =>
            {
                let Some(names) = unpacked_names(inner) else {
                    return fail(target, "the loop variables must be names");
                };
                let key = bind(self, frame, key);
                let value = self.fresh_temporary(frame.task, "walk_value");
                let locals = names.iter().map(|name| bind(self, frame, name)).collect();
                return Ok((Target::Pair { key, value, tuple: false }, locals));
            }
            _ => {}
        }
        let target = match (target, items.part()) {
            (Expr::Name(name), Part::Keys) => Target::Key(bind(self, frame, name)),
            (Expr::Name(name), Part::Values) => {
                let value = bind(self, frame, name);
                Target::Value { key: key_temporary(self, frame), value }
            }
            (Expr::Name(name), Part::Pairs) => {
                let value = bind(self, frame, name);
                Target::Pair { key: key_temporary(self, frame), value, tuple: true }
            }
            (Expr::Tuple(tuple), Part::Pairs) if tuple.elts.len() == 2 => {
                let (Expr::Name(key), Expr::Name(value)) = (&tuple.elts[0], &tuple.elts[1]) else {
                    return fail(target, "the loop variables must be names");
                };
                let key = bind(self, frame, key);
                Target::Pair { key, value: bind(self, frame, value), tuple: false }
            }
            (other, _) => {
                return fail(
                    other,
                    "the loop variable must be a name, two names for `(key, value)`, or a tuple of names the value unpacks into",
                );
            }
        };
        Ok((target, Vec::new()))
    }
}

/// `a, b = value` of a loop's tuple target, each name a local: `unpack(value, i, n)`, Python's
/// ValueError when the value has another length (and TypeError when it is no tuple).
fn push_unpacking(value: &str, names: &[String], body: &mut Vec<Step>, line: u32) {
    let count = names.len();
    for (position, local) in names.iter().enumerate() {
        body.push(let_step(format!("{local} = unpack({value}, {position}, {count})"), line));
    }
}

pub(super) fn let_step(text: String, line: u32) -> Step {
    Step::new("let", Node::Quoted(text), line)
}

fn if_step(cond: String, then: Vec<Step>, otherwise: Vec<Step>, line: u32) -> Step {
    let mut entries = vec![("cond", Node::Quoted(cond)), ("then", Node::Steps(then))];
    if !otherwise.is_empty() {
        entries.push(("else", Node::Steps(otherwise)));
    }
    Step::new("if", Node::Map(entries), line)
}
