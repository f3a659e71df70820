# check: a job's exception is kept by its future; result() raises it; the exception's args are its message
from concurrent.futures import ThreadPoolExecutor

caught = []


def job(n):
    if n == 2:
        raise ValueError("two")
    return n * 2


with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(job, n) for n in range(4)]
for f in futures:
    try:
        caught.append(f.result())
    except ValueError as e:
        caught.append(str(e))
