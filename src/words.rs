//! Counted nouns in English, for every text printer: "1 run", "2 runs", "1 GIL switch".

/// `count` and the noun, plural unless the count is 1 (nouns ending in `s`, `sh`, `ch` or `x` take `es`).
pub fn plural(count: impl Into<u64>, noun: &str) -> String {
    let count = count.into();
    if count == 1 {
        return format!("1 {noun}");
    }
    let ending = if noun.ends_with(['s', 'x']) || noun.ends_with("sh") || noun.ends_with("ch") { "es" } else { "s" };
    format!("{count} {noun}{ending}")
}

#[cfg(test)]
mod tests {
    use super::plural;

    fn check(count: u64, noun: &str, expect: &str) {
        assert_eq!(plural(count, noun), expect);
    }

    #[test]
    fn english_plurals() {
        check(1, "run", "1 run");
        check(0, "run", "0 runs");
        check(2, "GIL switch", "2 GIL switches");
        check(1, "GIL switch", "1 GIL switch");
        check(3, "drop request", "3 drop requests");
        check(1, "preemption", "1 preemption");
    }
}
