//! Callbacks kept by an event bus (session 37): a list of callbacks that is an instance's attribute,
//! and a dict of lists of callbacks under string keys (topics), bound to a module global or to an
//! instance's attribute:
//!
//! ```python
//! class EventBus:
//!     def __init__(self):
//!         self._subscribers = defaultdict(list)      # or {}, or [] for one list
//!     def subscribe(self, topic, callback):
//!         with self._lock:
//!             self._subscribers[topic].append(callback)
//!     def publish(self, topic, payload):
//!         for callback in list(self._subscribers.get(topic, [])):
//!             callback(payload)
//! bus.subscribe("order", on_order)                  # before any thread starts
//! ```
//!
//! A function is no value of a scenario, so such a container is the import's, as a list of callbacks
//! bound to a name is (callback_lists.rs): each `append` puts the callable in at import time, and a
//! walk over a list of it is unrolled, each pass the call of the callable known then. That is Python's
//! container only where the import sees every `append` before any read another thread could make:
//! each `append` is on the straight path of the task that made the container (no `if` or loop the
//! scenario runs around it), and no thread, process or task has been made since it was. An `append`
//! made while threads run (a subscriber that subscribes in a thread) is refused in words that say so.
//!
//! The dict is followed where it is only looked up by keys known at import time: `d[topic]` (a
//! `defaultdict(list)` gives an empty list for a key it lacks, a plain dict raises KeyError, refused),
//! `d.get(topic, [])`, `d.setdefault(topic, []).append(cb)`. A lookup by a key known only when the
//! program runs, and any other use of the dict (its length, its keys, a store), are refused.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator, callback_lists, fail};
use crate::expr::Ex;
use crate::value::{Items, Value};

/// The containers of callbacks the file's `append`s name, beyond lists bound to a module name
/// (callback_lists.rs), and the ones made so far.
#[derive(Debug, Default)]
pub(super) struct CallbackTables {
    /// Module names whose items (`d[k]`, `d.setdefault(k, [])`) callables are appended to.
    keyed_names: BTreeSet<String>,
    /// Attribute names of instances (`self._subs`) callables are appended to: whether by key
    /// (`self._subs[topic].append(cb)`: a dict of lists) or to the list itself.
    attributes: BTreeMap<String, bool>,
    /// The scenario names (`instance_attribute`) of the containers an instance's attribute holds, with
    /// the attribute's name.
    attribute_made: BTreeMap<String, String>,
    /// The scenario names (the module name, or `instance_attribute`) of the dicts of lists of callbacks
    /// made, each with whether a key it lacks gives an empty list (a `defaultdict(list)`).
    tables: BTreeMap<String, bool>,
}

/// Where a container of callbacks is kept: what its name resolves to at import time.
enum Place {
    Global(String),
    Attribute { instance: String, attribute: String },
}

impl Place {
    /// The container's scenario name: the module name, or the instance's and the attribute's.
    fn key(&self) -> String {
        match self {
            Place::Global(name) => name.clone(),
            Place::Attribute { instance, attribute } => format!("{instance}_{attribute}"),
        }
    }
}

/// How an `append` reaches the container: the container itself (a list), or one of its lists by a
/// key, `d[k]` or `d.setdefault(k, [])`.
enum Reach<'a> {
    Whole(&'a Expr),
    Item { dict: &'a Expr, key: &'a Expr, setdefault: bool },
}

fn reach(receiver: &Expr) -> Reach<'_> {
    match receiver {
        Expr::Subscript(subscript) => Reach::Item { dict: &subscript.value, key: &subscript.slice, setdefault: false },
        Expr::Call(call)
            if let Expr::Attribute(method) = &*call.func
                && method.attr.as_str() == "setdefault"
                && let [key, Expr::List(empty)] = &call.arguments.args[..]
                && empty.elts.is_empty()
                && call.arguments.keywords.is_empty() =>
        {
            Reach::Item { dict: &method.value, key, setdefault: true }
        }
        other => Reach::Whole(other),
    }
}

