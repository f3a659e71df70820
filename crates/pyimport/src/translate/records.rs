//! Records at run time: values the import knows (a dict with string keys, a tuple, a list) that reach a
//! worker (a `map`'s job, a queue's `put`), and the walk of a value whose kind is known only when the
//! program runs (`for k in job` of a queue's item), which takes Python's iteration order of whatever the
//! value turns out to be.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_except_handler, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::held_objects::HeldObject;
use super::{Argument, Frame, Node, Result, SharedInit, Step, Translator, fail};
use crate::expr::Ex;
use crate::value::{Shape, Value};

/// The argument a `map`'s job is given for one item known at import time: the item's value in the
/// scenario (a number, a string, a tuple of them), or the item itself bound when the job's task is made
/// (a task per item) where the job needs it at import time (`bound_at_import`: a sleep's length) or it
/// is a dict with string keys of the module (`USERS = [{"first": "ada"}, ...]`), each key a shared
/// variable of its own: the job reads and writes the module's own dict, as Python hands it the object
/// itself, not a copy. A process pool's job gets a pickled copy in CPython, which the module's record is
/// not: refused there (`in_process`).
pub(super) fn mapped_argument(value: &Value, bound_at_import: bool, in_process: bool) -> Option<Argument> {
    if matches!(value, Value::Record(_)) {
        if in_process {
            return None;
        }
        return Some(Argument::Static(value.clone()));
    }
    let code = super::sequences::known_item_code(value)?;
    Some(if bound_at_import { Argument::Static(value.clone()) } else { Argument::Code(code) })
}

/// Why `map` refuses an item known at import time.
pub(super) fn mapped_item_refusal(value: &Value) -> String {
    format!(
        "`map` over a list of numbers, strings, tuples of them, instances of the file's classes (on a process pool, whose attributes are numbers, None or strings no code outside an `__init__` assigns: the job's pickled copy is then the instance) or (on a thread pool) dicts with string keys of the module is supported; this one holds {}",
        value.describe()
    )
}

impl Translator<'_> {
    /// The item at `index` of the walk `for x in walked:` over a sequence made at run time (`length` is
    /// the function that reads its length: `size` of an object, `len` of a shared list that grows).
    /// A shared list and the parts of a split are read by position. Any other value may be a dict (a
    /// queue's item, a parameter, a function's result), whose iteration gives its keys, not the values at
    /// 0, 1, ...: `key_at` is the item at a place of Python's iteration of every kind (a list's, a
    /// tuple's or a string's item, a dict's key in insertion order; docs/format.md).
    pub(super) fn walked_item(
        &self,
        frame: &Frame,
        iterable: &Expr,
        (walked, length): (&str, &str),
        index: &str,
    ) -> String {
        let by_position = length == "len" || matches!(self.held_object(frame, iterable), Some((_, HeldObject::Parts)));
        if by_position { format!("{walked}[{index}]") } else { format!("key_at({walked}, {index})") }
    }
}

/// Where a name of the file is bound, and whether each binding is one that gives a tuple: `for name in
/// G:` over a module global `G` in `tuple_lists`, or `name = (a, b, ...)`.
struct TupleBindings<'n> {
    name: &'n str,
    tuple_lists: &'n BTreeSet<String>,
    /// The targets of the bindings that give a tuple.
    tuple_targets: BTreeSet<(u32, u32)>,
    /// Every place the name is stored to.
    stores: BTreeSet<(u32, u32)>,
    /// The name is bound some other way too (a parameter, a `def`, an import, `except ... as`).
    other: bool,
    /// The name is the module's: a function's or a class's own bindings of it are theirs, not its
    /// (unless the function declares it `global`).
    module_scope: bool,
}

