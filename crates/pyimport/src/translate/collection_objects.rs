//! Lists, dicts and sets made at run time as the values of a collection (docs/python.md, the table's
//! `defaultdict(list)` row and "Session 20's collections"): `set()`, `list()` and `dict()` as an item
//! of a display made at run time (`VALID = {"new": {"paid"}, "shipped": set()}`);
//! `collections.defaultdict(list)` and `defaultdict(set)`: a shared dict whose values are lists or sets
//! made at run time, a missing key's read putting a new one in, `groups[k].append(x)` (or a set's
//! `add`, `discard`, `remove`) the read then the method's one C call, `d.setdefault(k, [])` as such a
//! method's receiver, `f(groups[k])` and `x = groups[k]` read into a name that holds the list, and any
//! other read of an item hoisted to a name of its own first (hoisting.rs); a deque of tuples of
//! constants filled where it is made; `zip(items, futures)` over a list of futures.

use std::collections::BTreeMap;

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, HeldObject, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::{Node, SharedInit, Step};
use crate::value::{Shape, Value};

/// `set()`, `list()` or `dict()` with no arguments: the scenario's call that makes that empty object
/// when the display around it is made (`new_set()`), as Python calls the constructor there.
pub(crate) fn empty_container(item: &Expr) -> Option<String> {
    let Expr::Call(call) = item else { return None };
    let Expr::Name(callee) = &*call.func else { return None };
    if !call.arguments.args.is_empty() || !call.arguments.keywords.is_empty() {
        return None;
    }
    let made = match callee.id.as_str() {
        "set" => "new_set()",
        "list" => "new_list()",
        "dict" => "new_dict()",
        _ => return None,
    };
    Some(made.to_string())
}

