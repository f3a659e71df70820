import time
from concurrent.futures import ThreadPoolExecutor

value = 0
done_before = -1
done_after = -1


def greet(base: int, *, bonus: int = 0) -> int:
    time.sleep(0.02)
    return base + bonus


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(greet, 5, bonus=3)
    done_before = int(fut.done())
    value = fut.result()
    done_after = int(fut.done())
print(value, done_before, done_after)
assert value == 8 and done_before == 0 and done_after == 1