impl<'a> Visitor<'a> for TupleBindings<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::For(looping)
                if is_name(&looping.target, self.name)
                    && (matches!(&*looping.iter, Expr::Name(list) if self.tuple_lists.contains(list.id.as_str()))
                        || is_display_of_tuples(&looping.iter)
                        || gives_tuples(&looping.iter)) =>
            {
                self.tuple_targets.insert(span(looping.target.range()));
            }
            Stmt::Assign(assignment) if matches!(&*assignment.value, Expr::Tuple(tuple) if !tuple.elts.is_empty()) => {
                if let [target] = &assignment.targets[..]
                    && is_name(target, self.name)
                {
                    self.tuple_targets.insert(span(target.range()));
                }
            }
            Stmt::FunctionDef(def) if def.name.as_str() == self.name => self.other = true,
            Stmt::ClassDef(class) if class.name.as_str() == self.name => self.other = true,
            Stmt::FunctionDef(def)
                if self.module_scope && !crate::generators::declared_globals(&def.body).contains(self.name) =>
            {
                return;
            }
            Stmt::ClassDef(_) if self.module_scope => return,
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(name) = expr
            && name.id.as_str() == self.name
            && !matches!(name.ctx, ast::ExprContext::Load)
        {
            self.stores.insert(span(expr.range()));
        }
        walk_expr(self, expr);
    }

    fn visit_parameter(&mut self, parameter: &'a ast::Parameter) {
        self.other |= parameter.name.as_str() == self.name;
    }

    fn visit_alias(&mut self, alias: &'a ast::Alias) {
        let bound = alias.asname.as_ref().unwrap_or(&alias.name);
        self.other |= bound.as_str() == self.name;
    }

    fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(clause) = handler;
        self.other |= clause.name.as_ref().is_some_and(|name| name.as_str() == self.name);
        walk_except_handler(self, handler);
    }
}

/// Why a `put` of a name that holds a list or tuple known at import time is refused.
const HANDED_SEQUENCE: &str = "a name that holds a tuple known at import time is put on a queue when its items are numbers, strings, None or lists of them (at most 16; a list at the same places in every binding) and every binding of the name gives a tuple (`for job in JOBS:` over a module list of tuple displays nobody rebinds, `for item in d.items():`, `enumerate(xs)`, `zip(xs, ys)`, or `job = (1, \"a\")`): weft does not keep whether a value known at import time is a list or a tuple; put a display (`q.put((p, name))`, `q.put([a, b])`) instead";

/// A range as a key of an ordered set (`TextRange` has no order).
fn span(range: TextRange) -> (u32, u32) {
    (range.start().to_u32(), range.end().to_u32())
}

fn is_name(expr: &Expr, wanted: &str) -> bool {
    matches!(expr, Expr::Name(name) if name.id.as_str() == wanted)
}

/// `[(1, "a"), (2, "b")]`: a list or tuple display whose every item is a tuple display, walked by a
/// `for` where it stands.
fn is_display_of_tuples(expr: &Expr) -> bool {
    let items = match expr {
        Expr::List(list) => &list.elts,
        Expr::Tuple(tuple) => &tuple.elts,
        _ => return false,
    };
    !items.is_empty() && items.iter().all(|item| matches!(item, Expr::Tuple(tuple) if !tuple.elts.is_empty()))
}

/// `d.items()` of a dict's name, `enumerate(xs)`, `zip(xs, ys)`: an iterable whose every item is a tuple
/// in Python (session 34: session33/m04's `for item in files.items(): inbox.put(item)`, session31/m02's
/// `for item in enumerate(texts)`). The value the import binds the name to is checked apart: a list of
/// items known at import time, which the name then holds as a tuple.
pub(super) fn gives_tuples(iterable: &Expr) -> bool {
    let Expr::Call(call) = iterable else { return false };
    match &*call.func {
        Expr::Attribute(method) => {
            method.attr.as_str() == "items" && matches!(&*method.value, Expr::Name(_)) && call.arguments.is_empty()
        }
        Expr::Name(function) => matches!(function.id.as_str(), "enumerate" | "zip") && !call.arguments.args.is_empty(),
        _ => false,
    }
}

/// The module globals bound once, at the top of the module, to a list or tuple display whose every
/// item is a tuple display (`JOBS = [(3, "cleanup"), (1, "backup")]`), and stored to nowhere else.
pub(super) fn tuple_lists(module: &[Stmt]) -> BTreeSet<String> {
    let mut lists = BTreeSet::new();
    for stmt in module {
        let Stmt::Assign(assignment) = stmt else { continue };
        let [Expr::Name(name)] = &assignment.targets[..] else { continue };
        let items = match &*assignment.value {
            Expr::List(list) => &list.elts,
            Expr::Tuple(tuple) => &tuple.elts,
            _ => continue,
        };
        if !items.is_empty() && items.iter().all(|item| matches!(item, Expr::Tuple(tuple) if !tuple.elts.is_empty())) {
            lists.insert(name.id.to_string());
        }
    }
    lists.retain(|list| stores_of(module, list) == 1);
    lists
}

