# weft-start: imports, then every run faults at weft's limit ("a sleep of the float 1.2 times 1ms is Python's,
# not weft's yet: weft sleeps a float number of seconds ... not a product of one"); explore: 1 outcome, fault,
# "incomplete". CPython 3.11: done=[12] on every run. `time.sleep(0.001 * size)`, `size / 10000` and
# `0.0001 * size` run; only the product divided again (`0.001 * size / 10`) of a run-time value faults.
# The same fault (weft-start, every run): `size / 10 * 0.001`, `0.01 * size * 0.1` ("the float 12.0 times
# 1ms": a whole number too), `size * 0.5 / 1000`, `DELAY * size / 2` (DELAY a module float), `size / 1000 / 2`:
# the import writes the sleep as `io (EXPR) x 1ms` with the second scaling folded into EXPR, whose value
# is then a float. Run: `(size + 1) / 1000`, `DELAY * size`, `min(0.005, size / 1000)`, `0.002 * (size // 4)`.
# `await asyncio.sleep(size / 1000 / 2)` and `(0.001 * size / 10)` fault the same way.
# Found in f03_as_completed_downloads.py line 13 (`time.sleep(0.001 * max(size, 1) / 10)`).
import threading
import time

SIZES = {"a": 12}
done = []


def work(name):
    size = SIZES[name]
    time.sleep(0.001 * size / 10)
    done.append(size)


t = threading.Thread(target=work, args=("a",))
t.start()
t.join()
print(done)
