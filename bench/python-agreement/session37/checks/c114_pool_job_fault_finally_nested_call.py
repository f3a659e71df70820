from concurrent.futures import ThreadPoolExecutor

log = []


def parse(text):
    return int(text)


def job(text):
    try:
        return parse(text) * 2
    finally:
        log.append(f"end {text}")


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, t) for t in ("x", "4")]
for f in futures:
    log.append("failed" if f.exception() is not None else f.result())
print(sorted(log, key=str))
