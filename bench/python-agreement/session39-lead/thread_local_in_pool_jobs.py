# Silent until session 39: a threading.local() attribute in the jobs of a one-worker pool. CPython: counts
# [1, 2, 3] (the worker keeps its copy from job to job); weft (start binary): [1, 1, 1] under "complete".
# Refused now at the attribute (translate/shared_thread_locals.rs).
from concurrent.futures import ThreadPoolExecutor
import threading
seen = []
local = threading.local()
def work(n):
    if not hasattr(local, "count"):
        local.count = 0
    local.count += 1
    seen.append((n, local.count))
    return local.count
with ThreadPoolExecutor(max_workers=1) as ex:
    counts = list(ex.map(work, range(3)))
print(counts, sorted(seen))
