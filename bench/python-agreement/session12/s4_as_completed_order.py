import time
from concurrent.futures import ThreadPoolExecutor, as_completed
order = []
def job(d):
    time.sleep(d / 100)
    return d
with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(job, d) for d in (3, 1, 2)]
    for f in as_completed(futures):
        order.append(f.result())
print(order[0], order[1], order[2])
