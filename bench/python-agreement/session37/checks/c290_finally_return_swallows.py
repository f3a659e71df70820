from concurrent.futures import ThreadPoolExecutor

log = []


def job(text):
    try:
        return int(text)
    finally:
        return -1


with ThreadPoolExecutor(max_workers=1) as pool:
    futures = [pool.submit(job, t) for t in ("x", "4")]
for f in futures:
    log.append("failed" if f.exception() is not None else f.result())
print(log)  # ordered
