import threading
from concurrent.futures import ThreadPoolExecutor

cond = threading.Condition()
TABLE = {"a": 1}
log = []


def job(key):
    try:
        with cond:
            value = TABLE[key]
            cond.notify_all()
        return value
    finally:
        log.append(f"end {key}")


with ThreadPoolExecutor(max_workers=1) as pool:
    futures = [pool.submit(job, k) for k in ("zz", "a")]
for f in futures:
    log.append("err" if f.exception() is not None else f.result())
print(sorted(log, key=str))