/// The scan's mark of an appended item, as name_scans.rs writes it for a list bound to a name.
fn appended_marker(item: &Expr) -> String {
    match item {
        Expr::Name(name) => name.id.to_string(),
        Expr::Lambda(_) => callback_lists::CALLBACK.to_string(),
        Expr::Call(inner) => callback_lists::call_marker(&inner.func),
        _ => String::new(),
    }
}

impl Translator<'_> {
    /// Notes the containers of callbacks the file appends to (once, before translating).
    pub(super) fn find_callback_tables(&mut self, body: &[Stmt]) {
        /// Each `append` with its item, and whether the item is a name the function around binds (a
        /// parameter or a local: a function of the file only if some call gives it one).
        #[derive(Default)]
        struct Scan<'a> {
            appends: Vec<(&'a Expr, &'a Expr, bool)>,
            locals: Vec<BTreeSet<String>>,
        }
        impl<'a> Visitor<'a> for Scan<'a> {
            fn visit_stmt(&mut self, stmt: &'a Stmt) {
                if let Stmt::FunctionDef(def) = stmt {
                    let parameters = &def.parameters;
                    let mut locals: BTreeSet<String> = parameters
                        .posonlyargs
                        .iter()
                        .chain(&parameters.args)
                        .chain(&parameters.kwonlyargs)
                        .map(|parameter| parameter.parameter.name.to_string())
                        .collect();
                    locals.extend(crate::syntax::name_counts(&def.body).1.into_keys());
                    self.locals.push(locals);
                    ruff_python_ast::visitor::walk_stmt(self, stmt);
                    self.locals.pop();
                    return;
                }
                ruff_python_ast::visitor::walk_stmt(self, stmt);
            }
            fn visit_expr(&mut self, expr: &'a Expr) {
                if let Expr::Call(call) = expr
                    && let Expr::Attribute(method) = &*call.func
                    && method.attr.as_str() == "append"
                    && let [item] = &call.arguments.args[..]
                {
                    let local = matches!(item, Expr::Name(name)
                        if self.locals.last().is_some_and(|locals| locals.contains(name.id.as_str())));
                    self.appends.push((&method.value, item, local));
                }
                walk_expr(self, expr);
            }
        }
        let mut scan = Scan::default();
        scan.visit_body(body);
        for (receiver, item, local) in scan.appends {
            let marker = appended_marker(item);
            let callable = if local { self.callback_parameters.contains(&marker) } else { self.is_callback(&marker) };
            if !callable {
                continue;
            }
            let (container, keyed) = match reach(receiver) {
                Reach::Whole(container) => (container, false),
                Reach::Item { dict, .. } => (dict, true),
            };
            match container {
                Expr::Name(name) if keyed => {
                    self.callback_tables.keyed_names.insert(name.id.to_string());
                }
                Expr::Attribute(attribute) => {
                    *self.callback_tables.attributes.entry(attribute.attr.to_string()).or_default() |= keyed;
                }
                _ => {}
            }
        }
    }

    /// `self.x = ...` in `__init__` of an attribute the file appends callbacks to: its scenario name
    /// `made_name` is one of a container of callbacks (classes.rs).
    pub(super) fn note_callback_attribute(&mut self, attribute: &str, made_name: &str) {
        if self.callback_tables.attributes.contains_key(attribute) {
            self.callback_tables.attribute_made.insert(made_name.to_string(), attribute.to_string());
        }
        match self.callback_tables.attributes.get(attribute) {
            Some(true) => {
                self.callback_tables.keyed_names.insert(made_name.to_string());
            }
            Some(false) => {
                self.callback_lists.insert(made_name.to_string());
            }
            None => {}
        }
    }

    /// `subscribers = defaultdict(list)`, `{}`, `dict()` or a dict display of lists of callables under
    /// string keys, bound to a name (or attribute) the file appends callbacks to by key: the import's
    /// dict of lists, noted with the number of tasks made so far. `None` for anything else.
    pub(super) fn callback_table_creation(&mut self, frame: &Frame, name: &str, value: &Expr) -> Result<Option<Value>> {
        if !self.callback_tables.keyed_names.contains(name) {
            return Ok(None);
        }
        let (entries, defaulting) = match value {
            Expr::Call(call) if is_defaultdict_of_lists(call) => (Vec::new(), true),
            Expr::Call(call)
                if matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == "dict")
                    && call.arguments.is_empty() =>
            {
                (Vec::new(), false)
            }
            Expr::Dict(dict) => match self.callable_lists(frame, dict) {
                Some(entries) => (entries, false),
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        if defaulting && let Some(at) = self.key_observing_use(name) {
            return fail(
                &at,
                "a `defaultdict(list)` of callbacks is followed where it is only looked up by key (`d[k]`, `d.get(k, [])`, `d[k].append(cb)`): here its keys are seen (`in`, `len`, a walk, a view, passed on), which a read of a key it lacks changes in CPython (the read puts the key in) and weft's dict, filled at import time, does not; make it a plain dict (`{}`) with `setdefault(k, [])`",
            );
        }
        if frame.dynamic > frame.binding_depth {
            return fail(
                value,
                format!(
                    "`{name}` is a dict of callbacks made inside an `if`, a loop or a `try` the scenario runs; weft fills such a dict at import time, so make it where every run makes it"
                ),
            );
        }
        self.callback_tables.tables.insert(name.to_string(), defaulting);
        self.callback_lists_made.insert((frame.task, name.to_string()), self.scenario.tasks.len());
        Ok(Some(Value::Objects(entries)))
    }

    /// A use of the dict made as `made_name` (a module name, or an instance's attribute by the
    /// attribute's name, whichever class) other than a lookup by key: where it is.
    fn key_observing_use(&self, made_name: &str) -> Option<ruff_text_size::TextRange> {
        let attribute = self.callback_tables.attribute_made.get(made_name);
        let names_the_dict = |expr: &Expr| match (expr, attribute) {
            (Expr::Attribute(used), Some(attribute)) => used.attr.as_str() == attribute,
            (Expr::Name(used), None) => used.id.as_str() == made_name,
            _ => false,
        };
        struct Scan<'f> {
            names_the_dict: &'f dyn Fn(&Expr) -> bool,
            found: Option<ruff_text_size::TextRange>,
        }
        impl<'a> Visitor<'a> for Scan<'_> {
            fn visit_expr(&mut self, expr: &'a Expr) {
                match expr {
                    Expr::Subscript(subscript) if (self.names_the_dict)(&subscript.value) => {
                        self.visit_expr(&subscript.slice);
                    }
                    Expr::Call(call)
                        if let Expr::Attribute(method) = &*call.func
                            && matches!(method.attr.as_str(), "get" | "setdefault")
                            && (self.names_the_dict)(&method.value) =>
                    {
                        self.visit_arguments(&call.arguments);
                    }
                    Expr::Name(ast::ExprName { ctx: ast::ExprContext::Load, .. })
                    | Expr::Attribute(ast::ExprAttribute { ctx: ast::ExprContext::Load, .. })
                        if (self.names_the_dict)(expr) =>
                    {
                        self.found.get_or_insert(expr.range());
                    }
                    _ => walk_expr(self, expr),
                }
            }
        }
        let mut scan = Scan { names_the_dict: &names_the_dict, found: None };
        scan.visit_body(self.module_body);
        scan.found
    }

    /// The entries of a dict display under string keys whose values are list displays of callables.
    fn callable_lists(&self, frame: &Frame, dict: &ast::ExprDict) -> Option<Vec<(String, Value)>> {
        let mut entries: Vec<(String, Value)> = Vec::new();
        for item in &dict.items {
            let Ok(Value::Str(key)) = self.static_value(frame, item.key.as_ref()?) else { return None };
            let Expr::List(list) = &item.value else { return None };
            let mut callables = Vec::with_capacity(list.elts.len());
            for element in &list.elts {
                match self.static_value(frame, element) {
                    Ok(callable) if callable.is_callable() => callables.push(callable),
                    _ => return None,
                }
            }
            match entries.iter_mut().find(|(known, _)| *known == key) {
                Some((_, stored)) => *stored = Value::List(callables.into()),
                None => entries.push((key, Value::List(callables.into()))),
            }
        }
        Some(entries)
    }

    /// Where `container` is kept, when it is a container of callbacks the import made: a module
    /// global, or an attribute of an instance.
    fn callback_place(&self, frame: &Frame, container: &Expr) -> Option<Place> {
        let place = match container {
            Expr::Name(name) if !frame.locals.contains_key(name.id.as_str()) || frame.module_level => {
                Place::Global(name.id.to_string())
            }
            Expr::Attribute(attribute) => match self.expr(frame, &attribute.value, false) {
                Ok(Ex::Static(Value::Instance(instance))) => {
                    Place::Attribute { instance, attribute: attribute.attr.to_string() }
                }
                _ => return None,
            },
            _ => return None,
        };
        let key = place.key();
        (self.callback_tables.tables.contains_key(&key)
            || self.callback_lists_made.keys().any(|(_, made)| *made == key))
        .then_some(place)
    }

    fn callback_container(&self, place: &Place) -> Option<Value> {
        match place {
            Place::Global(name) => self.globals.get(name).cloned(),
            Place::Attribute { instance, attribute } => self.classes.attribute(instance, attribute).cloned(),
        }
    }

    fn set_callback_container(&mut self, place: &Place, container: Value) {
        match place {
            Place::Global(name) => {
                self.globals.insert(name.clone(), container);
            }
            Place::Attribute { instance, attribute } => self.classes.set_attribute(instance, attribute, container),
        }
    }

    /// `self._subs.append(cb)`, `subs[topic].append(cb)`, `subs.setdefault(topic, []).append(cb)` of a
    /// container of callbacks the import made: the callable put in at import time. False for any other
    /// statement (a list of callbacks bound to a name goes on to callback_lists.rs).
    pub(super) fn callback_table_append(&mut self, frame: &Frame, call: &ast::ExprCall) -> Result<bool> {
        let Expr::Attribute(method) = &*call.func else { return Ok(false) };
        if method.attr.as_str() != "append" {
            return Ok(false);
        }
        let reached = reach(&method.value);
        let container = match &reached {
            Reach::Whole(Expr::Name(_)) => return Ok(false),
            Reach::Whole(container) => container,
            Reach::Item { dict, .. } => dict,
        };
        let Some(place) = self.callback_place(frame, container) else { return Ok(false) };
        let shown = self.source.text[container.range()].to_string();
        let [item] = &call.arguments.args[..] else {
            return fail(call, "`append` takes one item");
        };
        let callable = match self.static_value(frame, item) {
            Ok(callable) if callable.is_callable() => callable,
            _ => {
                return fail(
                    item,
                    format!(
                        "`{shown}` holds callbacks, which weft keeps at import time: what is appended to it must be a function of this file, a `functools.partial` of one, a lambda or a function a closure factory made, known at import time"
                    ),
                );
            }
        };
        self.check_append_at_import_time(frame, &place.key(), &shown, call)?;
        let key = match &reached {
            Reach::Whole(_) => None,
            Reach::Item { key, setdefault, .. } => match self.static_value(frame, key) {
                Ok(Value::Str(key)) => Some((key, *setdefault)),
                _ => {
                    return fail(
                        key,
                        format!(
                            "`{shown}` is a dict of lists of callbacks, which weft fills at import time under string keys known then; this key is not"
                        ),
                    );
                }
            },
        };
        let defaulting = self.callback_tables.tables.get(&place.key()).copied().unwrap_or(false);
        let Some(mut container) = self.callback_container(&place) else { return Ok(false) };
        match (&mut container, key) {
            (Value::List(items), None) => items.push(callable),
            (Value::Objects(entries), Some((key, setdefault))) => {
                match entries.iter_mut().find(|(known, _)| *known == key) {
                    Some((_, Value::List(items))) => items.push(callable),
                    Some(_) => return Ok(false),
                    None if defaulting || setdefault => entries.push((key, Value::List(vec![callable].into()))),
                    None => return fail(call, format!("`{shown}` has no key '{key}' here (KeyError)")),
                }
            }
            _ => return Ok(false),
        }
        self.set_callback_container(&place, container);
        Ok(true)
    }

    /// Refuses an `append` to the container of callbacks `key` that the import cannot put in at import
    /// time as Python's would have it: inside an `if` or a loop the scenario runs, by another task than
    /// the one that made the container (a subscriber that subscribes while threads run), or once a
    /// thread, process or task was made after the container (it may walk it before or after).
    fn check_append_at_import_time(&self, frame: &Frame, key: &str, shown: &str, call: &impl Ranged) -> Result<()> {
        if frame.dynamic > 0 {
            return fail(
                call,
                format!(
                    "a callback appended to `{shown}` inside an `if` or a loop the scenario runs (or one over values known only at run time) cannot be followed: weft fills a container of callbacks at import time; append where every run appends (a `for` over a `range` or a list known at import time is unrolled)"
                ),
            );
        }
        match self.callback_lists_made.get(&(frame.task, key.to_string())) {
            Some(&made_with) if made_with == self.scenario.tasks.len() => Ok(()),
            Some(_) => fail(
                call,
                format!(
                    "a callback appended to `{shown}` after a thread, process or task was made: weft fills a container of callbacks at import time, which holds only while every `append` comes before the threads that may walk it; subscribe before starting them"
                ),
            ),
            None => fail(
                call,
                format!(
                    "a callback appended to `{shown}` by a thread, process or task while the program runs (a subscriber that subscribes in a thread): weft fills a container of callbacks at import time, in the thread that made it, before any other starts; subscribe there"
                ),
            ),
        }
    }

    /// `subs[topic] = []` (or a list display of callables) of a dict of lists of callbacks, as `if topic
    /// not in subs:` guards it before an `append`: the list put in at import time, under the rules of
    /// an `append`. False for any other store.
    pub(super) fn callback_table_store(
        &mut self,
        frame: &Frame,
        subscript: &ast::ExprSubscript,
        value: &Expr,
    ) -> Result<bool> {
        let Some(place) = self.callback_place(frame, &subscript.value) else { return Ok(false) };
        if !self.callback_tables.tables.contains_key(&place.key()) {
            return Ok(false);
        }
        let shown = self.source.text[subscript.value.range()].to_string();
        let Ok(Value::List(callables)) = self.static_value(frame, value) else {
            return fail(
                value,
                format!(
                    "`{shown}` holds lists of callbacks, which weft keeps at import time: store a list display of functions known then (`[]`, `[on_a, on_b]`)"
                ),
            );
        };
        if !callables.iter().all(Value::is_callable) {
            return fail(
                value,
                format!("`{shown}` holds lists of callbacks: store a list of functions known at import time"),
            );
        }
        self.check_append_at_import_time(frame, &place.key(), &shown, subscript)?;
        let Ok(Value::Str(key)) = self.static_value(frame, &subscript.slice) else {
            return fail(
                &*subscript.slice,
                format!(
                    "`{shown}` is a dict of lists of callbacks, which weft fills at import time under string keys known then; this key is not"
                ),
            );
        };
        let Some(Value::Objects(mut entries)) = self.callback_container(&place) else { return Ok(false) };
        match entries.iter_mut().find(|(known, _)| *known == key) {
            Some((_, stored)) => *stored = Value::List(callables),
            None => entries.push((key, Value::List(callables))),
        }
        self.set_callback_container(&place, Value::Objects(entries));
        Ok(true)
    }

    /// `topic in subs` of a plain dict of lists of callbacks: whether the import put the key in. A
    /// `defaultdict(list)` is refused here, since in CPython a read of a key it lacks (`subs[topic]` in
    /// any thread) puts the key in, which the import's dict does not follow.
    pub(crate) fn callback_table_membership(
        &self,
        frame: &Frame,
        key: &Expr,
        container: &Expr,
    ) -> Result<Option<bool>> {
        let Some(place) = self.callback_place(frame, container) else { return Ok(None) };
        let Some(&defaulting) = self.callback_tables.tables.get(&place.key()) else { return Ok(None) };
        let shown = &self.source.text[container.range()];
        if defaulting {
            return fail(
                container,
                format!(
                    "`k in {shown}` of a `defaultdict(list)` of callbacks is not followed: a read of a key it lacks puts the key in, in CPython, which weft's dict of callbacks (filled at import time) does not; make it a plain dict (`{{}}`)"
                ),
            );
        }
        let Ok(Ex::Static(Value::Objects(entries))) = self.expr(frame, container, false) else { return Ok(None) };
        match self.static_value(frame, key) {
            Ok(Value::Str(key)) => Ok(Some(entries.iter().any(|(known, _)| *known == key))),
            _ => fail(
                key,
                format!(
                    "`{shown}` is a dict of lists of callbacks, which weft keeps at import time: test it with a key known then"
                ),
            ),
        }
    }

    /// `subs[topic]` of a dict of lists of callbacks: the list the key holds, or an empty one where a
    /// `defaultdict(list)` lacks the key (a plain dict's KeyError is left to the lookup). A key known
    /// only when the program runs is refused: the lists are the import's.
    pub(crate) fn callback_table_item(&self, frame: &Frame, subscript: &ast::ExprSubscript) -> Result<Option<Ex>> {
        let Some(place) = self.callback_place(frame, &subscript.value) else { return Ok(None) };
        let Some(&defaulting) = self.callback_tables.tables.get(&place.key()) else { return Ok(None) };
        self.callback_table_lookup(
            frame,
            &subscript.value,
            &subscript.slice,
            defaulting.then(|| Value::List(Items::default())),
        )
    }

    /// `subs.get(topic, [])` (or `()`, or no default: None) of a dict of lists of callbacks.
    pub(crate) fn callback_table_get(&self, frame: &Frame, call: &ast::ExprCall) -> Result<Option<Ex>> {
        let Expr::Attribute(method) = &*call.func else { return Ok(None) };
        if method.attr.as_str() != "get" || !call.arguments.keywords.is_empty() {
            return Ok(None);
        }
        let Some(place) = self.callback_place(frame, &method.value) else { return Ok(None) };
        if !self.callback_tables.tables.contains_key(&place.key()) {
            return Ok(None);
        }
        let (key, default) = match &call.arguments.args[..] {
            [key] => (key, Value::None),
            [key, Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. })]
                if elts.is_empty() =>
            {
                (key, Value::List(Items::default()))
            }
            _ => return fail(call, "`get` of a dict of callbacks takes a key and, as the default, `[]` or `()`"),
        };
        self.callback_table_lookup(frame, &method.value, key, Some(default))
    }

    fn callback_table_lookup(
        &self,
        frame: &Frame,
        dict: &Expr,
        key: &Expr,
        missing: Option<Value>,
    ) -> Result<Option<Ex>> {
        let Ok(Ex::Static(Value::Objects(entries))) = self.expr(frame, dict, false) else { return Ok(None) };
        let Ok(Value::Str(key)) = self.static_value(frame, key) else {
            return fail(
                key,
                format!(
                    "`{}` is a dict of lists of callbacks, which weft keeps at import time: look it up by a key known at import time (a thread's `args=`, a literal, an unrolled loop's variable)",
                    &self.source.text[dict.range()]
                ),
            );
        };
        match entries.into_iter().find(|(known, _)| *known == key) {
            Some((_, list)) => Ok(Some(Ex::Static(list))),
            None => Ok(missing.map(Ex::Static)),
        }
    }
}

