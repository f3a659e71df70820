"""Float totals that start at 0.0 and stay 0.0 in one thread, grow in another."""
import threading

totals = {"idle": 0.0, "busy": 0.0}
counts = {"idle": 0, "busy": 0}
lock = threading.Lock()


def record(kind, amounts):
    for a in amounts:
        with lock:
            totals[kind] += a
            counts[kind] += 1


threads = [threading.Thread(target=record, args=("idle", [0.0, 0.0])), threading.Thread(target=record, args=("busy", [0.5, 0.25]))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(totals, counts)
