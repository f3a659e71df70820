"""A pool job whose body calls check(text) as a statement; check's return int(text) sits in an if."""
from concurrent.futures import ThreadPoolExecutor

results = []


def check(text):
    if len(text) > 0:
        return int(text)
    return 0


def job(text):
    check(text)
    return "valid"


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, t) for t in ("12", "1x")]
for f in futures:
    try:
        results.append(f.result())
    except ValueError:
        results.append("invalid")
print(results)
