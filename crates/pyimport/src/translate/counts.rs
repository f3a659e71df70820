//! `collections.Counter` over values made at run time (session 17 m01's map-reduce word count):
//!
//! - `dict(Counter(words))` of a split's parts (`document.split()`, or a name that holds them): CPython
//!   counts them in one C call (`_count_elements`), so weft makes a dict at run time (docs/format.md,
//!   "Objects made at run time") and counts into it in one `atomic`: each part's count read (0 when
//!   missing) and written back plus one, in the parts' order, so the dict's keys are in the order of
//!   their first appearance, as Python's. A bare `Counter(words)` kept as an object stays refused: weft's
//!   dict would raise KeyError for a missing key where a Counter reads 0, and print without `Counter(`.
//! - `totals.update(partial)` of a `Counter()` shared dict (map_reads.rs) with a dict made at run time:
//!   Counter.update is Python code in CPython 3.11. An empty Counter takes `dict.update` (one C call:
//!   one `atomic` that copies each key's value in the given dict's order); otherwise a loop over
//!   `partial.items()` whose every turn takes the next pair, reads `self.get(k, 0)` and writes the sum,
//!   each a step, so another thread may come between them as in CPython. The import takes the argument
//!   only where the file shows it is a dict: every binding of its name is a dict, or a `for` over the
//!   results of `pool.map(f, ...)` (or a list of such dicts) whose function returns a dict at its every
//!   `return` (a `dict(...)`, a `Counter(...)` or a dict display). Anything else (an iterable of keys,
//!   keyword counts, `subtract`) is refused at its line.

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr as transform_walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Result, Translator, fail, while_step};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::{Shape, Value};

/// How many names deep the import follows a dict's bindings (`partial` from `partial_counts` from a
/// `map`): bounded so that names bound from each other end.
pub(super) const MOST_NAMES_FOLLOWED: usize = 4;

/// `dict(Counter(parts))`: the parts' text (a split's tuple, read in one `atomic`).
pub(super) struct Counting {
    parts: String,
}

/// The items `Counter(items)` counts into a shared Counter: their number and the text of item `i`
/// (`{}` stands for the position's local).
pub(super) struct Counted {
    length: String,
    item: String,
}