impl Translator<'_> {
    /// `collections.defaultdict(list)` or `defaultdict(set)` (where the code runs once: the caller
    /// refuses one made in a job): an empty shared dict whose missing key's read puts a new empty list
    /// (or set) in, as the factory `__missing__` calls does, and gives it. None for another factory.
    pub(super) fn made_default_dict(&mut self, frame: &Frame, hint: &str, call: &ast::ExprCall) -> Option<Value> {
        let ([Expr::Name(factory)], true) = (&call.arguments.args[..], call.arguments.keywords.is_empty()) else {
            return None;
        };
        let maker = match factory.id.as_str() {
            "list" => MADE_LIST,
            "set" => MADE_SET,
            _ => return None,
        };
        let shared = self.declare_shared(frame, hint, SharedInit::Map(Vec::new()));
        self.made_default_dicts.insert(shared.clone(), maker);
        // The run makes objects: exploration keeps them in its state (expr.rs's displays do the same).
        self.made_containers.set(true);
        Some(Value::Shared(shared, Shape::Map { dense: false }))
    }

    /// Whether the shared variable `shared` is a `defaultdict(list)` or `defaultdict(set)`.
    pub(crate) fn is_made_default_dict(&self, shared: &str) -> bool {
        self.made_default_dicts.contains_key(shared)
    }

    /// The dict and the maker of a missing value, when `value` is an item `d[k]` of such a dict.
    fn made_default_item<'e>(&self, frame: &Frame, value: &'e Expr) -> Option<(String, &'static str, &'e Expr)> {
        self.item_of_registered(frame, value, &self.made_default_dicts)
    }

    /// Whether `value` is an item of a `defaultdict(set)` or of a dict whose `setdefault` makes sets.
    pub(super) fn is_made_set_item(&self, frame: &Frame, value: &Expr) -> bool {
        let made = self.made_default_item(frame, value).or_else(|| self.setdefault_item(frame, value));
        matches!(made, Some((_, MADE_SET, _)))
    }

    /// The dict, the maker of its values (what `registry` records for it) and the key, when `value` is
    /// an item `d[k]` of a shared dict `registry` holds.
    fn item_of_registered<'e>(
        &self,
        frame: &Frame,
        value: &'e Expr,
        registry: &BTreeMap<String, &'static str>,
    ) -> Option<(String, &'static str, &'e Expr)> {
        let Expr::Subscript(subscript) = value else { return None };
        if matches!(*subscript.slice, Expr::Slice(_)) {
            return None;
        }
        match self.expr(frame, &subscript.value, false) {
            Ok(Ex::Static(Value::Shared(shared, Shape::Map { dense: false }))) => {
                let maker = *registry.get(&shared)?;
                Some((shared, maker, &subscript.slice))
            }
            _ => None,
        }
    }

    /// Whether `value` is an item of a `defaultdict(list)` or `defaultdict(set)`: a list or set made
    /// at run time (held_objects.rs records the name it is assigned to).
    pub(super) fn is_made_default_item(&self, frame: &Frame, value: &Expr) -> bool {
        self.made_default_item(frame, value).is_some()
    }

    /// `first = sorted(groups["a"])`, `n = len(groups[k])`: a call of a name whose one argument is an
    /// item of a `defaultdict(list)` or `defaultdict(set)`. The item's read (`made_default_read`) goes
    /// first, into a task's local, and the call is over that local, which holds the list: the
    /// assignment to translate instead. Python looks the callee up first, then reads the item. At
    /// module level a read hoisted to a global of its own would not do (the engine walks an object a
    /// local holds), so this is done here rather than by hoisting.rs.
    pub(super) fn without_made_default_argument(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Expr>> {
        let Expr::Call(call) = value else { return Ok(None) };
        let ([argument], true, Expr::Name(_)) =
            (&call.arguments.args[..], call.arguments.keywords.is_empty(), &*call.func)
        else {
            return Ok(None);
        };
        let got = match self.made_default_item(frame, argument) {
            Some((shared, _, key)) => self.made_default_read(frame, &shared, key, out, line)?,
            None => match self.setdefault_item(frame, argument) {
                Some((shared, maker, key)) => self.item_read(frame, &shared, key, (maker, false), out, line)?,
                // An item of a dict display of lists where the call is no expression already
                // (`sorted(phase_log[1])`; `len(phase_log[1])` stays one step's `size`).
                None => match self
                    .item_of_dict_of_lists(frame, argument)
                    .filter(|_| self.expr(frame, value, false).is_err())
                {
                    Some((shared, key)) => self.item_read(frame, &shared, key, (MADE_LIST, false), out, line)?,
                    None => return Ok(None),
                },
            },
        };
        let mut rewritten = call.clone();
        rewritten.arguments.args[0] = super::local_reference(frame, &got, argument);
        Ok(Some(Expr::Call(rewritten)))
    }

    /// `d.setdefault(k, [])` (or `set()`, `list()`) of a shared dict, as the receiver of a method: the
    /// dict, the maker of the empty default and the key. Python makes the default before the call and
    /// drops it when the key is there, which no program can tell from making it only when it goes in.
    fn empty_setdefault<'e>(
        &self,
        frame: &Frame,
        receiver: &'e Expr,
    ) -> Result<Option<(String, &'static str, &'e Expr)>> {
        let Some((shared, call)) = self.container_call(frame, receiver, "setdefault", false) else { return Ok(None) };
        let ([key, default], true) = (&call.arguments.args[..], call.arguments.keywords.is_empty()) else {
            return Ok(None);
        };
        let maker = match default {
            Expr::List(list) if list.elts.is_empty() => MADE_LIST,
            other => match empty_container(other).as_deref() {
                Some(MADE_LIST) => MADE_LIST,
                Some(MADE_SET) => MADE_SET,
                _ => {
                    return fail(
                        default,
                        "`d.setdefault(k, default).method(...)` is imported with an empty list or set as the default (`[]`, `list()`, `set()`)",
                    );
                }
            },
        };
        Ok(Some((shared, maker, key)))
    }

    /// The dict, the maker of its values and the key, when `value` is an item `d[k]` of a plain shared
    /// dict whose values `setdefault(k, [])` makes.
    fn setdefault_item<'e>(&self, frame: &Frame, value: &'e Expr) -> Option<(String, &'static str, &'e Expr)> {
        self.item_of_registered(frame, value, &self.setdefault_dicts)
    }

    /// Records that the task's temporary `local` holds a list or set made by `maker`.
    fn hold_made(&mut self, frame: &Frame, local: &str, maker: &'static str) {
        let key = (Some(frame.task), local.to_string());
        self.held_objects.insert(key.clone(), Some(HeldObject::Container { of_containers: false }));
        if maker == MADE_LIST {
            self.list_values.insert(key);
        }
    }

    /// `a_tags = tags["a"]` at module level (also in a loop: `for k in groups: n += len(groups[k])`,
    /// whose item hoisting.rs reads into a global of its own), of an item of a `defaultdict(list)` (or
    /// `set`), of a dict whose values `setdefault` makes or of a dict display of displays, where nothing else bound the global before:
    /// the item read into a temporary, then a shared variable that starts as None (one the engine lets
    /// hold an object: `len(a_tags)` is `size(a_tags)`, `x in a_tags` `has(a_tags, x)`, `sorted(a_tags)`
    /// walks it) set to it, as list_values.rs binds a list it makes. A binding by any other form later
    /// makes the kind unknown again (`store`). False when the assignment is not one.
    pub(super) fn assign_made_item_global(
        &mut self,
        frame: &mut Frame,
        name: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        // Bound before by this form (a loop's body translated again): the same shared variable.
        let bound_here = match self.globals.get(name) {
            None => None,
            Some(Value::Shared(shared, Shape::Int))
                if self.held_objects.get(&(None, shared.clone()))
                    == Some(&Some(HeldObject::Container { of_containers: false })) =>
            {
                Some(shared.clone())
            }
            Some(_) => return Ok(false),
        };
        if !frame.module_level {
            return Ok(false);
        }
        let (got, maker) = match self.made_default_item(frame, value) {
            Some((shared, maker, key)) => (self.made_default_read(frame, &shared, key, out, line)?, maker),
            None => match self.setdefault_item(frame, value) {
                Some((shared, maker, key)) => (self.item_read(frame, &shared, key, (maker, false), out, line)?, maker),
                // `allowed = VALID[state]` of a dict display of sets (hoisted from `x in VALID[state]`):
                // the item read by the `set` itself; its kind (list, dict or set) is not known.
                None => match self.held_object(frame, value) {
                    Some((item, HeldObject::Container { .. })) if matches!(value, Expr::Subscript(_)) => {
                        (item, MADE_UNKNOWN)
                    }
                    _ => return Ok(false),
                },
            },
        };
        frame.locals.remove(name);
        let shared = match bound_here {
            Some(shared) => shared,
            None => {
                let shared = self.declare_shared(frame, name, SharedInit::None);
                self.globals.insert(name.to_string(), Value::Shared(shared.clone(), Shape::Int));
                shared
            }
        };
        let key = (None, shared.clone());
        self.held_objects.insert(key.clone(), Some(HeldObject::Container { of_containers: false }));
        if maker == MADE_LIST {
            self.list_values.insert(key);
        }
        out.push(Step::new("set", Node::Quoted(format!("{shared} = {got}")), line));
        Ok(true)
    }

    /// The scenario name of a task's local that is known to hold a list made at run time (list_values),
    /// when `receiver` names one. A shared variable is left out: another task may bind it again.
    fn name_holding_a_list(&self, frame: &Frame, receiver: &Expr) -> Option<String> {
        let (name, HeldObject::Container { .. }) = self.held_object(frame, receiver)? else { return None };
        let key = (Some(frame.task), name.clone());
        (crate::expr::is_identifier(&name) && self.list_values.contains(&key)).then_some(name)
    }

    /// Whether `value` is an item of a `defaultdict(list)`.
    pub(super) fn is_made_default_list_item(&self, frame: &Frame, value: &Expr) -> bool {
        matches!(self.made_default_item(frame, value), Some((_, MADE_LIST, _)))
    }

    /// `groups[k]` of a `defaultdict(list)`: the key computed first (Python computes it before
    /// BINARY_SUBSCR), then one `atomic` step, as defaultdict's C `__getitem__` and `__missing__` run
    /// under the GIL: the value when the key is there, else a new empty list put in and given. The
    /// temporary that holds it, known to hold a list or set.
    pub(super) fn made_default_read(
        &mut self,
        frame: &mut Frame,
        shared: &str,
        key: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let maker = self.made_default_dicts[shared];
        self.item_read(frame, shared, key, (maker, true), out, line)
    }

    /// The key computed first, then the read of `shared[key]` into a temporary, known to hold a list
    /// or set made by `maker`. With `puts_missing`, one `atomic` step that gives the value when the key
    /// is there, else the new empty object `maker` makes, put in and given (defaultdict's `__missing__`,
    /// `setdefault` of an empty default); without, a plain read (a missing key is KeyError, as a plain
    /// dict's).
    fn item_read(
        &mut self,
        frame: &mut Frame,
        shared: &str,
        key: &Expr,
        (maker, puts_missing): (&'static str, bool),
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        self.refuse_tuple_key(Some(shared), key)?;
        let key = if let Some(text) = self.static_tuple_key(frame, shared, key)? {
            text
        } else {
            let code = if self.has_steps(frame, key) {
                self.argument_code(frame, key, out, line)?
            } else {
                self.operand_local(frame, key, out, line)?
            };
            self.map_key(shared, code)
        };
        let got = self.fresh_temporary(frame.task, "got");
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let found = let_step(format!("{got} = {shared}[{key}]"));
        if !puts_missing {
            out.push(found);
            self.hold_made(frame, &got, maker);
            return Ok(got);
        }
        let missing = vec![
            let_step(format!("{got} = {maker}")),
            Step::new("set", Node::Quoted(format!("{shared}[{key}] = {got}")), line),
        ];
        let entries = vec![
            ("cond", Node::Quoted(format!("has({shared}, {key})"))),
            ("then", Node::Steps(vec![found])),
            ("else", Node::Steps(missing)),
        ];
        out.push(Step::new("atomic", Node::Steps(vec![Step::new("if", Node::Map(entries), line)]), line));
        self.hold_made(frame, &got, maker);
        Ok(got)
    }

    /// `groups[k].append(x)` of a `defaultdict(list)`, `groups[k].add(x)` / `.discard(x)` /
    /// `.remove(x)` of a `defaultdict(set)` as a statement: the item's read (`made_default_read`),
    /// then the argument, then the method as one `atomic` step, as CPython's BINARY_SUBSCR and the
    /// method's one C call are two steps with the argument computed between. False when `call` is
    /// not such a call; another method of such an item is refused.
    pub(super) fn made_default_method(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Attribute(attribute) = &*call.func else { return Ok(false) };
        if attribute.attr.as_str() == "append"
            && let Some(list) = self.name_holding_a_list(frame, &attribute.value)
        {
            // `bucket = groups[kind]` then `bucket.append(x)`: the list the name holds, appended in one
            // step (the object is the dict's own, as in Python).
            let [argument] = &call.arguments.args[..] else {
                return fail(call, "`append` takes one argument");
            };
            self.refuse_appended_function(frame, argument)?;
            let value = self.argument_code(frame, argument, out, line)?;
            out.push(Step::new("atomic", Node::Steps(collection_change(&list, "append", &value, line)), line));
            return Ok(true);
        }
        // A dict display of lists (`phase_log = {1: [], 2: []}`) gives its item or raises KeyError; the
        // others put a new empty list or set in for a missing key.
        let ((shared, maker, key), puts_missing) = match self.made_default_item(frame, &attribute.value) {
            Some(item) => (item, true),
            None => match self.empty_setdefault(frame, &attribute.value)? {
                Some(item) => {
                    self.setdefault_dicts.insert(item.0.clone(), item.1);
                    (item, true)
                }
                None => match self.item_of_dict_of_lists(frame, &attribute.value) {
                    Some((shared, key)) => ((shared, MADE_LIST, key), false),
                    None => return Ok(false),
                },
            },
        };
        let method = attribute.attr.as_str();
        let supported = match maker {
            MADE_LIST => matches!(method, "append"),
            _ => matches!(method, "add" | "discard" | "remove"),
        };
        let [argument] = &call.arguments.args[..] else {
            return fail(call, format!("`{method}` takes one argument"));
        };
        if !supported || !call.arguments.keywords.is_empty() {
            return fail(
                call,
                format!(
                    "`.{method}(...)` of an item of a `defaultdict({})` is not weft's yet: `append` of a `defaultdict(list)`'s item and `add`, `discard`, `remove` of a `defaultdict(set)`'s are",
                    if maker == MADE_LIST { "list" } else { "set" }
                ),
            );
        }
        if maker == MADE_LIST {
            self.refuse_appended_function(frame, argument)?;
        }
        let got = self.item_read(frame, &shared, key, (maker, puts_missing), out, line)?;
        let value = self.argument_code(frame, argument, out, line)?;
        let changes = collection_change(&got, method, &value, line);
        out.push(Step::new("atomic", Node::Steps(changes), line));
        Ok(true)
    }
}

