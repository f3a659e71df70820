"""A done callback logs `f"failed:{fut.exception()}"` or the result; the exception's text read inside
an f-string (hoisted to a line of its own by weft)."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

log: list[str] = []
log_lock = threading.Lock()


def on_done(fut) -> None:
    with log_lock:
        if fut.exception() is not None:
            log.append(f"failed:{fut.exception()}")
        else:
            log.append(f"done:{fut.result()}")


def job(n: int) -> int:
    time.sleep(0.002 * n)
    if n % 2 == 0:
        raise ValueError(f"even {n}")
    return n * 10


with ThreadPoolExecutor(max_workers=2) as pool:
    for n in (1, 2, 3, 4):
        pool.submit(job, n).add_done_callback(on_done)
print(sorted(log))
assert sorted(log) == ["done:10", "done:30", "failed:even 2", "failed:even 4"]
