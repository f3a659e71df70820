# check: walking a shared dict filled by threads: items(), keys in insertion order, max by value
import threading

scores = {}
lock = threading.Lock()


def record(name, points):
    with lock:
        scores[name] = scores.get(name, 0) + points


t = threading.Thread(target=record, args=("zed", 3))
t.start()
t.join()
u = threading.Thread(target=record, args=("amy", 7))
u.start()
u.join()
record("zed", 5)
lines = []
for name, points in scores.items():
    lines.append(f"{name}={points}")
report = ";".join(lines)
best = max(scores, key=scores.get)
total = sum(scores.values())
print(report, best, total)
