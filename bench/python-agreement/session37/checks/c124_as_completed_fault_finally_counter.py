from concurrent.futures import ThreadPoolExecutor, as_completed

done_count = [0]
log = []


def job(key):
    table = {"a": 1}
    try:
        return table[key]
    finally:
        done_count[0] += 1


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("a", "b")]
    for f in as_completed(futures):
        log.append("failed" if f.exception() else f.result())
log.append(done_count[0])
print(sorted(log, key=str))
