# BUG: lost update: page-view counters are incremented from pool tasks without a lock; the read and the
# write of `views[page]` are separate steps, so two tasks can overwrite each other's increment.
from concurrent.futures import ThreadPoolExecutor, wait

views = {"/": 0, "/docs": 0}
requests = ["/", "/docs", "/", "/", "/docs", "/"]


def record(page):
    current = views[page]
    normalized = page.strip("/") or "index"
    views[page] = current + 1
    return normalized


executor = ThreadPoolExecutor(max_workers=3)
futures = [executor.submit(record, page) for page in requests]
wait(futures)
executor.shutdown()
names = sorted(set([f.result() for f in futures]))
print("views", views, "expected", {p: requests.count(p) for p in views})
print("names", names)
print("lost", len(requests) - sum(views.values()))
