# check: executor.map re-raises a job's exception when the loop reaches its result; earlier results are kept
from concurrent.futures import ThreadPoolExecutor

collected = []
failed = 0


def check(n):
    if n == 2:
        raise ValueError("bad item")
    return n * 10


with ThreadPoolExecutor(max_workers=2) as ex:
    try:
        for r in ex.map(check, [1, 2, 3]):
            collected.append(r)
    except ValueError:
        failed = 1
print(collected, failed)
