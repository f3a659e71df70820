from concurrent.futures import ThreadPoolExecutor

log = []


def parse(text):
    if text.endswith("%"):
        return int(text[:-1]) / 100
    return int(text)


def job(text):
    log.append(str(parse(text)))
    return len(text)


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, t) for t in ("50%", "x%", "3")]
for f in futures:
    if f.exception() is not None:
        log.append("failed")
print(sorted(log))