impl Translator<'_> {
    /// `dict(Counter(parts))` of a split's parts known only at run time.
    pub(super) fn counting(&self, frame: &Frame, value: &Expr) -> Option<Counting> {
        let inner = self.called_with_one(frame, value, "dict")?;
        let parts = self.called_with_one(frame, inner, "collections.Counter")?;
        let split = match self.split_value(frame, parts, false).ok()? {
            Some(split) => split,
            None if matches!(self.held_object(frame, parts), Some((_, super::HeldObject::Parts))) => {
                self.expr(frame, parts, false).ok()?
            }
            None => return None,
        };
        match split {
            Ex::Code { text, reads_shared: false, .. } => Some(Counting { parts: text }),
            _ => None,
        }
    }

    /// What `Counter(items)` counts: a split's parts, a list of results (`results = await gather(...)`,
    /// `pool.map`), or a shared list, each read in the counting's one `atomic` (CPython's C helper
    /// `_count_elements` walks them in one call, no Python code between: the items are numbers, None,
    /// strings and tuples).
    pub(super) fn counted_items(&self, frame: &Frame, items: &Expr) -> Result<Counted> {
        if frame.dynamic > 0 {
            return fail(
                items,
                "`Counter(items)` is made where the code runs once (not inside an `if` or a loop the scenario runs): its counts are a shared dict declared empty",
            );
        }
        let parts = match self.split_value(frame, items, false)? {
            Some(split) => Some(split),
            None if matches!(self.held_object(frame, items), Some((_, super::HeldObject::Parts))) => {
                Some(self.expr(frame, items, false)?)
            }
            None => None,
        };
        if let Some(Ex::Code { text, reads_shared: false, .. }) = parts {
            return Ok(Counted { length: format!("size({text})"), item: format!("item({text}, {{}})") });
        }
        match self.expr(frame, items, false) {
            Ok(Ex::Static(Value::LocalArray(results, length))) => {
                Ok(Counted { length: length.to_string(), item: format!("{results}[{{}}]") })
            }
            Ok(Ex::Static(Value::Shared(shared, Shape::Array(_) | Shape::Map { dense: true })))
                if !self.deques.contains_key(&shared) =>
            {
                Ok(Counted { length: format!("len({shared})"), item: format!("{shared}[{{}}]") })
            }
            _ => fail(
                items,
                "`Counter(items)` counts a split's parts (`Counter(line.split())`), a list of results (of `gather`, `pool.map`) or a shared list; `Counter()` (empty) is a shared dict too",
            ),
        }
    }

    /// The counting of `Counter(items)` into the shared dict `shared`, in one `atomic`.
    pub(super) fn count_into(
        &mut self,
        frame: &Frame,
        shared: &str,
        counted: &Counted,
        out: &mut Vec<Step>,
        line: u32,
    ) {
        let steps = self.counting_loop(frame, shared, counted, line);
        out.push(Step::new("atomic", Node::Steps(steps), line));
    }

    /// `_count_elements`' loop into `counts` (a shared dict or a dict made at run time): each item's
    /// count read (0 when missing) and written back plus one, in the items' order, so a new key goes
    /// last as in Python's dict.
    fn counting_loop(&mut self, frame: &Frame, counts: &str, counted: &Counted, line: u32) -> Vec<Step> {
        let [position, item, seen] =
            ["position", "item", "seen"].map(|wanted| self.fresh_temporary(frame.task, wanted));
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let read_count = vec![
            ("cond", Node::Quoted(format!("has({counts}, {item})"))),
            ("then", Node::Steps(vec![let_step(format!("{seen} = {counts}[{item}]"))])),
        ];
        let count_one = vec![
            let_step(format!("{item} = {}", counted.item.replace("{}", &position))),
            let_step(format!("{seen} = 0")),
            Step::new("if", Node::Map(read_count), line),
            Step::new("set", Node::Quoted(format!("{counts}[{item}] = {seen} + 1")), line),
            let_step(format!("{position} = {position} + 1")),
        ];
        vec![
            let_step(format!("{position} = 0")),
            while_step(format!("{position} < {}", counted.length), count_one, line),
        ]
    }

    /// Whether the code being translated is a job of an executor or of `asyncio.to_thread`: one task
    /// of the scenario that runs once per item submitted.
    pub(super) fn runs_as_a_job(&self, frame: &Frame) -> bool {
        self.scenario.tasks[frame.task].executor.is_some()
            || self.futures.job_tasks.values().any(|&job| job == frame.task)
    }

    /// The argument of `function(argument)` (by the import's name of the callee), without keywords.
    fn called_with_one<'e>(&self, frame: &Frame, value: &'e Expr, function: &str) -> Option<&'e Expr> {
        let Expr::Call(call) = value else { return None };
        let ([argument], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else { return None };
        match self.expr(frame, &call.func, false) {
            Ok(Ex::Static(Value::Module(name))) if name == function => Some(argument),
            _ => None,
        }
    }

    /// The counting's `atomic`: a new dict, each part's count in it one more; the local that holds it.
    pub(super) fn counting_steps(
        &mut self,
        frame: &Frame,
        counting: &Counting,
        out: &mut Vec<Step>,
        line: u32,
    ) -> String {
        let [parts, counts] = ["parts", "counts"].map(|wanted| self.fresh_temporary(frame.task, wanted));
        let counted = Counted { length: format!("size({parts})"), item: format!("item({parts}, {{}})") };
        let mut steps = vec![
            Step::new("let", Node::Quoted(format!("{parts} = {}", counting.parts)), line),
            Step::new("let", Node::Quoted(format!("{counts} = new_dict()")), line),
        ];
        steps.extend(self.counting_loop(frame, &counts, &counted, line));
        out.push(Step::new("atomic", Node::Steps(steps), line));
        counts
    }

    /// `totals.update(partial)` of the `Counter()` shared dict `shared` (see the module's comment).
    pub(super) fn counter_update(
        &mut self,
        frame: &mut Frame,
        shared: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let ([given @ Expr::Name(name)], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else {
            return fail(
                call,
                "a Counter's `update` is supported with one dict made at run time, by name (`totals.update(partial)`)",
            );
        };
        if !self.binds_only_dicts(name.id.as_str(), MOST_NAMES_FOLLOWED) {
            return fail(
                given,
                "a Counter's `update` is supported with a dict this file shows is one: every binding of the name a dict, or a `for` over `pool.map(f, ...)` whose function returns a dict (an iterable of keys has no form yet)",
            );
        }
        let (source, _, reads_shared) = self.code(frame, given)?;
        if reads_shared {
            return fail(given, "a Counter's `update` is supported with a dict held by a local name");
        }
        let [empty, position, key, count] =
            ["empty", "position", "key", "count"].map(|wanted| self.fresh_temporary(frame.task, wanted));
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        // `dict.update`: one C call that writes each key's value.
        let copy = vec![super::list_methods::dict_copy(shared, &source, [&position, &key, &count], line)];
        // `for elem, count in iterable.items(): self[elem] = count + self_get(elem, 0)`.
        let mut add = vec![Step::new(
            "atomic",
            Node::Steps(vec![
                let_step(format!("{key} = key_at({source}, {position})")),
                let_step(format!("{count} = {source}[{key}]")),
            ]),
            line,
        )];
        let got = self.map_read_step(frame, shared, &key, "0", false, &mut add, line);
        add.push(Step::new("set", Node::Quoted(format!("{shared}[{key}] = {count} + {got}")), line));
        add.push(let_step(format!("{position} = {position} + 1")));
        let walk =
            vec![let_step(format!("{position} = 0")), while_step(format!("{position} < size({source})"), add, line)];
        out.push(let_step(format!("{empty} = len({shared}) == 0")));
        let branches = vec![("cond", Node::Quoted(empty)), ("then", Node::Steps(copy)), ("else", Node::Steps(walk))];
        out.push(Step::new("if", Node::Map(branches), line));
        Ok(())
    }

    /// `for k in name:` over a dict made at run time (every binding of the name a dict, as for
    /// `update`), which the walk takes by `key_at` in insertion order: a body that changes the dict by
    /// its name is refused (CPython's iterator raises RuntimeError when the dict's size changes; the
    /// walk by place would not).
    pub(super) fn check_dict_walk(&self, looping: &ast::StmtFor) -> Result<()> {
        let Expr::Name(name) = &*looping.iter else { return Ok(()) };
        if !self.binds_only_dicts(name.id.as_str(), MOST_NAMES_FOLLOWED) {
            return Ok(());
        }
        let mut changes = Changes { name: name.id.as_str(), found: None };
        changes.visit_body(&looping.body);
        match changes.found {
            Some(change) => fail(
                change,
                "a loop over a dict made at run time whose body changes the dict is not supported (CPython raises RuntimeError when its size changes)",
            ),
            None => Ok(()),
        }
    }

    /// Whether every binding of `name` in the file gives a dict (see the module's comment).
    pub(super) fn binds_only_dicts(&self, name: &str, depth: usize) -> bool {
        self.binds_only_dicts_assuming(name, depth, &mut Vec::new())
    }

    /// `binds_only_dicts`, taking the names and functions in `assumed` to give dicts: a name bound
    /// from itself through other names (`counts = {}` in a job, `for counts in partials` of its
    /// results: session32/m01) holds only dicts when every binding gives one on that assumption, since
    /// each value a name takes was made by one of its bindings before it.
    fn binds_only_dicts_assuming(&self, name: &str, depth: usize, assumed: &mut Vec<String>) -> bool {
        if assumed.iter().any(|held| held == name) {
            return true;
        }
        let bindings = bindings_of(self.module_body, name);
        if depth == 0 || bindings.is_empty() {
            return false;
        }
        assumed.push(name.to_string());
        let every = bindings.iter().all(|binding| match binding {
            Binding::Value(value) => self.gives_a_dict(value, depth, assumed),
            Binding::ItemOf(items) => self.gives_dicts(items, depth, assumed),
            Binding::Parameter(function) => self
                .parameter_arguments(function, name)
                .is_some_and(|given| given.iter().all(|value| self.gives_a_dict(value, depth, assumed))),
            Binding::Other => false,
        });
        assumed.pop();
        every
    }

    /// What every call of `function` (of the file) gives its parameter `parameter`, where every call
    /// is seen (parameter_arguments.rs).
    fn parameter_arguments(&self, function: &str, parameter: &str) -> Option<Vec<&Expr>> {
        let position = super::parameter_arguments::plain_parameter_position(self.module_body, function, parameter)?;
        super::parameter_arguments::arguments_given(self.module_body, function, position, parameter)
    }

    /// A dict display, `dict(...)`, `Counter(...)`, or a name bound only to dicts.
    fn gives_a_dict(&self, value: &Expr, depth: usize, assumed: &mut Vec<String>) -> bool {
        match value {
            Expr::Dict(_) | Expr::DictComp(_) => true,
            // `pool.submit(count, doc).result()` of a function of the file that returns only dicts
            // (session 33).
            Expr::Call(call) if depth > 1 && is_submit_result(call) => {
                let Expr::Attribute(result) = &*call.func else { return false };
                let Expr::Call(submit) = &*result.value else { return false };
                matches!(submit.arguments.args.first(), Some(Expr::Name(function))
                    if self.functions.get(function.id.as_str()).is_some_and(|def| !def.is_async)
                        && self.returns_dicts(function.id.as_str(), depth - 1, assumed))
            }
            // By name, as the file writes it: not a class or function of the file's own of that name.
            Expr::Call(call) => {
                matches!(&*call.func, Expr::Name(callee)
                    if matches!(callee.id.as_str(), "dict" | "Counter")
                        && !matches!(self.globals.get(callee.id.as_str()), Some(Value::Class(_) | Value::Function(_))))
                    || matches!(&*call.func, Expr::Attribute(attribute) if attribute.attr.as_str() == "Counter")
                    // `load()` of a function of the file that returns only dicts (session 20).
                    || matches!(&*call.func, Expr::Name(callee)
                        if depth > 1
                            && self.functions.get(callee.id.as_str()).is_some_and(|def| !def.is_async)
                            && self.returns_dicts(callee.id.as_str(), depth - 1, assumed))
            }
            Expr::Name(name) => self.binds_only_dicts_assuming(name.id.as_str(), depth - 1, assumed),
            // `await load()` of a coroutine function of the file that returns only dicts (session 20).
            Expr::Await(awaited) => match &*awaited.value {
                Expr::Call(call) => matches!(&*call.func, Expr::Name(callee)
                    if depth > 1
                        && self.functions.get(callee.id.as_str()).is_some_and(|def| def.is_async)
                        && self.returns_dicts(callee.id.as_str(), depth - 1, assumed)),
                _ => false,
            },
            _ => false,
        }
    }

    /// A list whose every item is a dict: a display of dicts, `x.map(f, ...)` (or `list(...)` of it)
    /// of a function of the file that returns a dict, or a name bound only to such lists (a parameter
    /// too, where every call gives one: session 33).
    fn gives_dicts(&self, items: &Expr, depth: usize, assumed: &mut Vec<String>) -> bool {
        match items {
            Expr::List(list) => list.elts.iter().all(|item| self.gives_a_dict(item, depth, assumed)),
            Expr::Call(call) => match (&*call.func, &call.arguments.args[..]) {
                (Expr::Name(callee), [inner]) if callee.id.as_str() == "list" => {
                    self.gives_dicts(inner, depth, assumed)
                }
                (Expr::Attribute(attribute), [Expr::Name(function), _, ..]) if attribute.attr.as_str() == "map" => {
                    self.returns_dicts(function.id.as_str(), 2, assumed)
                }
                _ => false,
            },
            Expr::Name(name) => {
                // A list's name is assumed under a mark of its own: it holds lists, not dicts.
                let marked = format!("[{}]", name.id);
                if assumed.contains(&marked) {
                    return true;
                }
                let bindings = bindings_of(self.module_body, name.id.as_str());
                if depth <= 1 || bindings.is_empty() {
                    return false;
                }
                assumed.push(marked);
                let every = bindings.iter().all(|binding| match binding {
                    Binding::Value(value) => self.gives_dicts(value, depth - 1, assumed),
                    Binding::Parameter(function) => self
                        .parameter_arguments(function, name.id.as_str())
                        .is_some_and(|given| given.iter().all(|value| self.gives_dicts(value, depth - 1, assumed))),
                    Binding::ItemOf(_) | Binding::Other => false,
                });
                assumed.pop();
                every
            }
            _ => false,
        }
    }

    /// Whether every `return` of `function` gives a dict, following names `depth` deep (a function
    /// being proven already is assumed to).
    fn returns_dicts(&self, function: &str, depth: usize, assumed: &mut Vec<String>) -> bool {
        let Some(def) = self.functions.get(function) else { return false };
        let marked = format!("{function}()");
        if assumed.contains(&marked) {
            return true;
        }
        let mut returns = Returns::default();
        def.body.iter().for_each(|statement| returns.visit_stmt(statement));
        if !matches!(def.body.last(), Some(Stmt::Return(_))) {
            return false;
        }
        assumed.push(marked);
        // `return counts` of a name the file binds only to dicts, one name deep (session 20).
        let every = returns
            .values
            .iter()
            .all(|value| value.as_ref().is_some_and(|value| self.gives_a_dict(value, depth, assumed)));
        assumed.pop();
        every
    }
}