impl Translator<'_> {
    /// `callbacks = list(self._subs.get(topic, []))` (or `d[topic]`, `list(self._listeners)`, a copy
    /// `x[:]`, `x.copy()`, `tuple(x)`) in a function: the local holds the list of callables the
    /// container holds at import time (every `append` came before), so a walk over it is unrolled, as
    /// over the container itself. Without this form an empty list would be a list made at run time.
    pub(super) fn assign_callback_list(&mut self, frame: &mut Frame, name: &str, value: &Expr) -> Result<bool> {
        if self.is_global_target(frame, name) {
            return Ok(false);
        }
        let Some(Ex::Static(list @ Value::List(_))) = self.callback_list_read(frame, value)? else { return Ok(false) };
        if frame.dynamic > frame.binding_depth {
            return fail(
                value,
                format!(
                    "`{name}` is bound to a list of callbacks inside an `if` or a loop the scenario runs; bind it where the function always does"
                ),
            );
        }
        frame.known.remove(name);
        frame.locals.insert(name.to_string(), list);
        Ok(true)
    }

    /// The list of callables `value` reads from a container of callbacks, through a copy or not.
    fn callback_list_read(&self, frame: &Frame, value: &Expr) -> Result<Option<Ex>> {
        match value {
            Expr::Call(call)
                if matches!(&*call.func, Expr::Name(callee) if matches!(callee.id.as_str(), "list" | "tuple"))
                    && call.arguments.keywords.is_empty()
                    && let [copied] = &call.arguments.args[..] =>
            {
                self.callback_list_read(frame, copied)
            }
            Expr::Call(call)
                if let Expr::Attribute(method) = &*call.func
                    && method.attr.as_str() == "copy"
                    && call.arguments.is_empty() =>
            {
                self.callback_list_read(frame, &method.value)
            }
            Expr::Subscript(subscript)
                if let Expr::Slice(slice) = &*subscript.slice
                    && slice.lower.is_none()
                    && slice.upper.is_none()
                    && slice.step.is_none() =>
            {
                self.callback_list_read(frame, &subscript.value)
            }
            Expr::Subscript(subscript) => self.callback_table_item(frame, subscript),
            Expr::Call(call) => self.callback_table_get(frame, call),
            Expr::Name(_) | Expr::Attribute(_)
                if self
                    .callback_place(frame, value)
                    .is_some_and(|place| !self.callback_tables.tables.contains_key(&place.key())) =>
            {
                Ok(self.expr(frame, value, false).ok())
            }
            _ => Ok(None),
        }
    }
}