/// How many times the file stores to `name` (assignments, loop targets, `del`).
pub(super) fn stores_of(module: &[Stmt], name: &str) -> usize {
    let empty = BTreeSet::new();
    let mut bindings = TupleBindings {
        name,
        tuple_lists: &empty,
        tuple_targets: BTreeSet::new(),
        stores: BTreeSet::new(),
        other: false,
        // Every store anywhere in the file counts (a function's local of the name too): conservative.
        module_scope: false,
    };
    bindings.visit_body(module);
    bindings.stores.len() + usize::from(bindings.other)
}

/// Whether the file indexes `name` anywhere (`name[k]`, read, written or deleted), or reads or
/// writes an attribute of it other than by calling a method (`db.queries` of `db = Database.get()`,
/// an instance made at run time, whose attribute is the object's item), or walks it (`for v in name:`,
/// `sum(name)`: a module loop's `for kind, values in sorted(d.items()):` binds `values` to a list).
fn is_indexed(module: &[Stmt], name: &str) -> bool {
    struct Indexed<'n> {
        name: &'n str,
        found: bool,
    }
    impl<'a> Visitor<'a> for Indexed<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::For(looping) = stmt {
                self.walks(&looping.iter);
            }
            walk_stmt(self, stmt);
        }
        fn visit_comprehension(&mut self, comprehension: &'a ast::Comprehension) {
            self.walks(&comprehension.iter);
            ruff_python_ast::visitor::walk_comprehension(self, comprehension);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Subscript(subscript) if is_name(&subscript.value, self.name) => self.found = true,
                Expr::Attribute(attribute) if is_name(&attribute.value, self.name) => self.found = true,
                Expr::Call(call)
                    if matches!(&*call.func, Expr::Name(called) if called.id.as_str() == "sum")
                        && matches!(&call.arguments.args[..], [argument] if is_name(argument, self.name)) =>
                {
                    self.found = true
                }
                // `name.method(...)`: the method's call, not an attribute the object holds.
                Expr::Call(call) if matches!(&*call.func, Expr::Attribute(method) if is_name(&method.value, self.name)) =>
                {
                    for argument in call.arguments.args.iter() {
                        self.visit_expr(argument);
                    }
                    for keyword in call.arguments.keywords.iter() {
                        self.visit_expr(&keyword.value);
                    }
                    return;
                }
                _ => {}
            }
            walk_expr(self, expr);
        }
    }
    impl Indexed<'_> {
        fn walks(&mut self, iterable: &Expr) {
            self.found |= is_name(iterable, self.name);
        }
    }
    let mut indexed = Indexed { name, found: false };
    indexed.visit_body(module);
    indexed.found
}

