# A load balancer picks a backend with random.choice; the final counts depend on the picks.
import random
import threading

log = []
hits = {"a": 0, "b": 0}
lock = threading.Lock()


def client():
    backend = random.choice(["a", "b"])
    with lock:
        hits[backend] += 1


threads = [threading.Thread(target=client) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(hits["a"])
log.append(hits["b"])
print(log)
