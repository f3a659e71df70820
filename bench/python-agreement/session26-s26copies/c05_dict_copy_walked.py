# BUG: a copy of a dict taken before the workers finish: the report misses late entries.
import threading
import time

results = {}


def work(name, delay):
    time.sleep(delay)
    results[name] = len(name)


threads = [threading.Thread(target=work, args=(n, d)) for n, d in (("alpha", 0.001), ("be", 0.002))]
for t in threads:
    t.start()
threads[0].join()
report = dict(results)
total = 0
for name in sorted(report):
    total += report[name]
for t in threads:
    t.join()
print(sorted(report), total)
assert total == 7, "the report was copied before every worker finished"
