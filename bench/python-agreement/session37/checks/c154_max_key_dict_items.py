import threading

latency = {}
log = []


def probe(host, ms):
    latency[host] = ms


threads = [threading.Thread(target=probe, args=a) for a in (("a", 30), ("b", 10), ("c", 30))]
for t in threads:
    t.start()
for t in threads:
    t.join()
worst_host, worst_ms = max(latency.items(), key=lambda kv: kv[1])
best = min(latency, key=latency.get)
log.append(worst_host)
log.append(worst_ms)
log.append(best)
print(log)  # ordered
