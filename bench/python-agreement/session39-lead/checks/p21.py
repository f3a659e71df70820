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
