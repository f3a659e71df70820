# BUG: order violation: result() can return before the done-callback that records the value has run.
import threading
from concurrent.futures import ThreadPoolExecutor

recorded: dict[int, int] = {}
missing = 0


def square(n: int) -> int:
    return n * n


def make_recorder(key: int):
    def record(future) -> None:
        recorded[key] = future.result()
    return record


with ThreadPoolExecutor(max_workers=2) as executor:
    for n in (2, 3):
        fut = executor.submit(square, n)
        fut.add_done_callback(make_recorder(n))
        value = fut.result()
        if recorded.get(n) != value:
            missing += 1

print(f"recorded={dict(sorted(recorded.items()))} missing={missing}")
assert missing == 0, "callback had not run when result() returned"
