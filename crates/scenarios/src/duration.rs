//! Durations with units (`250ns`, `3us`, `1.5ms`, `2s`), parsed exactly into integer nanoseconds.

use serde::Deserialize;
use sim_core::limits::MAX_DURATION_NS;
use sim_core::model::Nanos;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Duration(pub Nanos);

const UNITS: [(&str, u64); 5] = [("ns", 1), ("us", 1_000), ("µs", 1_000), ("ms", 1_000_000), ("s", 1_000_000_000)];

pub fn parse_duration(text: &str) -> Result<Nanos, String> {
    let text = text.trim();
    if text == "0" {
        return Ok(0);
    }
    if text.starts_with('-') {
        return Err(format!("`{text}` is negative; a duration is 0 or more"));
    }
    let Some((number, scale)) =
        UNITS.iter().find_map(|&(unit, scale)| text.strip_suffix(unit).map(|n| (n.trim_end(), scale)))
    else {
        if text.parse::<f64>().is_ok() {
            return Err(format!("`{text}` has no unit; write it as `{text}ms`, `{text}us`, `{text}ns` or `{text}s`"));
        }
        return Err(format!("`{text}` is not a duration; expected a number and a unit, such as `5ms`"));
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits_only = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !digits_only(whole) || !digits_only(fraction) {
        return Err(format!("`{text}` is not a duration; expected a number and a unit, such as `5ms`"));
    }
    let too_long = || format!("`{text}` is longer than the largest duration, {}ns", MAX_DURATION_NS);
    let whole_value: u64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| too_long())? };
    let mut nanos = whole_value.checked_mul(scale).ok_or_else(too_long)?;
    if !fraction.is_empty() {
        if fraction.len() > 9 {
            return Err(format!("`{text}` is finer than 1ns"));
        }
        let fraction_value: u64 = fraction.parse().map_err(|_| too_long())?;
        let denominator = 10u64.pow(fraction.len() as u32);
        let scaled = fraction_value * scale;
        if !scaled.is_multiple_of(denominator) {
            return Err(format!("`{text}` is finer than 1ns"));
        }
        nanos = nanos.checked_add(scaled / denominator).ok_or_else(too_long)?;
    }
    if nanos > MAX_DURATION_NS {
        return Err(too_long());
    }
    Ok(nanos)
}

/// A bare number where a duration belongs: `0` is fine, anything else lacks its unit.
pub fn number_without_unit(number: impl std::fmt::Display, is_zero: bool) -> Result<Duration, String> {
    if is_zero {
        return Ok(Duration(0));
    }
    Err(format!("`{number}` has no unit; write it as `{number}ms`, `{number}us`, `{number}ns` or `{number}s`"))
}

impl<'de> Deserialize<'de> for Duration {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Duration;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a duration with a unit, such as `5ms`")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Duration, E> {
                parse_duration(text).map(Duration).map_err(E::custom)
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Duration, E> {
                if n == 0 {
                    Ok(Duration(0))
                } else {
                    Err(E::custom(format!("`{n}` has no unit; write it as `{n}ms`, `{n}us`, `{n}ns` or `{n}s`")))
                }
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Duration, E> {
                if n == 0 {
                    Ok(Duration(0))
                } else if n < 0 {
                    Err(E::custom(format!("`{n}` is negative; a duration is 0 or more")))
                } else {
                    self.visit_u64(n as u64)
                }
            }
            fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<Duration, E> {
                Err(E::custom(format!("`{n}` has no unit; write it as `{n}ms`, `{n}us`, `{n}ns` or `{n}s`")))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl schemars::JsonSchema for Duration {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Duration".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A duration with a unit: 250ns, 3us, 1.5ms, 2s (or 0).",
            "anyOf": [
                { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?|\\.[0-9]+) ?(ns|us|µs|ms|s)$|^0$" },
                { "type": "integer", "minimum": 0, "maximum": 0 }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: Result<Nanos, &str>) {
        let got = parse_duration(text);
        match (got, expect) {
            (Ok(got), Ok(want)) => assert_eq!(got, want, "{text}"),
            (Err(message), Err(fragment)) => {
                assert!(message.contains(fragment), "{text}: {message}")
            }
            (got, want) => panic!("{text}: got {got:?}, want {want:?}"),
        }
    }

    #[test]
    fn units_fractions_and_mistakes() {
        check("250ns", Ok(250));
        check("3us", Ok(3_000));
        check("1.7us", Ok(1_700));
        check("1.5ms", Ok(1_500_000));
        check("2s", Ok(2_000_000_000));
        check("0", Ok(0));
        check("0ns", Ok(0));
        check(".5ms", Ok(500_000));
        check("1.0005us", Err("finer than 1ns"));
        check("5", Err("has no unit"));
        check("-5ms", Err("negative"));
        check("5 parsecs", Err("not a duration"));
        check("ms", Err("not a duration"));
        check("99999999999999999999s", Err("longer than"));
        check("2000000s", Err("longer than"));
    }
}
