# A latency log: workers serve requests, a cache hit costs 0.0 ms, a miss its fetch time in whole ms;
# served counts per worker. (Shows the r04 engine fault in a realistic program: no other float is made.)
import threading

CACHE = {"/": True, "/about": False, "/blog": True}
latencies_ms = []
served = [0, 0]
misses = 0
lock = threading.Lock()


def serve(worker_id, paths):
    global misses
    for path in paths:
        if CACHE[path]:
            cost = 0.0
        else:
            cost = 12
        with lock:
            latencies_ms.append(cost)
            served[worker_id] += 1
            if cost:
                misses += 1


threads = [threading.Thread(target=serve, args=(0, ["/", "/about"])), threading.Thread(target=serve, args=(1, ["/blog"]))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(latencies_ms), served, misses)
