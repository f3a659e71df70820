"""A pool job that calls a checker as a statement; the checker's return raises ValueError."""
from concurrent.futures import ThreadPoolExecutor

results = []


def check(text):
    return int(text)


def job(text):
    check(text)
    return len(text)


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, t) for t in ("42", "4x2")]
for f in futures:
    try:
        results.append(f.result())
    except ValueError:
        results.append("bad")
print(results)
