# as_completed: a job's implicit ZeroDivisionError surfaces at its f.result() in the loop
from concurrent.futures import ThreadPoolExecutor, as_completed

log = []


def divide(d):
    return 12 // d


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(divide, d) for d in (3, 0, 4)]
    for f in as_completed(futures):
        try:
            log.append(f.result())
        except ZeroDivisionError:
            log.append(-1)
total = sum(log)
print(total)
