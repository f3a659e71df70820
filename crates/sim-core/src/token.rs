//! Schedule tokens: one printable ASCII line that names a run exactly.
//!
//! `w1:<policy>:s<seed>:c<cores>:f<fingerprint>:<choices>`
//!
//! `choices` lists the index chosen at every decision that had more than one candidate, as base-32
//! digits from a 64-letter alphabet (letters 32..63 mean "more digits follow", low digits first), with
//! runs written once and followed by `.` and the number of extra repetitions. The fingerprint is a
//! digest of the compiled scenario, so a token never silently replays a different file.
//!
//! Format 1.1 adds two things that tokens of earlier runs never hold, so every earlier token reads as
//! before: `+` and a number is the choice of which stuck waiter gives up its time-out when it was not
//! the first one ([`GIVE_UP`]); and a run under `--timeouts any` says so in a field of its own before
//! the choices, `w1:<policy>:s<seed>:c<cores>:f<fingerprint>:timeouts-any:<choices>`.

use std::fmt;

const ALPHABET: &[u8; 64] = b"0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZ-_wxyz";
pub const VERSION_PREFIX: &str = "w1";
/// Decoded choices are bounded so a hostile token cannot ask for unbounded memory.
pub use crate::limits::MAX_CHOICES;
/// Marks a recorded choice as a time-out's giving up (`DecisionKind::GiveUp`); the index is below it.
pub const GIVE_UP: u32 = 1 << 31;
/// The field before the choices that names a run's time-out setting when it is not the default
/// (`timeouts-any`, `timeouts-deadline`).
const TIMEOUTS_FIELD_PREFIX: &str = "timeouts-";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScheduleToken {
    pub policy: String,
    pub seed: u64,
    pub cores: u32,
    pub fingerprint: u32,
    pub choices: Vec<u32>,
    pub timeouts: crate::timeouts::Timeouts,
}

impl fmt::Display for ScheduleToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{VERSION_PREFIX}:{}:s{}:c{}:f{:08x}:", self.policy, self.seed, self.cores, self.fingerprint)?;
        if self.timeouts != crate::timeouts::Timeouts::Quiescent {
            write!(f, "{TIMEOUTS_FIELD_PREFIX}{}:", self.timeouts.name())?;
        }
        let mut text = String::new();
        encode_choices(&self.choices, &mut text);
        f.write_str(&text)
    }
}

fn encode_number(mut value: u64, out: &mut String) {
    loop {
        let digit = (value & 31) as usize;
        value >>= 5;
        if value == 0 {
            out.push(ALPHABET[digit] as char);
            return;
        }
        out.push(ALPHABET[32 + digit] as char);
    }
}

pub fn encode_choices(choices: &[u32], out: &mut String) {
    let mut index = 0;
    while index < choices.len() {
        let value = choices[index];
        if value & GIVE_UP != 0 {
            out.push('+');
            encode_number(u64::from(value & !GIVE_UP), out);
            index += 1;
            continue;
        }
        let mut run = 1;
        while index + run < choices.len() && choices[index + run] == value {
            run += 1;
        }
        encode_number(u64::from(value), out);
        if run > 2 {
            out.push('.');
            encode_number((run - 1) as u64, out);
        } else if run == 2 {
            encode_number(u64::from(value), out);
        }
        index += run;
    }
}

fn letter_value(letter: u8) -> Option<u64> {
    ALPHABET.iter().position(|&c| c == letter).map(|p| p as u64)
}

fn decode_number(bytes: &[u8], at: &mut usize) -> Result<u64, String> {
    let mut value: u64 = 0;
    let mut shift = 0u32;
    loop {
        let Some(&letter) = bytes.get(*at) else {
            return Err("the choices end in the middle of a number".to_string());
        };
        let digit =
            letter_value(letter).ok_or_else(|| format!("`{}` is not a letter of a schedule token", letter as char))?;
        *at += 1;
        if shift > 60 {
            return Err("a number in the choices is too large".to_string());
        }
        value |= (digit & 31) << shift;
        shift += 5;
        if digit < 32 {
            return Ok(value);
        }
    }
}

pub fn decode_choices(text: &str) -> Result<Vec<u32>, String> {
    let bytes = text.as_bytes();
    let mut choices = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'.' {
            at += 1;
            let &last = choices.last().ok_or("a repetition `.` before any choice")?;
            let extra = decode_number(bytes, &mut at)?;
            if choices.len() as u64 + extra > MAX_CHOICES as u64 {
                return Err(format!("more than {MAX_CHOICES} choices"));
            }
            choices.extend(std::iter::repeat_n(last, extra as usize));
            continue;
        }
        let gives_up = bytes[at] == b'+';
        at += usize::from(gives_up);
        let value = decode_number(bytes, &mut at)?;
        let value = u32::try_from(value).ok().filter(|&v| v < GIVE_UP).ok_or("a choice is too large")?;
        let value = if gives_up { value | GIVE_UP } else { value };
        if choices.len() >= MAX_CHOICES {
            return Err(format!("more than {MAX_CHOICES} choices"));
        }
        choices.push(value);
    }
    Ok(choices)
}

