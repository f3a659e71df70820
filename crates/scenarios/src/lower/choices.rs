//! `let: "x = choose(LO, HI)"`, `let: "x = choose_of(V, ...)"` and `let: "x = sample(LO, HI)"`: a value
//! chosen among a set known when the file loads, a decision of the policy (`Instr::Choose`,
//! docs/format.md, "Values chosen at random").

use serde_saphyr::{Location, Spanned};
use sim_core::limits::MAX_CHOICE_VALUES;
use sim_core::model::*;

use super::{Lowering, Names};
use crate::context::Result;
use crate::expr::{Ast, ChoiceCall, ChoiceKind};

impl<N: Names> Lowering<'_, N> {
    /// The step that sets local `target` to one of the values of `call`, whose text starts at byte
    /// `offset` of the scalar `text`.
    pub(super) fn lower_choice(
        &mut self,
        target: &str,
        call: &ChoiceCall,
        text: &Spanned<String>,
        offset: usize,
        at: &Location,
    ) -> Result<()> {
        let values = self.choice_values(call, text, offset)?;
        let count = values.len() as u32;
        let sampled = call.kind == ChoiceKind::Sample;
        let first = self
            .names
            .add_choice(&values, sampled)
            .map_err(|message| self.names.context().error_in_scalar(&text.referenced, offset + call.at, message))?;
        let local = self.define(target);
        self.emit(Instr::Choose { local, first, count }, at).map(drop)
    }

    /// The values a choice chooses among, in order: `choose(LO, HI)` every integer from LO to HI,
    /// `sample(LO, HI)` LO, its middle and HI, `choose_of` its arguments (integers, strings or None), 1
    /// to `MAX_CHOICE_VALUES` of them.
    fn choice_values(&self, call: &ChoiceCall, text: &Spanned<String>, offset: usize) -> Result<Vec<i64>> {
        let error =
            |at: usize, message: String| self.names.context().error_in_scalar(&text.referenced, offset + at, message);
        let listed = call.kind == ChoiceKind::Of;
        let name = call.kind.name();
        let mut values = Vec::with_capacity(call.args.len());
        for (arg, at) in &call.args {
            let value = match arg {
                Ast::Number(value) if listed || sim_core::expr::is_integer(*value) => *value,
                Ast::Str { text: string, .. } if listed => {
                    self.names.context().strings.value(string).map_err(|message| error(*at, message))?
                }
                _ if !listed => return Err(error(*at, format!("`{name}(LO, HI)` takes two integer literals"))),
                _ => {
                    return Err(error(*at, "`choose_of` takes literals: integers, strings or None".to_string())
                        .with_help(
                            "the values of a choice are known when the file loads, as in `choose_of(1, 5, 'a')`",
                        ));
                }
            };
            values.push(value);
        }
        if !listed {
            return self.choice_range(&values, call, &error);
        }
        if values.is_empty() || values.len() > MAX_CHOICE_VALUES {
            return Err(error(
                call.at,
                format!("`choose_of` takes 1 to {MAX_CHOICE_VALUES} values, not {}", values.len()),
            ));
        }
        Ok(values)
    }

    /// The values of `choose(LO, HI)` (every integer from LO to HI) or `sample(LO, HI)` (LO, the middle
    /// rounded down, HI; fewer when they meet).
    fn choice_range(
        &self,
        bounds: &[i64],
        call: &ChoiceCall,
        error: &dyn Fn(usize, String) -> crate::diagnostic::Diagnostic,
    ) -> Result<Vec<i64>> {
        let name = call.kind.name();
        let &[low, high] = bounds else {
            return Err(error(call.at, format!("`{name}(LO, HI)` takes 2 arguments, not {}", bounds.len())));
        };
        if call.kind == ChoiceKind::Sample {
            if low > high {
                return Err(error(call.at, format!("`sample({low}, {high})`: LO is more than HI")));
            }
            let middle = (i128::from(low) + i128::from(high)).div_euclid(2) as i64;
            let mut values = vec![low, middle, high];
            values.dedup();
            return Ok(values);
        }
        let count = i128::from(high) - i128::from(low) + 1;
        if count < 1 || count > MAX_CHOICE_VALUES as i128 {
            return Err(error(
                call.at,
                format!("`choose({low}, {high})` would choose among {count} values; a choice has 1 to {MAX_CHOICE_VALUES}"),
            )
            .with_help("LO is at most HI, both included, as Python's `random.randint(LO, HI)`; `sample(LO, HI)` takes a wide range at its ends and middle"));
        }
        Ok((low..=high).collect())
    }
}
