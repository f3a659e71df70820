"""nested_finally in a job run by pool_submit, failing by op_int."""
from concurrent.futures import ThreadPoolExecutor

TABLE = {"a": 1}
log = []


def fail(key):
    if key == "zz":
        raise KeyError(key)
    return 1


def job(key):
    try:
        try:
            log.append(int("1" if key == "a" else key))
        finally:
            log.append(f"inner {key}")
    finally:
        log.append(f"end {key}")

with ThreadPoolExecutor(max_workers=1) as pool:
    futures = [pool.submit(job, k) for k in ("zz", "a")]
for f in futures:
    log.append("failed" if f.exception() is not None else "ok")
print(sorted(log, key=str))
