//! Simple classes whose instances are shared state: `__init__` sets attributes (`self.value = 0`,
//! `self.lock = threading.Lock()`, `self.items = []`), the other methods read and write them. Each
//! instance is made at import time, where the program makes it (`counter = Counter()`, outside an `if` or
//! a loop the scenario runs), and each of its attributes becomes what a module global of that value
//! becomes: an integer (or None) a shared variable named after the instance (`counter_value`), a lock, a
//! queue or a list the object it is. A bound method (`counter.increment`) is a function of the file with
//! `self` bound to the instance: a thread's target, a job, or a call inlined like any other. Anything
//! else of classes (inheritance, decorators, special methods but `__init__`, code in
//! `__init__` other than attribute assignments, attributes made outside `__init__`) is refused at its
//! place.
//!
//! A subclass of `threading.Thread` is a thread: each instance is a task (`start: spawned`) whose ops are
//! its `run` method with `self` bound to the instance; `super().__init__()` (with `daemon=` and `name=`)
//! sets the task's options, and `start()`, `join()` and `daemon` are the thread's. An attribute that only
//! `__init__` sets (the constructor's arguments, `self.times = times`) keeps its value known at import
//! time, as a thread's `args=` do; one that a method writes is shared memory, as for any class.
//!
//! A class attribute (`count = 0`, `lock = threading.Lock()` in the class body) is made where the class
//! statement runs, one for the class, as a module global of that value; `self.count` reads it when no
//! instance attribute has that name (all are set in `__init__`, so none appears later).

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::copied_records::argument_hint;
use super::{Frame, MAX_TASKS, Result, Translator, fail};
use crate::expr::{ATOM, Ex};
use crate::out::{SharedInit, Step};
use crate::value::{Shape, Value};

/// One instance: its class and what each attribute stands for.
#[derive(Debug, Default)]
pub struct Instance {
    class: String,
    attributes: BTreeMap<String, Value>,
}

/// The classes of the program and the instances made of them.
#[derive(Debug, Default)]
pub struct Classes<'a> {
    definitions: BTreeMap<String, &'a ast::StmtClassDef>,
    instances: BTreeMap<String, Instance>,
    /// The function key of a bound method (`counter.increment`) to what its first parameter is given:
    /// the instance (`counter`), or the class for a `@classmethod` (`Config.get`, `config.get`).
    bound_self: BTreeMap<String, Value>,
    /// The function keys of `@staticmethod` and `@classmethod` methods (`Config.get`, `config.get`),
    /// whose decorator the call follows.
    decorated_methods: BTreeSet<String>,
    /// The subclasses of `threading.Thread`, with the attributes their methods (not `__init__`) assign.
    thread_classes: BTreeMap<String, BTreeSet<String>>,
    /// The task of each instance of a subclass of `threading.Thread`.
    thread_tasks: BTreeMap<String, usize>,
    /// The names of the attributes any code but an `__init__` assigns (`obj.x = ...`, `self.x += ...`):
    /// an attribute not among them keeps the value `__init__` gave it.
    pub(super) written_after_init: BTreeSet<String>,
    /// Each class's class attributes (`count = 0`, `_lock = threading.Lock()` in the class body): one
    /// shared variable or object for the class, as a module global is.
    class_attributes: BTreeMap<String, BTreeMap<String, Value>>,
}

/// What `super().__init__(daemon=..., name=...)` (or `self.daemon = True`) in a Thread subclass's
/// `__init__` says of its thread.
#[derive(Debug, Default)]
struct ThreadOptions {
    daemon: bool,
    name: Option<String>,
}

impl<'a> Classes<'a> {
    /// Whether some instance's attribute `attribute` is the shared dict or set `shared`
    /// (translate/tuple_keyed_maps.rs).
    pub(super) fn attribute_is_map(&self, attribute: &str, shared: &str) -> bool {
        self.instances.values().any(|instance| {
            matches!(instance.attributes.get(attribute), Some(Value::Shared(held, Shape::Map { dense: false })) if held == shared)
        })
    }

    /// Binds an attribute of an instance made at import time to `value` (a timer assigned again:
    /// rebound_timers.rs).
    pub(super) fn set_attribute(&mut self, instance: &str, attribute: &str, value: Value) {
        if let Some(known) = self.instances.get_mut(instance) {
            known.attributes.insert(attribute.to_string(), value);
        }
    }

    /// What an instance's attribute stands for (translate/callback_tables.rs).
    pub(super) fn attribute(&self, instance: &str, attribute: &str) -> Option<&Value> {
        self.instances.get(instance)?.attributes.get(attribute)
    }

    /// Is `class` a subclass of `threading.Thread` of the file?
    pub(super) fn is_thread_class(&self, class: &str) -> bool {
        self.thread_classes.contains_key(class)
    }

