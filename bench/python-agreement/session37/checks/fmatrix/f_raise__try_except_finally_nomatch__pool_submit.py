"""try_except_finally_nomatch in a job run by pool_submit, failing by raise."""
from concurrent.futures import ThreadPoolExecutor

TABLE = {"a": 1}
log = []


def fail(key):
    if key == "zz":
        raise KeyError(key)
    return 1


def job(key):
    try:
        log.append(fail(key))
    except IndexError:
        log.append("wrong handler")
    finally:
        log.append(f"end {key}")

with ThreadPoolExecutor(max_workers=1) as pool:
    futures = [pool.submit(job, k) for k in ("zz", "a")]
for f in futures:
    log.append("failed" if f.exception() is not None else "ok")
print(sorted(log, key=str))