impl Translator<'_> {
    /// The texts of the tuples `items` (the values of `iterable`, known at import time) when the file
    /// shows each is a tuple: `iterable` a list or tuple display of tuple displays, or a module global
    /// bound once to one (records.rs's `tuple_lists`), each tuple of numbers, None or strings (a value
    /// known at import time does not keep whether it was a list or a tuple).
    pub(super) fn constant_tuples(&self, iterable: &Expr, items: &[Value]) -> Option<Vec<String>> {
        let of_tuples = match iterable {
            Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
                elts.iter().all(|item| matches!(item, Expr::Tuple(tuple) if !tuple.elts.is_empty()))
            }
            Expr::Name(name) => super::records::tuple_lists(self.module_body).contains(name.id.as_str()),
            _ => false,
        };
        if !of_tuples || items.len() > MAX_FILLED_ITEMS {
            return None;
        }
        items.iter().map(constant_tuple_text).collect()
    }
}

impl Translator<'_> {
    /// `futures` of `zip(CHECKS, futures)` (a list of futures, a local array of known length): each
    /// future, as the subscript `futures[i]` names it, so the `zip` unrolls as over known items.
    pub(super) fn zipped_futures(&self, frame: &Frame, column: &Expr) -> Option<Vec<Value>> {
        let Ok(Value::Futures(array, length)) = self.static_value(frame, column) else { return None };
        Some((0..length).map(|index| Value::Future(format!("{array}[{index}]"))).collect())
    }
}