    /// The definition of class `class` of the file.
    pub fn definition(&self, class: &str) -> Option<&'a ast::StmtClassDef> {
        self.definitions.get(class).copied()
    }

    /// What a bound method's first parameter is given: the instance, or a classmethod's class.
    pub fn bound_self(&self, function: &str) -> Option<&Value> {
        self.bound_self.get(function)
    }

    /// Is this function key a `@staticmethod` or `@classmethod` of a class (its decorator followed)?
    pub fn is_decorated_method(&self, function: &str) -> bool {
        self.decorated_methods.contains(function)
    }

    /// The task of an instance of a subclass of `threading.Thread`.
    pub fn thread_task(&self, instance: &str) -> Option<usize> {
        self.thread_tasks.get(instance).copied()
    }

    /// The class of an instance.
    pub fn class_of(&self, instance: &str) -> Option<&str> {
        self.instances.get(instance).map(|known| known.class.as_str())
    }

    /// The attributes of an instance and what each stands for.
    pub fn attributes_of(&self, instance: &str) -> Option<&BTreeMap<String, Value>> {
        self.instances.get(instance).map(|known| &known.attributes)
    }

    /// Does any code but an `__init__` assign an attribute of this name (of any object)?
    pub fn written_after_init(&self, attribute: &str) -> bool {
        self.written_after_init.contains(attribute)
    }

    /// The names of the subclasses of `threading.Thread` (calls of them make threads).
    pub fn thread_class_names(&self) -> BTreeSet<String> {
        self.thread_classes.keys().cloned().collect()
    }
}

impl<'a> Translator<'a> {
    /// A class at module level: checked to be of the simple kind weft follows, and remembered.
    pub(super) fn scan_class(&mut self, class: &'a ast::StmtClassDef) -> Result<()> {
        if self.scan_exception_class(class)? {
            return Ok(());
        }
        if let Some(decorator) = class.decorator_list.first() {
            return fail(decorator, "decorated classes (`@dataclass`, ...) are not supported");
        }
        let mut is_thread = false;
        if let Some(arguments) = &class.arguments {
            let plain_object = arguments.keywords.is_empty()
                && arguments.args.iter().all(|base| matches!(base, Expr::Name(name) if name.id.as_str() == "object"));
            is_thread = arguments.keywords.is_empty()
                && matches!(&arguments.args[..], [base] if self.is_thread_class_base(base));
            if !plain_object && !is_thread {
                return fail(
                    &**arguments,
                    "inheritance is not supported; weft follows classes without base classes (or `object`) and subclasses of `threading.Thread`",
                );
            }
        }
        for stmt in &class.body {
            match stmt {
                Stmt::FunctionDef(def) => self.scan_method(class, def, is_thread)?,
                Stmt::Pass(_) => {}
                Stmt::Expr(docstring) if matches!(&*docstring.value, Expr::StringLiteral(_)) => {}
                Stmt::Assign(_) | Stmt::AnnAssign(_) if class_attribute(stmt).is_some() => {}
                Stmt::Assign(_) | Stmt::AnnAssign(_) => {
                    return fail(stmt, "a class attribute is one name given a value (`count = 0`)");
                }
                other => return fail(other, "a class body may hold only methods (`def`) here"),
            }
        }
        if is_thread {
            super::thread_subclasses::check_thread_subclass(class, is_thread_init)?;
            let has_run =
                class.body.iter().any(|stmt| matches!(stmt, Stmt::FunctionDef(def) if def.name.as_str() == "run"));
            if !has_run {
                return fail(
                    &class.name,
                    format!(
                        "`{}` subclasses `threading.Thread` without a `run` method; weft follows the thread `run` is",
                        class.name
                    ),
                );
            }
            let mut written = BTreeSet::new();
            for stmt in &class.body {
                if let Stmt::FunctionDef(def) = stmt
                    && def.name.as_str() != "__init__"
                {
                    written.extend(attributes_assigned(def));
                }
            }
            self.classes.thread_classes.insert(class.name.to_string(), written);
        }
        self.globals.insert(class.name.to_string(), Value::Class(class.name.to_string()));
        self.classes.definitions.insert(class.name.to_string(), class);
        Ok(())
    }

    /// The class statement at module level: its class attributes made where Python runs the class body,
    /// each what a module global of that value is (a shared variable named after the class and the
    /// attribute, `Config__instance`, or the lock, queue, ... it makes).
    pub(super) fn make_class_attributes(
        &mut self,
        frame: &mut Frame,
        class: &ast::StmtClassDef,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if !self.classes.definitions.contains_key(class.name.as_str()) {
            return Ok(());
        }
        for stmt in &class.body {
            let Some((name, value)) = class_attribute(stmt) else { continue };
            let made = self.attribute_value(frame, class.name.as_str(), name, value, out, line)?;
            self.classes.class_attributes.entry(class.name.to_string()).or_default().insert(name.to_string(), made);
        }
        Ok(())
    }

