//! The value of `asyncio.run(main())` bound otherwise than to one name (session 24's a03 and a10:
//! `first, failures = asyncio.run(main())`).
//!
//! `outcome = asyncio.run(main())` then `first, failures = outcome` imported: the coroutine's task
//! returns a tuple, which the calling thread takes into a local and unpacks. The unpacking straight
//! from the call is the same: the task's result into a temporary of the calling task, then each name
//! bound to its item (`unpack(t, i, n)`, Python's ValueError when the tuple has another length). A
//! coroutine that returns a list of results (`return results` of a gather's list) returns it as a
//! tuple of its items, as `results = asyncio.run(main())` has it (futures.rs, `asyncio_run_list`):
//! Python unpacks a list as it unpacks a tuple of the same items.

use std::collections::BTreeMap;

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::Step;
use crate::value::Value;

impl Translator<'_> {
    /// `a, b = asyncio.run(main())`: `true` when `value` is such a call and its result was unpacked
    /// into `targets` (plain names, checked by the caller).
    pub(super) fn unpack_asyncio_run(
        &mut self,
        frame: &mut Frame,
        targets: &[Expr],
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Call(call) = value else { return Ok(false) };
        if self.module_callee(frame, call).as_deref() != Some("asyncio.run") {
            return Ok(false);
        }
        if self.unpack_run_instances(frame, targets, call, out, line)? {
            return Ok(true);
        }
        self.declare_unpacked_globals(frame, targets.iter().collect())?;
        let returned = self.fresh_temporary(frame.task, "returned");
        let coroutine = self.run_coroutine_function(frame, call);
        let saved = std::mem::replace(&mut self.list_returning, coroutine);
        self.returned_list_items.clear();
        let main = self.asyncio_run(frame, call, Some(&returned), out, line);
        self.list_returning = saved;
        main?;
        self.unpack_items(frame, targets, &returned, value, out, line)?;
        self.mark_unpacked_lists(frame, targets);
        Ok(true)
    }

    /// The module globals among `targets` declared before the run, as `x = asyncio.run(main())`'s
    /// target is (`result_target`): the coroutine's own locals then take names apart from them (a
    /// gathered list `values` in `main`, the module's `values` unpacked from its result).
    fn declare_unpacked_globals(&mut self, frame: &mut Frame, targets: Vec<&Expr>) -> Result<()> {
        for target in targets {
            let Expr::Name(name) = target else { continue };
            let name = name.id.as_str();
            if self.is_global_target(frame, name)
                && !self.keeps_module_local(frame, name)
                && !self.globals.contains_key(name)
            {
                if frame.module_level {
                    frame.locals.remove(name);
                }
                self.shared_int_target(name, target)?;
            }
        }
        Ok(())
    }

    /// The coroutine function `asyncio.run(f(...))` runs, when its argument is a call of one of the
    /// file's functions.
    pub(super) fn run_coroutine_function(&self, frame: &Frame, call: &ast::ExprCall) -> Option<String> {
        let [Expr::Call(coroutine)] = &call.arguments.args[..] else { return None };
        match self.expr(frame, &coroutine.func, false) {
            Ok(Ex::Static(Value::Function(function))) => Some(function),
            _ => None,
        }
    }
}

impl Translator<'_> {
    /// Whether `call` is `asyncio.run(...)`.
    pub(super) fn is_asyncio_run(&self, frame: &Frame, call: &ast::ExprCall) -> bool {
        self.module_callee(frame, call).as_deref() == Some("asyncio.run")
    }

    /// `asyncio.run(main())` as an operand or an argument (`assert asyncio.run(main()) == 3`,
    /// `box["v"] = asyncio.run(main())`, `total += asyncio.run(main())`): the run, its result in a
    /// fresh local of the calling task, whose name is the operand's text. Python runs the loop to its
    /// end before it evaluates what follows the call in the expression, as a blocking call's result is.
    pub(super) fn asyncio_run_value(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let returned = self.fresh_temporary(frame.task, "returned");
        self.asyncio_run(frame, call, Some(&returned), out, line)?;
        Ok(returned)
    }
}

/// `client = asyncio.run(main())` of a coroutine that ends `return client`, an instance of a class of
/// the file (session 24's a07): Python gives the caller the object itself. The import follows an
/// instance by its name (its attributes are shared variables), so the caller's name is bound to that
/// instance at import time and the coroutine's task returns None, which nothing reads. Exact only
/// where the caller's name is that object from the call on and never another: the `return` is the
/// coroutine's one and last statement, the coroutine's task is made by this call (a second
/// `asyncio.run` of it would make a second object in Python: refused), and the name is bound once,
/// outside any `if` or loop the scenario runs.
#[derive(Default)]
pub(crate) struct ReturnedInstances {
    /// The `async def` whose `return` of an instance gives it to `asyncio.run`'s caller, while it is
    /// translated.
    pub(super) returning: Option<String>,
    /// The coroutine tasks whose `return` gave an instance (`return client`) or instances among a
    /// tuple's items (`return cache, values`): per item, the instance's name.
    pub(super) by_task: BTreeMap<usize, Vec<Option<String>>>,
}

