# SILENT (engine): weft-start: `weft run` and `weft explore` (1 outcome, "complete") report
# readings[0] = 5e-324 and len(checks) = 0; CPython 3.11: readings=[0.0], checks=[1] on every run.
# No thread needed. With three appends to `checks` readings[0] reads 1.5e-323 (the bits are len(checks)).
# The hand-written YAML twin (r04_zero_float_first_value.yaml) gives the same: the engine, not the import.
# Where: a run that made no interned float (+0.0 and -0.0 have fixed patterns and are never interned, so
# FloatTable::is_empty() stays true) has RunValues::is_empty() true and its state written word for word;
# +0.0 is then the bare word FIRST_FLOAT, which expr.rs read_canonical takes as the float marker and
# reads the next word (the next name's length) as its bits, shifting every later name.
# Also `d["k"] = 0.0`, `a = [0.0]`, `a.append(0.0); a.append(2)` (a[0]=5e-324, a[2]=None), 0.0 from a
# queue, a thread's argument 0.0, `0.0 + 0.0`. Not when the run made any other float before (1.0 first).
# A module float `total = 0.0` that a thread rebinds (`total = total * 2`) is reported as `total = None`;
# module globals `total = 0.0`, `count = 0` with a thread doing `count += 3; total = total + 0`: weft
# `total = 1.5e-323, count = None` (CPython 0.0 3); `avg[0] = 0.0; n[0] = 4`: `avg[0] = 2e-323, n[0] = None`.
# Effect on the 40's kind of program: any list or dict whose value is 0.0 in a run with no other float
# (a reading, a total, a price of 0.0) reports a wrong state and shifts the names after it.
readings = []
checks = []
readings.append(0.0)
checks.append(1)
print(readings, checks)