    /// `Class.name` (or `self.name` of an instance without an attribute of that name): the class
    /// attribute, as a global of its value reads.
    fn class_attribute_value(&self, class: &str, name: &str) -> Option<Ex> {
        match self.classes.class_attributes.get(class)?.get(name)? {
            Value::Shared(shared, Shape::Int) => {
                Some(Ex::Code { text: shared.clone(), precedence: ATOM, boolean: false, reads_shared: true })
            }
            other => Some(Ex::Static(other.clone())),
        }
    }

    /// Is `Class.name` a `@staticmethod` or `@classmethod`?
    pub(crate) fn is_static_or_class_method(&self, class: &str, name: &str) -> bool {
        self.classes.is_decorated_method(&format!("{class}.{name}"))
    }

    /// `Class.name` in an expression.
    pub(crate) fn class_attribute_read(&self, class: &str, name: &str, at: &Expr) -> Result<Ex> {
        let key = format!("{class}.{name}");
        if self.classes.decorated_methods.contains(&key) {
            return Ok(Ex::Static(Value::Function(key)));
        }
        self.class_attribute_value(class, name).ok_or_else(|| {
            super::Error::at(at, format!("reading the attribute `.{name}` of the class `{class}` is not supported (weft follows its class attributes, static methods and classmethods)"))
        })
    }

    /// Is this base class `threading.Thread` (`threading.Thread`, or `Thread` from `from threading import Thread`)?
    fn is_thread_class_base(&self, base: &Expr) -> bool {
        let module_level = Frame::new(0, true, false);
        matches!(self.expr(&module_level, base, false), Ok(Ex::Static(Value::Module(name))) if name == "threading.Thread")
    }

    fn scan_method(&mut self, class: &ast::StmtClassDef, def: &'a ast::StmtFunctionDef, is_thread: bool) -> Result<()> {
        check_method_decorators(def)?;
        let name = def.name.as_str();
        super::special_methods::check_context_method(class, def)?;
        super::instance_texts::check_text_method(class, def)?;
        if name.starts_with("__") && name.ends_with("__") && !super::special_methods::is_followed_special_method(name) {
            return fail(
                &def.name,
                format!(
                    "the special method `{name}` of `{}` is not supported; weft follows `__init__`, `__enter__`, `__exit__`, `__repr__`, `__str__` and plain methods",
                    class.name
                ),
            );
        }
        if is_thread && matches!(name, "start" | "join" | "is_alive") {
            return fail(
                &def.name,
                format!(
                    "overriding `Thread.{name}` is not supported; weft follows `run` and the thread's own `{name}`"
                ),
            );
        }
        let kind = method_kind(def);
        let first_parameter = def.parameters.posonlyargs.iter().chain(def.parameters.args.iter()).next();
        match (kind, first_parameter) {
            (MethodKind::Plain, None) => {
                return fail(&def.name, format!("the method `{name}` has no `self` parameter"));
            }
            (MethodKind::Class, None) => {
                return fail(&def.name, format!("the classmethod `{name}` has no `cls` parameter"));
            }
            _ => {}
        }
        // `Config.get()` through the class: the method with the class as `cls`, or nothing bound for a
        // static method.
        if kind != MethodKind::Plain {
            let key = format!("{}.{name}", class.name);
            self.functions.insert(key.clone(), def);
            self.classes.decorated_methods.insert(key.clone());
            if kind == MethodKind::Class {
                self.classes.bound_self.insert(key, Value::Class(class.name.to_string()));
            }
        }
        let mut declared = std::collections::BTreeSet::new();
        let mut assigned = std::collections::BTreeSet::new();
        super::collect_assigned(&def.body, &mut assigned, &mut declared);
        self.written.extend(declared.intersection(&assigned).cloned());
        Ok(())
    }