impl Translator<'_> {
    /// The value a global assigned a value known only at run time starts as: None where the file
    /// indexes it (`pair = q.get()`, then `pair[0]`; `names = asyncio.run(main())`, then `names[0]`), so
    /// that the scenario reads it as the object or tuple it will hold (docs/format.md: a shared variable
    /// that starts as None may hold one); 0 otherwise, as every such global started before.
    pub(super) fn first_value_of_global(&self, name: &str) -> SharedInit {
        if is_indexed(self.module_body, name) { SharedInit::None } else { SharedInit::Int(0) }
    }

    /// A display at module level made at run time, by main where the module makes it, held by a shared
    /// variable (`LINKS = {"/": ["/about"]}`: `set: "LINKS = new_dict('/', new_list('/about'))"`).
    pub(super) fn module_object(
        &mut self,
        frame: &mut Frame,
        hint: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Value> {
        let display = self.run_time_display(frame, value, true)?;
        let (text, ..) = self.to_code(display, value)?;
        let shared = self.declare_shared(frame, hint, SharedInit::None);
        self.record_held(frame, (None, shared.clone()), value, &text);
        out.push(Step::new("set", Node::Quoted(format!("{shared} = {text}")), line));
        Ok(Value::Shared(shared, Shape::Int))
    }

    /// `jobs_items = [(0, {"id": 1, "name": "ada"}), ...]` at module level (a list of tuples that hold
    /// a dict, a list or a set display; the items of a generator object, generator_objects.rs): a list
    /// made at run time as `module_object` makes one, its tuples the scenario's, each display an object.
    /// `None` for any other list, which is declared as before.
    pub(super) fn module_list_of_records(
        &mut self,
        frame: &mut Frame,
        hint: &str,
        list: &ast::ExprList,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Value>> {
        let is_display = |item: &Expr| matches!(item, Expr::List(_) | Expr::Dict(_) | Expr::Set(_));
        let holds_records =
            list.elts.iter().any(|item| matches!(item, Expr::Tuple(tuple) if tuple.elts.iter().any(is_display)));
        if !frame.module_level || !holds_records {
            return Ok(None);
        }
        let value = Expr::List(list.clone());
        self.module_object(frame, hint, &value, out, line).map(Some)
    }

    /// Whether every binding of `name` in the file gives it a tuple (`for job in JOBS:` over a module
    /// list of tuple displays nobody rebinds, or `job = (1, "a")`): the import's value of the name, a
    /// list of its items, is then Python's tuple, not a list (crate::value keeps no difference).
    /// `module_scope`: the name is a global read at module level, whose bindings in functions that do
    /// not declare it `global` are other names.
    pub(crate) fn always_a_tuple(&self, name: &str, module_scope: bool) -> bool {
        self.always_a_tuple_in(self.module_body, name, module_scope)
    }

    /// `always_a_tuple` over the bindings in `body` (the module, or the one function whose local the
    /// name is: tuple_scopes.rs).
    pub(crate) fn always_a_tuple_in(&self, body: &[Stmt], name: &str, module_scope: bool) -> bool {
        let lists = tuple_lists(self.module_body);
        let mut bindings = TupleBindings {
            name,
            tuple_lists: &lists,
            tuple_targets: BTreeSet::new(),
            stores: BTreeSet::new(),
            other: false,
            module_scope,
        };
        bindings.visit_body(body);
        !bindings.other && !bindings.stores.is_empty() && bindings.stores == bindings.tuple_targets
    }

    /// Whether `expr` is a name whose every binding gives a tuple (`PAIR = ("a", "b")`): `items == PAIR`
    /// is False in Python, where the import's value of `PAIR` is a list of its items.
    pub(crate) fn names_a_tuple(&self, frame: &Frame, expr: &Expr) -> bool {
        matches!(expr, Expr::Name(name) if self.always_a_tuple(name.id.as_str(), frame.module_level))
    }

    /// The value a `put` hands on, as the scenario's text: a name whose every binding gives a tuple of
    /// items known at import time (`for job in JOBS: q.put(job)`) is that tuple; a list display of
    /// items known at import time (`q.put([name, 1])`) is a list made when the `put` runs, as Python
    /// makes it there; anything else as any argument.
    pub(super) fn handed_value_code(
        &mut self,
        frame: &mut Frame,
        item: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        // `orders.put(order)` of an instance followed by name: a copy made at run time, where nothing
        // tells them apart (handed_instances.rs).
        if let Some(copy) = self.handed_instance_copy(frame, item)? {
            return Ok(copy);
        }
        // `out.put(line.split(","))`: a list made at run time of the parts (split_lists.rs).
        if let Some(made) = self.split_list_code(frame, item, out, line)? {
            return Ok(made);
        }
        if let Expr::Name(name) = item
            && let Ok(Ex::Static(value @ Value::List(_))) = self.expr(frame, item, true)
        {
            let (body, module_scope) = self.tuple_scope(frame, name.id.as_str());
            if let Some(code) = self.sent_record_code(body, name.id.as_str(), &value, module_scope) {
                return Ok(code);
            }
            // A value the program made a tuple, wherever the name got it (`item = (name, pair)` of a
            // parameter given a tuple: translate/known_tuples.rs).
            let Value::List(items) = &value else { unreachable!("matched above") };
            return match self.known_tuple_text(items, item)? {
                Some(code) => Ok(code),
                None => fail(item, HANDED_SEQUENCE),
            };
        }
        if matches!(item, Expr::List(_)) && self.static_value(frame, item).is_ok() {
            let display = self.run_time_display(frame, item, true)?;
            return Ok(self.to_code(display, item)?.0);
        }
        let mut steps = Vec::new();
        match self.argument_code(frame, item, &mut steps, line) {
            Ok(code) => {
                out.extend(steps);
                Ok(code)
            }
            // `q.put(("small", [1, 2]))`: the tuple and its list made by the `put` (handed_containers.rs).
            Err(refusal) => self.handed_tuple_of_displays(frame, item)?.ok_or(refusal),
        }
    }
}
