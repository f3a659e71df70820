"""Silent error: a pool job whose operation raises inside `with LOCK:` (a threading.Lock) does not keep
the exception in its future: weft ends the run in `fault` (the `with ThreadPoolExecutor`'s end raises
it in main) where CPython keeps it for `result()`, which the program catches.

CPython 3.11 (every run): log = ['caught']
weft (start binary of session 36): "complete", one outcome, `fault`, len(log)=0

Session 35's fix (translate/engine_raises.rs: a job's operation that may raise makes the waits catch)
does not reach an operation inside a `with` of a threading.Lock: the same job with the read outside the
`with`, under a `with` of a Semaphore, under `LOCK.acquire()` / `try:` / `finally: LOCK.release()`, or
with an explicit `raise` inside the `with LOCK:` agrees. checks/matrix/gen_shapes.py (results/
matrix_shapes.txt, 160 programs): the job's operation in a helper, a method or a loop agrees under all 8
ways of meeting the failure; under `with JOB_LOCK:` 16 of 40 miss under "complete" (`None > 25`,
`ROW[5]`, a missing key, `float("abc")`; `int(None)` agrees): `exception()` read after the `with`,
after `wait`, in a done callback (weft `fault`) and under `as_completed` (weft `deadlock`); there
`try: f.result() except C:` and `map` in a `try` agree, the failing read being under `if kind == "bad":`
inside the `with`, where this repro's unconditional read misses with `result()` too. The same 16 of 40
miss with a `with` of an RLock or a Condition, or with the read in a helper called inside the `with
LOCK:`; a `with` of a Semaphore agrees in all 40 (results/matrix_shapes2.txt).
Cause: the job's scenario holds `- with: { lock: LOCK, ops: [let: "value = ROW[5]"] }`, and
engine_raises.rs's `Walk::step` descends into the steps of `atomic`, `if`, `while`, `repeat`, `try` and
`put` only; a `with` map falls to the arm for "durations, waits and the rest" (`writes`), so the `ops`
inside it are never judged. A Semaphore's `with` is imported as acquire and release steps around the
body, which are walked. session35/checks/c24 is this case and still misses.
"""
import threading
from concurrent.futures import ThreadPoolExecutor

LOCK = threading.Lock()
ROW = [1, 2]
log = []


def job():
    with LOCK:
        value = ROW[5]
    return value


with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(job)
try:
    future.result()
except IndexError:
    log.append("caught")
print(log)
