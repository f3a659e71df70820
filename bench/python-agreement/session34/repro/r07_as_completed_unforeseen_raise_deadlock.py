# SILENT: weft-start: explore "complete: these are all the outcomes" lists one outcome, `deadlock`
# (failed=0 alerts=1); CPython 3.11: prints `1 1` (failed=1, alerts=1), exit 0, on every run.
# `as_completed` over three jobs, one of which raises a TypeError weft does not foresee (`None > 25`): the
# import's watcher for that job (`as-completed#2`) takes the job's result without a catch, ends with the
# exception instead of putting its slot on the completed queue, and main waits for ever for the third
# completion. The same program with an explicit `raise TypeError(...)` in the job (foreseen: the second
# pass catches `Exception` in the watchers) agrees: 1 outcome, failed=1 alerts=1. Same root as r06
# (exceptions.rs `jobs_may_fault` does not count the engine's TypeError/ValueError/AttributeError or a
# fixed list's IndexError), a worse symptom: a deadlock CPython never has.
# Also: `wait(futures, return_when=FIRST_EXCEPTION)` over the same jobs, then `len(done)` and a count of
# `f.exception() is not None`: weft 38 schedules, every one `fault` (done_count=0), "complete"; CPython
# `3 1`.
from concurrent.futures import ThreadPoolExecutor, as_completed

READINGS = [21, None, 30]
failed = 0
alerts = 0


def check(i):
    return READINGS[i] > 25


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(check, i) for i in range(3)]
    for f in as_completed(futures):
        if f.exception() is not None:
            failed += 1
        elif f.result():
            alerts += 1
print(failed, alerts)