    /// `x = Counter(args)`: makes the instance, its attributes from `__init__` (arguments known at import
    /// time), and its bound methods.
    pub(super) fn instantiate(
        &mut self,
        frame: &mut Frame,
        hint: &str,
        class_name: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Value> {
        if frame.dynamic > 0 {
            // Why it cannot be the instance made at run time either (`run_time_instance`), when that
            // says more than a call to hoist.
            let why = match self.run_time_instance(frame, class_name, call, false) {
                Err(error) if !crate::hoisting::is_hoisting_refusal(&error.message) => {
                    format!(" ({})", error.message)
                }
                _ => String::new(),
            };
            return fail(
                call,
                format!(
                    "an instance made inside an `if` or a loop the scenario runs cannot be followed at import time{why}; make it before"
                ),
            );
        }
        let class = self.classes.definitions[class_name];
        let mut instance_name = super::scenario_identifier(hint);
        let base = instance_name.clone();
        let mut suffix = 1;
        while self.classes.instances.contains_key(&instance_name) {
            instance_name = format!("{base}{suffix}");
            suffix += 1;
        }
        self.classes
            .instances
            .insert(instance_name.clone(), Instance { class: class_name.to_string(), ..Instance::default() });
        for stmt in &class.body {
            if let Stmt::FunctionDef(def) = stmt
                && def.name.as_str() != "__init__"
            {
                let key = format!("{instance_name}.{}", def.name);
                self.functions.insert(key.clone(), def);
                match method_kind(def) {
                    MethodKind::Plain => {
                        self.classes.bound_self.insert(key, Value::Instance(instance_name.clone()));
                    }
                    // Called through an instance, a static method gets no instance and a classmethod
                    // gets the class, as Python's descriptors give them.
                    MethodKind::Static => {
                        self.classes.decorated_methods.insert(key);
                    }
                    MethodKind::Class => {
                        self.classes.decorated_methods.insert(key.clone());
                        self.classes.bound_self.insert(key, Value::Class(class_name.to_string()));
                    }
                }
            }
        }
        let init = class.body.iter().find_map(|stmt| match stmt {
            Stmt::FunctionDef(def) if def.name.as_str() == "__init__" => Some(def),
            _ => None,
        });
        let options = match init {
            Some(init) => self.run_init(frame, &instance_name, init, call, out, line)?,
            None if !call.arguments.args.is_empty() || !call.arguments.keywords.is_empty() => {
                return fail(call, format!("`{class_name}` has no `__init__`: it takes no arguments"));
            }
            None => ThreadOptions::default(),
        };
        if self.classes.thread_classes.contains_key(class_name) {
            self.start_thread_instance(&instance_name, class_name, options, call, line)?;
        }
        Ok(Value::Instance(instance_name))
    }

    /// An instance of a subclass of `threading.Thread`: a task (`start: spawned`) whose ops are its
    /// `run` method, with `self` bound to the instance, as `Thread(target=...)` makes one of its target.
    fn start_thread_instance(
        &mut self,
        instance: &str,
        class_name: &str,
        options: ThreadOptions,
        call: &ast::ExprCall,
        line: u32,
    ) -> Result<()> {
        if self.scenario.tasks.len() >= MAX_TASKS {
            return fail(call, format!("more than {MAX_TASKS} threads"));
        }
        let base = options.name.unwrap_or_else(|| class_name.to_string());
        let task = self.new_task(&base, true, line);
        self.set_daemon(task, options.daemon);
        self.classes.thread_tasks.insert(instance.to_string(), task);
        let mut thread_frame = Frame::new(task, false, true);
        let mut ops = Vec::new();
        let run = format!("{instance}.run");
        self.run_function(&mut thread_frame, &run, Vec::new(), Vec::new(), &mut ops, call.range(), false)?;
        self.scenario.tasks[task].ops = ops;
        Ok(())
    }

    /// `__init__`'s body: attribute assignments only, with the arguments bound as values known at
    /// import time.
    fn run_init(
        &mut self,
        frame: &mut Frame,
        instance: &str,
        init: &'a ast::StmtFunctionDef,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<ThreadOptions> {
        let mut init_frame = Frame::new(frame.task, false, false);
        let parameters: Vec<&ast::ParameterWithDefault> =
            init.parameters.posonlyargs.iter().chain(init.parameters.args.iter()).collect();
        if init.parameters.vararg.is_some() || init.parameters.kwarg.is_some() || !init.parameters.kwonlyargs.is_empty()
        {
            return fail(&*init.parameters, "`*args`, `**kwargs` and keyword-only parameters are not supported");
        }
        if call.arguments.args.len() + 1 > parameters.len() {
            return fail(
                call,
                format!("`__init__` takes {} arguments, not {}", parameters.len() - 1, call.arguments.args.len()),
            );
        }
        init_frame.locals.insert(parameters[0].parameter.name.to_string(), Value::Instance(instance.to_string()));
        let class_name = self.classes.instances[instance].class.clone();
        // Parameters bound to a run-time argument that only sets attributes nothing reads
        // (unread_init_arguments.rs).
        let mut unread_parameters = Vec::new();
        for (position, parameter) in parameters.iter().enumerate().skip(1) {
            let name = parameter.parameter.name.as_str();
            let keyword = call.arguments.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == name));
            let given = call.arguments.args.get(position - 1).or(keyword.map(|keyword| &keyword.value));
            let value = match (given, &parameter.default) {
                (Some(arg), _) => match self.init_argument(frame, instance, &argument_hint(init, name), arg, out, line)
                {
                    Ok(value) => value,
                    Err(_) if self.is_unread_init_argument(&class_name, init, name, arg) => {
                        unread_parameters.push(name.to_string());
                        super::unread_init_arguments::UNREAD_ARGUMENT
                    }
                    Err(refusal) => return Err(refusal),
                },
                (None, Some(default)) => self.static_value(&Frame::new(frame.task, true, false), default)?,
                (None, None) => return fail(call, format!("`__init__` is missing the argument `{name}`")),
            };
            init_frame.known.insert(name.to_string(), value.clone());
            init_frame.locals.insert(name.to_string(), value);
        }
        for keyword in &call.arguments.keywords {
            let known = keyword
                .arg
                .as_ref()
                .is_some_and(|a| parameters.iter().any(|p| p.parameter.name.as_str() == a.as_str()));
            if !known {
                return fail(keyword, "`__init__` has no such parameter");
            }
        }
        let self_name = parameters[0].parameter.name.to_string();
        let is_thread = self.classes.thread_classes.contains_key(&class_name);
        let mut options = ThreadOptions::default();
        for stmt in &init.body {
            if super::unread_init_arguments::sets_unread_attribute(stmt, &unread_parameters) {
                continue;
            }
            let (target, value) = match stmt {
                Stmt::Pass(_) => continue,
                Stmt::Expr(docstring) if matches!(&*docstring.value, Expr::StringLiteral(_)) => continue,
                Stmt::Expr(expression)
                    if is_thread
                        && let Expr::Call(init_call) = &*expression.value
                        && is_thread_init(init_call, &self_name) =>
                {
                    self.thread_init_options(&init_frame, init_call, &self_name, &mut options)?;
                    self.keep_thread_subclass_name(instance, options.name.as_ref());
                    continue;
                }
                Stmt::Assign(assign) if assign.targets.len() == 1 => (&assign.targets[0], &*assign.value),
                Stmt::AnnAssign(assign) if assign.value.is_some() => {
                    (&*assign.target, assign.value.as_deref().expect("checked"))
                }
                other => {
                    return fail(
                        other,
                        "`__init__` may only set attributes here (`self.x = value`); weft makes the instance at import time",
                    );
                }
            };
            let Expr::Attribute(attribute) = target else {
                return fail(target, "`__init__` may only set attributes here (`self.x = value`)");
            };
            if !matches!(&*attribute.value, Expr::Name(name) if name.id.as_str() == self_name) {
                return fail(target, format!("`__init__` may only set attributes of `{self_name}`"));
            }
            let attribute_name = attribute.attr.to_string();
            if is_thread && attribute_name == "daemon" {
                options.daemon = self.static_int(&init_frame, value)? != 0;
                continue;
            }
            let made = if is_thread && !self.classes.thread_classes[&class_name].contains(&attribute_name) {
                self.thread_constant_attribute(&mut init_frame, instance, &attribute_name, value, out, line)?
            } else {
                self.attribute_value(&mut init_frame, instance, &attribute_name, value, out, line)?
            };
            let instance = self.classes.instances.get_mut(instance).expect("made above");
            instance.attributes.insert(attribute_name, made);
        }
        Ok(options)
    }

    /// `super().__init__(daemon=True, name="x")` (or `threading.Thread.__init__(self, ...)`): the
    /// thread's options; anything else it could be given (`target=`, `args=`) is refused.
    fn thread_init_options(
        &self,
        frame: &Frame,
        call: &ast::ExprCall,
        self_name: &str,
        options: &mut ThreadOptions,
    ) -> Result<()> {
        let positional =
            call.arguments.args.iter().filter(|arg| !matches!(arg, Expr::Name(name) if name.id.as_str() == self_name));
        if let Some(extra) = positional.into_iter().next() {
            return fail(extra, "pass the Thread's options by keyword (`daemon=`, `name=`)");
        }
        for keyword in &call.arguments.keywords {
            match keyword.arg.as_ref().map(|name| name.as_str()) {
                Some("daemon") => options.daemon = self.static_int(frame, &keyword.value)? != 0,
                Some("name") => match self.static_value(frame, &keyword.value)? {
                    Value::Str(text) => options.name = Some(text),
                    _ => return fail(&keyword.value, "a thread's `name` must be a string"),
                },
                _ => {
                    return fail(
                        keyword,
                        "a Thread subclass's `__init__` passes only `daemon=` and `name=` to `Thread.__init__`; its work is `run`",
                    );
                }
            }
        }
        Ok(())
    }

    /// An attribute of a Thread subclass that no method assigns: its value known at import time (a number,
    /// a duration, a string, an object), as the arguments a `Thread(target=..., args=...)` binds.
    fn thread_constant_attribute(
        &mut self,
        frame: &mut Frame,
        instance: &str,
        attribute: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Value> {
        if let Some(made) = self.attribute_made(frame, instance, attribute, value, out, line)? {
            return Ok(made);
        }
        self.static_value(frame, value)
    }

    /// The object or list an attribute's value makes, if it makes one, named after the instance and
    /// the attribute. `self.items.append(x)` somewhere makes `items` a list that grows (a map with keys
    /// 0, 1, ...).
    fn attribute_made(
        &mut self,
        frame: &mut Frame,
        instance: &str,
        attribute: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Value>> {
        let hint = format!("{instance}_{attribute}");
        if self.appended.contains(&format!("self.{attribute}")) {
            self.appended.insert(hint.clone());
        }
        self.note_callback_attribute(attribute, &hint);
        self.creation(frame, &hint, value, out, line)
    }

    /// What one attribute becomes: an object or list made by its value, a shared variable for a number or
    /// None, or the value itself (an object passed to `__init__`).
    fn attribute_value(
        &mut self,
        frame: &mut Frame,
        instance: &str,
        attribute: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Value> {
        if let Some(none) = self.timer_attribute_start(frame, instance, attribute, value) {
            return Ok(none);
        }
        let hint = format!("{instance}_{attribute}");
        if let Some(copy) = self.copied_record(frame, &hint, value, out, line)? {
            return Ok(copy);
        }
        if let Some(table) = self.attribute_list_dict(frame, &hint, attribute, value)? {
            return Ok(table);
        }
        if let Some(made) = self.attribute_made(frame, instance, attribute, value, out, line)? {
            return Ok(made);
        }
        if let Some(reading) = self.clock_attribute(&hint, value, out, line) {
            return Ok(reading);
        }
        let init = match self.static_value(frame, value)? {
            Value::Int(number) => SharedInit::Int(number),
            Value::None => SharedInit::None,
            Value::Str(text) => SharedInit::Str(text),
            other @ (Value::Object(_) | Value::Shared(..) | Value::Instance(_)) => return Ok(other),
            other if let Some(held) = self.passed_object_attribute(frame, instance, attribute, value, &other)? => {
                return Ok(held);
            }
            // A callback or a float no code outside `__init__` assigns: the value itself, read as a
            // constant (`self.action(value)`, `Timer(self.delay, ...)`; instance_texts.rs's session).
            other
                if super::instance_texts::is_constant_attribute_value(&other)
                    && !self.classes.written_after_init.contains(attribute) =>
            {
                return Ok(other);
            }
            other => {
                let what = match other {
                    Value::List(items) if items.iter().all(|item| super::Item::of(item).is_some()) => {
                        "a list known at import time given here other than as a parameter of `__init__`".to_string()
                    }
                    Value::List(_) => "a list of other values than numbers and strings".to_string(),
                    other => other.describe(),
                };
                return fail(
                    value,
                    format!(
                        "an attribute weft follows is an integer, None, a string, a list of numbers or strings, a dict or a threading object, not {what}"
                    ),
                );
            }
        };
        let shared = self.object_name(&hint);
        self.scenario.shared.push((shared.clone(), init));
        Ok(Value::Shared(shared, Shape::Int))
    }

    /// Notes the attributes the module's code assigns outside every `__init__` (once, before translating).
    pub(super) fn scan_attribute_writes(&mut self, body: &[Stmt]) {
        self.classes.written_after_init = attributes_written_after_init(body);
    }

    /// `instance.name` in an expression: the attribute's value, or a bound method. Where a value known at
    /// import time is wanted (`use_known`), a number no code but `__init__` assigns is that number.
    pub(crate) fn instance_attribute(&self, instance: &str, name: &str, at: &Expr, use_known: bool) -> Result<Ex> {
        let known = &self.classes.instances[instance];
        match known.attributes.get(name) {
            Some(Value::Shared(shared, Shape::Int)) => {
                if use_known
                    && !self.classes.written_after_init.contains(name)
                    && let Some(value) = self.shared_initial_value(shared)
                {
                    return Ok(Ex::Static(value));
                }
                Ok(Ex::Code { text: shared.clone(), precedence: ATOM, boolean: false, reads_shared: true })
            }
            Some(other) => Ok(Ex::Static(other.clone())),
            None => {
                let key = format!("{instance}.{name}");
                if self.functions.contains_key(&key) {
                    return Ok(Ex::Static(Value::Function(key)));
                }
                // No instance attribute of that name (they are all set in `__init__`): Python finds the
                // class attribute.
                if let Some(value) = self.class_attribute_value(&known.class, name) {
                    return Ok(value);
                }
                if let Some(refusal) = self.unnamed_thread_subclass(&known.class, name) {
                    return fail(at, refusal);
                }
                if let Some(line) = self.init_line_setting(&known.class, name) {
                    return fail(at, Self::attribute_set_later(&known.class, name, line));
                }
                fail(
                    at,
                    format!(
                        "`{}` instances have no attribute `{name}` set in `__init__` (weft follows the attributes `__init__` sets)",
                        known.class
                    ),
                )
            }
        }
    }

    /// `instance.name = ...` or `instance.name += ...`: the shared variable of an integer attribute.
    pub(super) fn instance_int_target(&self, frame: &Frame, target: &ast::ExprAttribute) -> Result<Option<String>> {
        // `v.value` of a `multiprocessing.Value` is written as an instance's attribute is.
        if let Some(shared) = self.shared_value_target(frame, target)? {
            return Ok(Some(shared));
        }
        let instance = match self.expr(frame, &target.value, false) {
            Ok(Ex::Static(Value::Instance(instance))) => instance,
            // `Class.count += 1`: the class attribute's shared variable.
            Ok(Ex::Static(Value::Class(class))) => {
                return match self
                    .classes
                    .class_attributes
                    .get(&class)
                    .and_then(|attributes| attributes.get(target.attr.as_str()))
                {
                    Some(Value::Shared(shared, Shape::Int)) => Ok(Some(shared.clone())),
                    _ => fail(
                        target,
                        format!(
                            "`{}` is no number-valued class attribute of `{class}`; weft assigns those",
                            target.attr
                        ),
                    ),
                };
            }
            // `accounts[name].balance -= 5` of a key known only at run time: the refusal that
            // object_keys.rs answers by writing the lookup out per key.
            Err(error) if error.object_keys.is_some() => return Err(error),
            _ => return Ok(None),
        };
        let known = &self.classes.instances[&instance];
        match known.attributes.get(target.attr.as_str()) {
            Some(Value::Shared(shared, Shape::Int)) => Ok(Some(shared.clone())),
            Some(other) => fail(
                target,
                format!(
                    "`{}` is {}; weft assigns numbers (and None) to attributes{}",
                    target.attr,
                    other.describe(),
                    super::display_unpacking::attribute_rebinding_words(other)
                ),
            ),
            None if self
                .classes
                .class_attributes
                .get(&known.class)
                .is_some_and(|a| a.contains_key(target.attr.as_str())) =>
            {
                fail(target, hidden_class_attribute(&known.class, target.attr.as_str()))
            }
            None => match self.init_line_setting(&known.class, target.attr.as_str()) {
                // Set further down `__init__` than the thread made there whose function is taken here.
                Some(line) => fail(target, Self::attribute_set_later(&known.class, target.attr.as_str(), line)),
                None => fail(
                    target,
                    format!(
                        "`{}` instances get their attributes in `__init__`; `{}` is not set there",
                        known.class, target.attr
                    ),
                ),
            },
        }
    }
}

/// The refusal of `self.name = ...` of a class attribute the instance does not set in `__init__`.
pub(super) fn hidden_class_attribute(class: &str, attribute: &str) -> String {
    format!(
        "`{attribute}` is a class attribute of `{class}`: assigning it through an instance makes an attribute of that instance which hides the class's from then on (other instances still read the class's), and weft does not model an attribute that appears at run time; set `self.{attribute}` in `__init__` (to the class's value first) or assign `{class}.{attribute}` to change the class's"
    )
}

/// How a method is called: with its instance, with nothing bound (`@staticmethod`) or with its class
/// (`@classmethod`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MethodKind {
    Plain,
    Static,
    Class,
}

/// The kind a method's decorator (checked by `check_method_decorators`) makes it.
fn method_kind(def: &ast::StmtFunctionDef) -> MethodKind {
    match &def.decorator_list[..] {
        [decorator] if is_name(&decorator.expression, "staticmethod") => MethodKind::Static,
        [decorator] if is_name(&decorator.expression, "classmethod") => MethodKind::Class,
        _ => MethodKind::Plain,
    }
}

fn is_name(expr: &Expr, wanted: &str) -> bool {
    matches!(expr, Expr::Name(name) if name.id.as_str() == wanted)
}

/// A method's decorators: one `@staticmethod` or `@classmethod`, or none (a `@property` getter whose
/// reads became calls has lost its decorator already: properties.rs). Anything else is refused, saying
/// what is followed.
fn check_method_decorators(def: &ast::StmtFunctionDef) -> Result<()> {
    let Some(first) = def.decorator_list.first() else { return Ok(()) };
    if def.decorator_list.len() > 1 {
        return fail(
            &def.decorator_list[1],
            "a method with more than one decorator is not supported; weft follows one `@staticmethod`, `@classmethod` or `@property`",
        );
    }
    let expression = &first.expression;
    if is_name(expression, "staticmethod") || is_name(expression, "classmethod") {
        return Ok(());
    }
    if is_name(expression, "property")
        || matches!(expression, Expr::Attribute(attribute) if matches!(attribute.attr.as_str(), "setter" | "deleter" | "getter"))
    {
        return fail(
            first,
            format!(
                "this `@property` is not followed: weft turns each read `x.{0}` into a call of the getter only when no deleter is declared, nothing assigns an attribute `{0}` (but `x.{0} = v` or `x.{0} += v` of a name through a `@{0}.setter` with one parameter), no other method is named `{0}` and `{0}` is no name of weft's own objects (`name`, `daemon`, `ident`, `native_id`, `maxsize`); write a plain method and call it (`x.{0}()`)",
                def.name
            ),
        );
    }
    fail(
        first,
        "this method decorator is not supported; weft follows `@staticmethod`, `@classmethod` and `@property` getters (write a plain method)",
    )
}

/// A class attribute's statement in a class body (`count = 0`, `count: int = 0`): its name and value.
fn class_attribute(stmt: &Stmt) -> Option<(&str, &Expr)> {
    let (target, value) = match stmt {
        Stmt::Assign(assign) if assign.targets.len() == 1 => (&assign.targets[0], &*assign.value),
        Stmt::AnnAssign(assign) => (&*assign.target, assign.value.as_deref()?),
        _ => return None,
    };
    let Expr::Name(name) = target else { return None };
    Some((name.id.as_str(), value))
}

/// Is this call `super().__init__(...)` or `threading.Thread.__init__(self, ...)`?
fn is_thread_init(call: &ast::ExprCall, self_name: &str) -> bool {
    let Expr::Attribute(attribute) = &*call.func else { return false };
    if attribute.attr.as_str() != "__init__" {
        return false;
    }
    match &*attribute.value {
        Expr::Call(super_call) => {
            matches!(&*super_call.func, Expr::Name(name) if name.id.as_str() == "super")
                && super_call.arguments.is_empty()
        }
        Expr::Attribute(class) => {
            class.attr.as_str() == "Thread"
                && matches!(call.arguments.args.first(), Some(Expr::Name(name)) if name.id.as_str() == self_name)
        }
        Expr::Name(class) => {
            class.id.as_str() == "Thread"
                && matches!(call.arguments.args.first(), Some(Expr::Name(name)) if name.id.as_str() == self_name)
        }
        _ => false,
    }
}

/// The attributes of `self` (the method's first parameter) that a method assigns (`self.x = ...`,
/// `self.x += ...`), anywhere in its body.
fn attributes_assigned(def: &ast::StmtFunctionDef) -> BTreeSet<String> {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct Walk<'s> {
        self_name: &'s str,
        assigned: BTreeSet<String>,
    }
    impl<'a> Visitor<'a> for Walk<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            let targets: Vec<&Expr> = match stmt {
                Stmt::Assign(assign) => assign.targets.iter().collect(),
                Stmt::AugAssign(assign) => vec![&*assign.target],
                Stmt::AnnAssign(assign) => vec![&*assign.target],
                _ => Vec::new(),
            };
            for target in targets {
                if let Expr::Attribute(attribute) = target
                    && matches!(&*attribute.value, Expr::Name(name) if name.id.as_str() == self.self_name)
                {
                    self.assigned.insert(attribute.attr.to_string());
                }
            }
            walk_stmt(self, stmt);
        }
    }
    let Some(first) = def.parameters.posonlyargs.iter().chain(def.parameters.args.iter()).next() else {
        return BTreeSet::new();
    };
    let mut walk = Walk { self_name: first.parameter.name.as_str(), assigned: BTreeSet::new() };
    for stmt in &def.body {
        walk.visit_stmt(stmt);
    }
    walk.assigned
}