/// `x.submit(...).result()` with no arguments to `result`.
fn is_submit_result(call: &ast::ExprCall) -> bool {
    matches!(&*call.func, Expr::Attribute(result)
        if result.attr.as_str() == "result"
            && call.arguments.args.is_empty()
            && matches!(&*result.value, Expr::Call(submit)
                if matches!(&*submit.func, Expr::Attribute(method) if method.attr.as_str() == "submit")))
}

/// How the file binds a name.
enum Binding<'e> {
    /// `name = value` (or `name: T = value`).
    Value(&'e Expr),
    /// `for name in items`.
    ItemOf(&'e Expr),
    /// A parameter of the function of this name, defined in the file (session 33).
    Parameter(&'e str),
    /// Any other binding: a parameter, an unpacking, `+=`, `with ... as`, a comprehension's variable.
    Other,
}

/// Every binding of `name` in the file's statements, functions' bodies included.
fn bindings_of<'e>(body: &'e [Stmt], name: &str) -> Vec<Binding<'e>> {
    struct Bindings<'e, 'n> {
        name: &'n str,
        found: Vec<Binding<'e>>,
    }
    impl<'e> Visitor<'e> for Bindings<'e, '_> {
        fn visit_stmt(&mut self, stmt: &'e Stmt) {
            let name = self.name;
            let is_name = |target: &Expr| matches!(target, Expr::Name(target) if target.id.as_str() == name);
            match stmt {
                // `name = value` (`a = name = value` too): the other targets and the value are walked,
                // not the name itself, which would count again as a store below.
                Stmt::Assign(assign) if assign.targets.iter().any(is_name) => {
                    self.found.push(Binding::Value(&assign.value));
                    assign.targets.iter().filter(|target| !is_name(target)).for_each(|target| self.visit_expr(target));
                    self.visit_expr(&assign.value);
                }
                Stmt::AnnAssign(assign) if is_name(&assign.target) => {
                    self.found.push(assign.value.as_deref().map_or(Binding::Other, Binding::Value));
                    assign.value.iter().for_each(|value| self.visit_expr(value));
                }
                Stmt::For(looping) if is_name(&looping.target) => {
                    self.found.push(Binding::ItemOf(&looping.iter));
                    self.visit_expr(&looping.iter);
                    self.visit_body(&looping.body);
                    self.visit_body(&looping.orelse);
                }
                Stmt::FunctionDef(def) => {
                    if def.name.as_str() == name {
                        self.found.push(Binding::Other);
                    } else if def.parameters.iter().any(|parameter| parameter.name().as_str() == name) {
                        self.found.push(Binding::Parameter(def.name.as_str()));
                    }
                    walk_stmt(self, stmt);
                }
                // Names bound by no expression: a class, an import, an exception handler's name.
                Stmt::ClassDef(def) => {
                    if def.name.as_str() == name {
                        self.found.push(Binding::Other);
                    }
                    walk_stmt(self, stmt);
                }
                Stmt::Import(ast::StmtImport { names: aliases, .. })
                | Stmt::ImportFrom(ast::StmtImportFrom { names: aliases, .. }) => {
                    let binds = |alias: &ast::Alias| {
                        let bound = alias.asname.as_ref().unwrap_or(&alias.name).as_str();
                        bound == name || bound.split('.').next() == Some(name)
                    };
                    if aliases.iter().any(binds) {
                        self.found.push(Binding::Other);
                    }
                }
                Stmt::Try(attempt) => {
                    let caught = attempt.handlers.iter().any(|handler| {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        handler.name.as_ref().is_some_and(|caught| caught.as_str() == name)
                    });
                    if caught {
                        self.found.push(Binding::Other);
                    }
                    walk_stmt(self, stmt);
                }
                _ => walk_stmt(self, stmt),
            }
        }
        fn visit_expr(&mut self, expr: &'e Expr) {
            // A lambda's parameter.
            if let Expr::Lambda(lambda) = expr
                && lambda
                    .parameters
                    .as_ref()
                    .is_some_and(|parameters| parameters.iter().any(|parameter| parameter.name().as_str() == self.name))
            {
                self.found.push(Binding::Other);
            }
            // Any other place the name is stored to: an unpacking, `+=`, `with ... as`, a walrus, a
            // comprehension's variable.
            if let Expr::Name(stored) = expr
                && stored.ctx == ast::ExprContext::Store
                && stored.id.as_str() == self.name
            {
                self.found.push(Binding::Other);
            }
            walk_expr(self, expr);
        }
    }
    let mut bindings = Bindings { name, found: Vec::new() };
    bindings.visit_body(body);
    bindings.found
}

