# repro: when iterating Executor.map raises (a job's exception), map's generator cancels every future
# not yet taken (concurrent/futures/_base.py, Executor.map: `finally: for future in fs: future.cancel()`,
# and _result_or_cancel), so those jobs never run. CPython 3.11: ran=[0] (10 of 10); weft: ran=[0, 1, 2, 3]
# only, "complete".
import time
from concurrent.futures import ThreadPoolExecutor

ran = []
errors = 0


def job(n):
    ran.append(n)
    if n == 0:
        raise ValueError("first fails")
    time.sleep(0.01)
    return n


with ThreadPoolExecutor(max_workers=1) as ex:
    try:
        for v in ex.map(job, [0, 1, 2, 3]):
            pass
    except ValueError:
        errors += 1
