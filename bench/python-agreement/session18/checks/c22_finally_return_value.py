# A job's finally runs after its return value is computed; the counter it bumps races with main's read.
from concurrent.futures import ThreadPoolExecutor

finished = 0
snapshot = []


def job(n):
    global finished
    try:
        return n + 1
    finally:
        finished += 1


with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(job, n) for n in range(2)]
    snapshot.append(futures[0].result())
    snapshot.append(futures[1].result())