/// The most tuples a deque made of them is filled with, in its one step.
const MAX_FILLED_ITEMS: usize = 256;

/// `(1, 'a')` of a tuple known at import time whose items are numbers, None or strings.
fn constant_tuple_text(value: &Value) -> Option<String> {
    let Value::List(items) = value else { return None };
    if items.is_empty() || items.len() > crate::expr::MAX_TUPLE_LENGTH {
        return None;
    }
    let texts = items
        .iter()
        .map(|item| match item {
            Value::Int(number) => Some(number.to_string()),
            Value::None => Some("None".to_string()),
            Value::Str(text) => Some(crate::out::quoted(text, '\'')),
            _ => None,
        })
        .collect::<Option<Vec<String>>>()?;
    Some(crate::expr::tuple_text(&texts))
}

/// The one `atomic` step that fills the empty shared list `shared` with `items` (texts), in order, as
/// the one C call that makes a deque of them.
pub(super) fn filled_list(shared: &str, items: &[String], line: u32) -> Step {
    let sets = items
        .iter()
        .enumerate()
        .map(|(index, item)| Step::new("set", Node::Quoted(format!("{shared}[{index}] = {item}")), line))
        .collect();
    Step::new("atomic", Node::Steps(sets), line)
}

/// What stands for the maker of an item of a dict display of lists, dicts or sets, whose kind the
/// import does not keep.
const MADE_UNKNOWN: &str = "";

/// The scenario's call that makes a missing item of a `defaultdict(list)`.
pub(super) const MADE_LIST: &str = "new_list()";
/// The same of a `defaultdict(set)`.
const MADE_SET: &str = "new_set()";

/// The steps of one C call that changes the list or set `object` holds: `append` writes at its length
/// (the format's append), `add` writes the member, `discard` removes it when it is there, `remove`
/// removes it (a missing member is the engine's KeyError, as Python's).
fn collection_change(object: &str, method: &str, value: &str, line: u32) -> Vec<Step> {
    let set_step = |text: String| Step::new("set", Node::Quoted(text), line);
    let del_step = || Step::new("del", Node::Quoted(format!("{object}[{value}]")), line);
    match method {
        "append" => vec![set_step(format!("{object}[size({object})] = {value}"))],
        "add" => vec![set_step(format!("{object}[{value}] = 1"))],
        "discard" => {
            let entries = vec![
                ("cond", Node::Quoted(format!("has({object}, {value})"))),
                ("then", Node::Steps(vec![del_step()])),
            ];
            vec![Step::new("if", Node::Map(entries), line)]
        }
        _ => {
            debug_assert_eq!(method, "remove", "the methods collection_change writes");
            vec![del_step()]
        }
    }
}
