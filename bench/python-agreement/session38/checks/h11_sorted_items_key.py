# ordered
# Scores counted by threads, then ranked with sorted(items, key=lambda kv: (-kv[1], kv[0])).
import threading

log = []
scores = {}
lock = threading.Lock()


def judge(votes):
    for name in votes:
        with lock:
            scores[name] = scores.get(name, 0) + 1


threads = [threading.Thread(target=judge, args=(["kim", "lou", "kim"],)),
           threading.Thread(target=judge, args=(["max", "lou", "abe"],))]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name, count in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
    log.append(f"{name}={count}")
print(log)
