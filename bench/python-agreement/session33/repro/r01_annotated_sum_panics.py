# weft import panics ("the import failed (a bug in weft import)", BTreeMap "range start is greater than
# range end" in Translator::statement under looped_sum) on a sum over a generator of more than 1,000
# items with a cost annotation. range(1000) imports; range(1001) with `cpu 1ms` and range(2000) with
# `cpu 2ms` panic. From timing/tm04_pool_sleep_cpu.py.
# CPython 3.11: prints 500500 (and runs in well under a second).
# weft-start: import panics.
total = sum(i for i in range(1001))  # weft: cpu 1ms
print(total)