/// The attribute names assigned anywhere outside an `__init__` method of a class (any object's:
/// `account.balance = 0` in a function counts as `self.balance = ...` in a method does).
fn attributes_written_after_init(body: &[Stmt]) -> BTreeSet<String> {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    #[derive(Default)]
    struct Walk {
        written: BTreeSet<String>,
    }
    impl<'a> Visitor<'a> for Walk {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::ClassDef(class) = stmt {
                for inner in &class.body {
                    match inner {
                        Stmt::FunctionDef(def) if def.name.as_str() == "__init__" => {}
                        other => self.visit_stmt(other),
                    }
                }
                return;
            }
            let targets: Vec<&Expr> = match stmt {
                Stmt::Assign(assign) => assign.targets.iter().collect(),
                Stmt::AugAssign(assign) => vec![&*assign.target],
                Stmt::AnnAssign(assign) => vec![&*assign.target],
                _ => Vec::new(),
            };
            for target in targets {
                collect_attribute_targets(target, &mut self.written);
            }
            walk_stmt(self, stmt);
        }
    }
    let mut walk = Walk::default();
    for stmt in body {
        walk.visit_stmt(stmt);
    }
    walk.written
}

/// The attribute names an assignment target binds (`a.x`, and each of `a.x, b.y = ...`).
fn collect_attribute_targets(target: &Expr, written: &mut BTreeSet<String>) {
    match target {
        Expr::Attribute(attribute) => {
            written.insert(attribute.attr.to_string());
        }
        Expr::Tuple(tuple) => tuple.elts.iter().for_each(|element| collect_attribute_targets(element, written)),
        Expr::List(list) => list.elts.iter().for_each(|element| collect_attribute_targets(element, written)),
        Expr::Starred(starred) => collect_attribute_targets(&starred.value, written),
        _ => {}
    }
}
