# A job raises; result() re-raises in main inside try/except; exception() is not None; other jobs' results kept.
from concurrent.futures import ThreadPoolExecutor

caught = 0
values = []
kinds = []


def job(n):
    if n == 2:
        raise KeyError(n)
    return n * 10


with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(job, n) for n in range(4)]
    for f in futures:
        try:
            values.append(f.result())
        except KeyError:
            caught += 1
            kinds.append("KeyError")
