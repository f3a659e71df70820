//! A dict display handed to a thread in `args=` (session 32: session31/q05's
//! `Thread(target=enrich, args=({"eur": 2, "gbp": 3},))`). Python makes the dict where the `Thread`
//! call is, a new object only the thread's parameter names: it is made here as an assignment of it
//! would be (a dict with string keys a shared variable per key, named after the target's parameter,
//! `rates_eur`; one the thread reads by a key known only at run time a shared map: grown_dicts.rs),
//! and the parameter is bound to it, as display_records.rs does for `for o in ({...}, {...})`.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator};
use crate::value::Value;

impl Translator<'_> {
    /// The arguments of `args=(...)` when it is a tuple display holding a dict display with string
    /// keys: each such dict made here, the other items as `thread_args` takes them. `None` when no
    /// item is such a dict.
    pub(super) fn thread_args_with_dicts(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        args: &Expr,
    ) -> Result<Option<Vec<Value>>> {
        let Expr::Tuple(tuple) = args else { return Ok(None) };
        if !tuple.elts.iter().any(|element| self.is_made_dict_argument(frame, element)) {
            return Ok(None);
        }
        let mut values = Vec::with_capacity(tuple.elts.len());
        for (position, element) in tuple.elts.iter().enumerate() {
            if !self.is_made_dict_argument(frame, element) {
                let value = self.static_value(frame, element)?;
                self.check_thread_argument(&value, element)?;
                values.push(value);
                continue;
            }
            let hint = self.target_parameter(frame, call, position).unwrap_or_else(|| "argument".to_string());
            let mut no_steps = Vec::new();
            match self.creation(frame, &hint, element, &mut no_steps, 0)? {
                Some(made) if no_steps.is_empty() => values.push(made),
                _ => return Ok(None),
            }
        }
        Ok(Some(values))
    }

    /// A dict display with string keys whose values are numbers, strings or None known at import time.
    fn is_made_dict_argument(&self, frame: &Frame, element: &Expr) -> bool {
        let Expr::Dict(dict) = element else { return false };
        self.has_string_keys(frame, dict)
            && dict.items.iter().all(|item| {
                matches!(self.static_value(frame, &item.value), Ok(value) if crate::out::Item::of(&value).is_some())
            })
    }

    /// The name of the parameter at `position` of the thread's `target=` function of the file.
    fn target_parameter(&self, frame: &Frame, call: &ast::ExprCall, position: usize) -> Option<String> {
        let target = call.arguments.find_keyword("target")?;
        let Ok(Value::Function(function)) = self.static_value(frame, &target.value) else { return None };
        let def = self.functions.get(&function)?;
        let parameters = def.parameters.posonlyargs.iter().chain(def.parameters.args.iter());
        parameters.clone().nth(position).map(|parameter| parameter.parameter.name.to_string())
    }
}
