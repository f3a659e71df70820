# ordered
# sorted(..., key=, reverse=True) keeps equal keys in their original order (stable), not reversed.
import threading

log = []
scores = {}
lock = threading.Lock()


def judge(entries):
    for name, points in entries:
        with lock:
            scores[name] = points


t = threading.Thread(target=judge, args=([("ann", 2), ("bob", 5), ("cy", 2), ("dee", 5), ("eve", 1)],))
t.start()
t.join()
for name, points in sorted(scores.items(), key=lambda kv: kv[1], reverse=True):
    log.append(name)
print(log)