impl Translator<'_> {
    /// Whether `value` is a call of a function of the file (or a `partial` of one) with no `return` of
    /// a value anywhere (not even `return None`): a call whose value is None, which a dropped `return
    /// f(x)` need not compute.
    pub(super) fn calls_a_function_returning_nothing(&self, frame: &Frame, value: &Expr) -> bool {
        let Expr::Call(call) = value else { return false };
        let function = match self.expr(frame, &call.func, false) {
            Ok(Ex::Static(Value::Function(function) | Value::Partial(function, ..))) => function,
            _ => return false,
        };
        self.functions.get(&function).is_some_and(|def| !returns_anything(&def.body))
    }
}

/// Whether a `return` with a value (None too) is among `body`'s statements, not counting the functions
/// and classes it defines.
fn returns_anything(body: &[Stmt]) -> bool {
    struct Returns(bool);
    impl<'a> Visitor<'a> for Returns {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                Stmt::Return(ast::StmtReturn { value: Some(_), .. }) => self.0 = true,
                other => ruff_python_ast::visitor::walk_stmt(self, other),
            }
        }
    }
    let mut returns = Returns(false);
    returns.visit_body(body);
    returns.0
}

/// `defaultdict(list)` or `collections.defaultdict(list)`.
fn is_defaultdict_of_lists(call: &ast::ExprCall) -> bool {
    let callee = match &*call.func {
        Expr::Name(name) => name.id.as_str(),
        Expr::Attribute(attribute) => attribute.attr.as_str(),
        _ => return false,
    };
    callee == "defaultdict"
        && call.arguments.keywords.is_empty()
        && matches!(&call.arguments.args[..], [Expr::Name(list)] if list.id.as_str() == "list")
}
