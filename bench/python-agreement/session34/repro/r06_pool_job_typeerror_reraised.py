# SILENT: weft-start: explore "complete: these are all the outcomes" lists only `fault` outcomes ("TypeError
# ... raised by `check-1#1`, raised again by `result` and not caught", at the `with` line); CPython 3.11:
# alerts=['s3'], exit status 0, on every run. CPython's `with ThreadPoolExecutor(...)` exit is
# `shutdown(wait=True)`: it waits for the jobs and never raises their exceptions; a job's exception stays
# in its future, which nobody reads. The import's wait at the `with`'s end catches `Exception` only for a
# job it knows may raise (an explicit `raise`, a KeyError of `d[k]`, a ZeroDivisionError of `a // b`:
# those agree); a TypeError of an operation on None (`value > 25`, `-n`, `abs(n)`, `max(n, 3)`) or of
# `1 < "a"` is not foreseen, so the wait re-raises it in main. `n + 1` of None is refused at import.
# Also not foreseen (each a job `v = EXPR` submitted twice, fire-and-forget; CPython ok, weft only faults,
# "complete"): `ITEMS[5]` (IndexError), `float("x1")`, `"ab".index("z")`, `chr(-1)` (ValueError),
# `len(5)`, `"s" + 1` (TypeError), `(1).upper()` (AttributeError). Foreseen (agree): `int("x1")`,
# `ITEMS.index(7)`, `D["zz"]`, `divmod(10, 0)`, `10 % 0`, `min(ITEMS[5:])`, `sorted([1, "a"])`.
# `round("x")` there is weft's own "does not load" (`round` of a string).
# The same at `concurrent.futures.wait(futures)` and at `pool.shutdown()` of a pool made by hand (both
# never raise in CPython), and at the `with`'s end after `pool.map(job, [0, 5, 1])` whose results nobody
# reads (`ITEMS[5]`). An asyncio task that raises so (awaited by `asyncio.wait`, or in a
# `gather(return_exceptions=True)`) and a done callback that raises so agree.
# A done callback reading `future.exception()` (`pool.submit(check, i).add_done_callback(on_done)`):
# 24 schedules, all `fault`, "complete"; CPython `1 1`. (`await loop.run_in_executor(pool, ...)` in a
# `try`/`except TypeError` and `asyncio.to_thread` agree.)
# multiprocessing.Pool too: `results = [pool.apply_async(check, (v,)) for v in (21, None, 30)]`,
# `pool.close()`, `pool.join()` inside `with Pool(2)`, no `get`: every outcome `fault` at the `with`
# line, "complete"; CPython prints `closed`. With an explicit `raise` in the job: agrees.
# Where (read, not fixed): translate.rs translate_passes makes the waits catch `Exception` when a job has
# a `raise` or when exceptions.rs `jobs_may_fault` finds a fault class in a job's steps; `fault_classes`
# over `shared_maps` counts a missing key of a shared dict (and index of a `lists:` list) and a few
# others, not a fixed list's index (SharedInit::Array, which `shared_containers` has for coroutines) nor
# the TypeError/ValueError/AttributeError the engine raises on operations.
# Found by checks/fuzz (p279, p470, p859: a pool job given None).
from concurrent.futures import ThreadPoolExecutor

READINGS = {"s1": 21, "s2": None, "s3": 30}
alerts = []


def check(sensor):
    value = READINGS[sensor]
    if value > 25:
        alerts.append(sensor)


with ThreadPoolExecutor(max_workers=2) as pool:
    for sensor in ["s1", "s2", "s3"]:
        pool.submit(check, sensor)
print(alerts)
