# A thread-pool job whose operation raises (`int("x")`: ValueError) inside `try:`/`finally:`; the
# `finally` appends to a log, main reads the future's result in a `try`.
# CPython 3.11.7: ['ValueError', 'end bad'] every run. weft (start binary): ['ValueError'] alone
# under "complete": the job's `finally` never runs when the fault is the engine's (an explicit
# `raise ValueError(...)` in the same place runs it, and so does a thread's job).
from concurrent.futures import ThreadPoolExecutor

log = []


def job(text):
    try:
        return int(text)
    finally:
        log.append("end bad")


with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(job, "x")
    try:
        log.append(future.result())
    except ValueError as e:
        log.append(type(e).__name__)
print(sorted(log))
