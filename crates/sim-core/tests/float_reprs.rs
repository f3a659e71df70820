//! weft prints a float as CPython 3.11's `repr` does: checked on 8,210 floats whose reprs CPython
//! wrote (tests/data/float_reprs.txt: random bit patterns, short decimals, the layout's boundaries at
//! 1e-4 and 1e16, tenths, sevenths, every power of two, short binary mantissas, the extremes,
//! infinities and NaN).

#[test]
fn every_recorded_float_prints_as_cpython_printed_it() {
    let data = include_str!("data/float_reprs.txt");
    let mut checked = 0;
    for line in data.lines().filter(|line| !line.starts_with('#')) {
        let (bits, expected) = line.split_once(' ').expect("bits, then the repr");
        let number = f64::from_bits(u64::from_str_radix(bits, 16).expect("hex bits"));
        assert_eq!(sim_core::floats::python_repr(number), expected, "repr of the float with bits {bits}");
        checked += 1;
    }
    assert_eq!(checked, 8210);
}

/// The text reads back as the same bits: a float literal of the scenario is its repr.
#[test]
fn every_recorded_repr_reads_back_as_the_same_bits() {
    let data = include_str!("data/float_reprs.txt");
    for line in data.lines().filter(|line| !line.starts_with('#')) {
        let (bits, text) = line.split_once(' ').expect("bits, then the repr");
        let Ok(number) = text.parse::<f64>() else { continue };
        if number.is_nan() {
            continue;
        }
        assert_eq!(format!("{:016x}", number.to_bits()), bits, "{text} reads back");
    }
}