/// The values of every `return` in a function's body (not in functions defined inside it).
#[derive(Default)]
pub(super) struct Returns<'e> {
    pub(super) values: Vec<Option<&'e Expr>>,
}

impl<'e> Visitor<'e> for Returns<'e> {
    fn visit_stmt(&mut self, stmt: &'e Stmt) {
        match stmt {
            Stmt::Return(returned) => self.values.push(returned.value.as_deref()),
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            _ => walk_stmt(self, stmt),
        }
    }
}

/// The first place a loop's body changes the dict `name` (a store or `del` of an item, a method that
/// changes it), if any.
struct Changes<'e, 'n> {
    name: &'n str,
    found: Option<&'e Expr>,
}

impl<'e> Visitor<'e> for Changes<'e, '_> {
    fn visit_expr(&mut self, expr: &'e Expr) {
        let is_the_dict = |value: &Expr| matches!(value, Expr::Name(name) if name.id.as_str() == self.name);
        let changes = match expr {
            Expr::Subscript(subscript) => subscript.ctx != ast::ExprContext::Load && is_the_dict(&subscript.value),
            Expr::Call(call) => matches!(&*call.func, Expr::Attribute(attribute)
                if is_the_dict(&attribute.value)
                    && matches!(attribute.attr.as_str(), "pop" | "popitem" | "clear" | "update" | "setdefault")),
            _ => false,
        };
        if changes && self.found.is_none() {
            self.found = Some(expr);
        }
        walk_expr(self, expr);
    }
}

