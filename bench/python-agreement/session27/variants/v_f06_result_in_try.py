"""add_done_callback collects results under a lock; wait(return_when=FIRST_EXCEPTION) stops at the first failure."""
import threading
import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

log: list[str] = []
log_lock = threading.Lock()


def on_done(fut) -> None:
    with log_lock:
        try:
            log.append(f"done:{fut.result()}")
        except RuntimeError as exc:
            log.append(f"failed:{exc}")


def job(n: int) -> int:
    time.sleep(0.01 * n)
    if n == 2:
        raise RuntimeError("disk full")
    return n * n


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = []
    for n in (1, 2, 5):
        f = pool.submit(job, n)
        f.add_done_callback(on_done)
        futures.append(f)
    done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
    first_batch = len(done)
    still_running = len(not_done)
print(f"first_batch={first_batch} still_running={still_running}", sorted(log))
assert first_batch == 2 and still_running == 1
assert sorted(log) == ["done:1", "done:25", "failed:disk full"]
