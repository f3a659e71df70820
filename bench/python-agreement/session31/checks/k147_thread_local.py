# threading.local(): each thread sees its own attribute; the totals they report are their own
import threading

local = threading.local()
reports = {}
lock = threading.Lock()


def worker(name, n):
    local.count = 0
    for _ in range(n):
        local.count += 1
    with lock:
        reports[name] = local.count


ts = [threading.Thread(target=worker, args=(f"t{i}", i + 1)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(dict(sorted(reports.items())))