/// The subscripts inside an f-string's fields (`f"{counts['b']}"`), by their place in the source.
#[derive(Default)]
struct FieldSubscripts<'e> {
    found: Vec<&'e Expr>,
}

impl<'e> Visitor<'e> for FieldSubscripts<'e> {
    fn visit_expr(&mut self, expr: &'e Expr) {
        if let Expr::Subscript(_) = expr {
            self.found.push(expr);
        }
        walk_expr(self, expr);
    }
}

/// Puts a local's name at each subscript whose place is in `reads`.
struct ReadsReplaced {
    reads: Vec<(ruff_text_size::TextRange, String)>,
}

impl Transformer for ReadsReplaced {
    fn visit_expr(&self, expr: &mut Expr) {
        use ruff_text_size::Ranged;
        if let Expr::Subscript(_) = expr
            && let Some((_, local)) = self.reads.iter().find(|(range, _)| *range == expr.range())
        {
            *expr = crate::syntax::name(local, expr.range(), ast::ExprContext::Load);
            return;
        }
        transform_walk_expr(self, expr);
    }
}

impl Translator<'_> {
    /// Whether an f-string reads a Counter's or a defaultdict's item in a field (`f"{counts['b']}"`):
    /// that read gives 0 for a missing key (map_reads.rs), a step of its own before the string is made.
    pub(super) fn fstring_reads_a_default(&self, frame: &Frame, value: &Expr) -> bool {
        if !matches!(value, Expr::FString(_)) {
            return false;
        }
        let mut subscripts = FieldSubscripts::default();
        subscripts.visit_expr(value);
        subscripts.found.iter().any(|subscript| self.map_read(frame, subscript).is_some())
    }

    /// The f-string with each such read done first, into a local the string then names.
    pub(super) fn fstring_without_default_reads(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Expr> {
        use ruff_text_size::Ranged;
        let mut subscripts = FieldSubscripts::default();
        subscripts.visit_expr(value);
        let mut reads = Vec::new();
        for subscript in subscripts.found {
            if let Some(read) = self.map_read(frame, subscript) {
                let got = self.map_read_steps(frame, read, out, line)?;
                frame.locals.insert(got.clone(), Value::Local(got.clone()));
                frame.known.remove(&got);
                reads.push((subscript.range(), got));
            }
        }
        let mut rewritten = value.clone();
        ReadsReplaced { reads }.visit_expr(&mut rewritten);
        Ok(rewritten)
    }
}
