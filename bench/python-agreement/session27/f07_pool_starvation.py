# BUG: deadlock: a task on a one-worker pool waits for a subtask it submitted to the same pool
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout

pool = ThreadPoolExecutor(max_workers=1)
report: dict[str, int] = {}


def load_part(n: int) -> int:
    return n * 10


def load_report() -> int:
    part = pool.submit(load_part, 4)
    try:
        return part.result(timeout=0.5) + 1
    except FuturesTimeout:
        raise AssertionError("pool starvation: the subtask never ran") from None


outer = pool.submit(load_report)
report["value"] = outer.result()
pool.shutdown()
print(report)