impl std::str::FromStr for ScheduleToken {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let mut parts: Vec<&str> = text.split(':').collect();
        let named = (parts.len() == 7)
            .then(|| parts[5].strip_prefix(TIMEOUTS_FIELD_PREFIX))
            .flatten()
            .and_then(crate::timeouts::Timeouts::by_name)
            .filter(|&timeouts| timeouts != crate::timeouts::Timeouts::Quiescent);
        let timeouts = match named {
            Some(timeouts) => {
                parts.remove(5);
                timeouts
            }
            None => crate::timeouts::Timeouts::Quiescent,
        };
        if parts.len() != 6 {
            return Err("a schedule token has six fields: w1:POLICY:sSEED:cCORES:fFINGERPRINT:CHOICES \
                        (seven with `timeouts-any` or `timeouts-deadline` before the choices)"
                .to_string());
        }
        if parts[0] != VERSION_PREFIX {
            return Err(format!("token format `{}` is not supported (this weft reads `{VERSION_PREFIX}`)", parts[0]));
        }
        let field = |part: &str, prefix: char, what: &str| -> Result<u64, String> {
            part.strip_prefix(prefix)
                .and_then(|rest| rest.parse::<u64>().ok())
                .ok_or_else(|| format!("the token's {what} field `{part}` should be `{prefix}` and a number"))
        };
        let seed = field(parts[2], 's', "seed")?;
        let cores = field(parts[3], 'c', "cores")?;
        let max_cores = crate::limits::MAX_TOTAL_CORES;
        let cores = u32::try_from(cores).ok().filter(|&c| (1..=max_cores).contains(&c)).ok_or_else(|| {
            format!("the token's cores field `{}` is out of range; a run has 1 to {max_cores} cores", parts[3])
        })?;
        let fingerprint = parts[4]
            .strip_prefix('f')
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .ok_or_else(|| format!("the token's fingerprint field `{}` should be `f` and 8 hex digits", parts[4]))?;
        let choices = decode_choices(parts[5])?;
        Ok(ScheduleToken { policy: parts[1].to_string(), seed, cores, fingerprint, choices, timeouts })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(choices: Vec<u32>, expect: &str) {
        check_with(choices, crate::timeouts::Timeouts::Quiescent, expect);
    }

    fn check_with(choices: Vec<u32>, timeouts: crate::timeouts::Timeouts, expect: &str) {
        let token = ScheduleToken { policy: "random".into(), seed: 7, cores: 2, fingerprint: 0xabc, choices, timeouts };
        let text = token.to_string();
        assert_eq!(text, expect);
        assert_eq!(text.parse::<ScheduleToken>().as_ref(), Ok(&token));
    }

    #[test]
    fn round_trips_small_large_and_repeated_choices() {
        check(vec![], "w1:random:s7:c2:f00000abc:");
        check(vec![0, 1, 1, 0, 0, 0, 0], "w1:random:s7:c2:f00000abc:0110.3");
        check(vec![31, 32, 1000], "w1:random:s7:c2:f00000abc:vA1Iv");
    }

    #[test]
    fn round_trips_give_up_choices_and_timeouts_any() {
        use crate::timeouts::Timeouts;
        check(vec![1, GIVE_UP | 1, GIVE_UP | 1, 0], "w1:random:s7:c2:f00000abc:1+1+10");
        check(vec![GIVE_UP | 40], "w1:random:s7:c2:f00000abc:+I1");
        check_with(vec![0, 2], Timeouts::Any, "w1:random:s7:c2:f00000abc:timeouts-any:02");
        check_with(vec![], Timeouts::Any, "w1:random:s7:c2:f00000abc:timeouts-any:");
        check_with(vec![1], Timeouts::Deadline, "w1:random:s7:c2:f00000abc:timeouts-deadline:1");
        assert!("w1:x:s1:c1:f0:timeouts-quiescent:0".parse::<ScheduleToken>().is_err());
        assert!("w1:x:s1:c1:f0:timeouts-some:0".parse::<ScheduleToken>().is_err());
        assert!("w1:x:s1:c1:f0:+".parse::<ScheduleToken>().is_err());
        assert!("w1:x:s1:c1:f0:+zzzzzzz0".parse::<ScheduleToken>().is_err());
    }

    #[test]
    fn rejects_hostile_tokens() {
        assert!("w9:x:s1:c1:f0:".parse::<ScheduleToken>().is_err());
        assert!("w1:x:s1:c1:f0:0.zzzzzzzzzzzzzzzz".parse::<ScheduleToken>().is_err());
        assert!("w1:x:s1:c1:f0:A".parse::<ScheduleToken>().is_err());
        assert!("w1:x:s1:c1:f0:!".parse::<ScheduleToken>().is_err());
        assert!("w1:x:s1:c1:f0:.3".parse::<ScheduleToken>().is_err());
        let edited = "w1:random:s0:c0:f83dc239d:1.201".parse::<ScheduleToken>();
        assert_eq!(edited, Err("the token's cores field `c0` is out of range; a run has 1 to 16384 cores".to_string()));
    }
}
