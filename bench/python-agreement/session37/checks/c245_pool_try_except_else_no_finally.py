from concurrent.futures import ThreadPoolExecutor

log = []


def job(text):
    try:
        value = int(text)
    except KeyError:
        return -1
    else:
        log.append(f"parsed {text}")
    return value


with ThreadPoolExecutor(max_workers=1) as pool:
    futures = [pool.submit(job, t) for t in ("x", "5")]
for f in futures:
    log.append("failed" if f.exception() is not None else f.result())
print(log)  # ordered