impl Translator<'_> {
    /// The names `asyncio.run(f())`'s coroutine returns as its last statement (`return client`, one;
    /// `return cache, values`, one per item of the tuple display), each when it is a name the coroutine
    /// binds to an instance of a class of the file (`client = Client(2)`) or a module global that holds
    /// one; `None` when none is, or when its body has another `return`. Whether the value is a tuple.
    fn returned_instance_names(&self, frame: &Frame, call: &ast::ExprCall) -> Option<(Vec<Option<String>>, bool)> {
        let function = self.run_coroutine_function(frame, call)?;
        let def = self.functions.get(&function)?;
        let (Stmt::Return(ast::StmtReturn { value: Some(returned), .. }), before) = def.body.split_last()? else {
            return None;
        };
        if super::contains_return(before) {
            return None;
        }
        let instance_name = |item: &Expr| {
            let Expr::Name(returned) = item else { return None };
            let made_here = before.iter().any(|stmt| {
                matches!(stmt, Stmt::Assign(assign)
                    if matches!(&assign.targets[..], [Expr::Name(target)] if target.id == returned.id)
                    && matches!(&*assign.value, Expr::Call(made)
                        if matches!(self.expr(frame, &made.func, false), Ok(Ex::Static(Value::Class(_))))))
            });
            let global = matches!(self.globals.get(returned.id.as_str()), Some(Value::Instance(_)));
            (made_here || global).then(|| returned.id.to_string())
        };
        let (names, tuple) = match &**returned {
            Expr::Tuple(tuple) => (tuple.elts.iter().map(instance_name).collect::<Vec<_>>(), true),
            single => (vec![instance_name(single)], false),
        };
        names.iter().any(Option::is_some).then_some((names, tuple))
    }

    /// Refused unless `name` may stand for an instance from here on: bound once, outside any `if` or
    /// loop, and not bound before.
    fn check_instance_target(&self, frame: &Frame, name: &str, target: &Expr) -> Result<()> {
        if frame.dynamic > 0 || self.written.contains(name) || self.globals.contains_key(name) {
            return fail(
                target,
                format!(
                    "`{name}` would hold the instance `asyncio.run`'s coroutine returns; weft follows an instance by one name bound once, outside any `if` or loop: bind `{name}` once, here"
                ),
            );
        }
        Ok(())
    }

    /// `name` bound at import time to the instance `instance`.
    fn bind_run_instance(&mut self, frame: &mut Frame, name: &str, target: &Expr, instance: String) -> Result<()> {
        self.check_rebinding(frame, name, target)?;
        if self.is_global_target(frame, name) {
            if frame.module_level {
                frame.locals.remove(name);
            }
            self.globals.insert(name.to_string(), Value::Instance(instance));
        } else {
            frame.locals.insert(name.to_string(), Value::Instance(instance));
        }
        Ok(())
    }

    /// The run of `call` with its coroutine's `return` of instances recorded: the items that are
    /// instances, or a refusal when the coroutine's task was made before (a second run).
    fn run_returning_instances(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        returned: &str,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Vec<Option<String>>>> {
        let new_task = self.scenario.tasks.len();
        let function = self.run_coroutine_function(frame, call);
        let saved = std::mem::replace(&mut self.returned_instances.returning, function);
        let main = self.asyncio_run(frame, call, Some(returned), out, line);
        self.returned_instances.returning = saved;
        let main = main?;
        if main.is_some_and(|main| main != new_task) {
            return fail(
                call,
                "this coroutine returns an instance that weft cannot tell from the one of another run (a second `asyncio.run` of it): Python makes a new one each run; return the values you need (`return client.peak, client.total`)",
            );
        }
        Ok(main.and_then(|main| self.returned_instances.by_task.get(&main).cloned()))
    }

    /// `name = asyncio.run(main())` of a coroutine that returns an instance (above): the run, then
    /// `name` bound to the instance. `false` when the coroutine's form is not that one.
    pub(super) fn asyncio_run_instance(
        &mut self,
        frame: &mut Frame,
        name: &str,
        target: &Expr,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        if !matches!(self.returned_instance_names(frame, call), Some((_, false))) {
            return Ok(false);
        }
        self.check_instance_target(frame, name, target)?;
        let returned = self.fresh_temporary(frame.task, "returned");
        let instances = self.run_returning_instances(frame, call, &returned, out, line)?;
        let Some(Some(instance)) = instances.and_then(|items| items.into_iter().next()) else {
            return fail(
                call,
                "this coroutine returns an object weft cannot follow as an instance here; return the values you need (`return client.peak, client.total`)",
            );
        };
        self.bind_run_instance(frame, name, target, instance)?;
        Ok(true)
    }

    /// `cache, values = asyncio.run(main())` of a coroutine that ends `return cache, values`, some items
    /// instances (above): the run, each instance's name bound to it at import time, each other name to
    /// its item of the tuple the task returns (a gathered list as a list made at run time). `false`
    /// when the coroutine's form is not that one.
    fn unpack_run_instances(
        &mut self,
        frame: &mut Frame,
        targets: &[Expr],
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Some((names, true)) = self.returned_instance_names(frame, call) else { return Ok(false) };
        if names.len() != targets.len() {
            return Ok(false);
        }
        for (target, instance) in targets.iter().zip(&names) {
            if let (Expr::Name(name), Some(_)) = (target, instance) {
                self.check_instance_target(frame, name.id.as_str(), target)?;
            }
        }
        let plain = targets.iter().zip(&names).filter(|(_, instance)| instance.is_none()).map(|(target, _)| target);
        self.declare_unpacked_globals(frame, plain.collect())?;
        let returned = self.fresh_temporary(frame.task, "returned");
        let instances = self.run_returning_instances(frame, call, &returned, out, line)?;
        let Some(instances) = instances else {
            return fail(
                call,
                "this coroutine returns objects weft cannot follow as instances here; return the values you need (`return client.peak, client.total`)",
            );
        };
        let length = targets.len();
        for (index, (target, instance)) in targets.iter().zip(instances).enumerate() {
            let Expr::Name(name) = target else { unreachable!("checked by the caller") };
            match instance {
                Some(instance) => self.bind_run_instance(frame, name.id.as_str(), target, instance)?,
                None => {
                    let item = Ex::Code {
                        text: format!("unpack({returned}, {index}, {length})"),
                        precedence: crate::expr::ATOM,
                        boolean: false,
                        reads_shared: false,
                    };
                    self.store(frame, name.id.as_str(), target, item, &Expr::Call(call.clone()), out, line)?;
                }
            }
        }
        Ok(true)
    }

    /// `return cache, values` of instances and other values in the coroutine `unpack_run_instances`
    /// runs: the tuple with None in each instance's place (recorded for its task) and a local list
    /// (a gather's) as a list made at run time. `None` anywhere else.
    pub(super) fn tuple_of_run_instances(&mut self, frame: &Frame, value: &Expr) -> Result<Option<Ex>> {
        let Expr::Tuple(tuple) = value else { return Ok(None) };
        if !frame.top
            || self.returned_instances.returning.is_none()
            || self.returned_instances.returning.as_ref() != self.call_stack.last()
        {
            return Ok(None);
        }
        let mut texts = Vec::with_capacity(tuple.elts.len());
        let mut instances = Vec::with_capacity(tuple.elts.len());
        for item in &tuple.elts {
            let (text, instance) = match self.expr(frame, item, false)? {
                Ex::Static(Value::Instance(instance)) => ("None".to_string(), Some(instance)),
                Ex::Static(Value::LocalArray(array, length)) => {
                    let items: Vec<String> = (0..length).map(|index| format!("{array}[{index}]")).collect();
                    (format!("new_list({})", items.join(", ")), None)
                }
                ex => (self.to_code(ex, item)?.0, None),
            };
            texts.push(text);
            instances.push(instance);
        }
        if instances.iter().all(Option::is_none) {
            return Ok(None);
        }
        self.returned_instances.by_task.insert(frame.task, instances);
        Ok(Some(Ex::code(crate::expr::tuple_text(&texts), crate::expr::ATOM, false, false)))
    }

    /// `return client` of an instance in the coroutine `asyncio_run_instance` runs: recorded for its
    /// task, which returns None. `false` anywhere else.
    pub(super) fn return_of_run_instance(&mut self, frame: &Frame, returned: &Ex) -> bool {
        let Ex::Static(Value::Instance(instance)) = returned else { return false };
        if !frame.top
            || self.returned_instances.returning.is_none()
            || self.returned_instances.returning.as_ref() != self.call_stack.last()
        {
            return false;
        }
        self.returned_instances.by_task.insert(frame.task, vec![Some(instance.clone())]);
        true
    }
}
