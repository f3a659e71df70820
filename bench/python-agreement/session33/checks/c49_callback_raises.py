from concurrent.futures import ThreadPoolExecutor

log = []


def job(n):
    return n * 10


def fragile(fut):
    value = fut.result()
    if value == 10:
        raise RuntimeError("boom")
    log.append(value)


with ThreadPoolExecutor(max_workers=1) as pool:
    for n in (1, 2, 3):
        pool.submit(job, n).add_done_callback(fragile)
print(sorted(log))
