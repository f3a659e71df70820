# Expected: wait(..., return_when=FIRST_COMPLETED) returns as soon as the failing task raises; the slow tasks are still pending then (finished_first == 1, no bug).
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


class ValidationError(Exception):
    pass


finished_first = 0
errors = 0


def validate(n):
    if n == 0:
        time.sleep(0.005)
        raise ValidationError(f"record {n} is bad")
    time.sleep(0.05)
    return n


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(validate, n) for n in range(3)]
    done, not_done = wait(futures, return_when=FIRST_COMPLETED)
    finished_first = len(done)
    for f in done:
        if f.exception() is not None:
            errors += 1
print(f"finished_first={finished_first} errors={errors}")
