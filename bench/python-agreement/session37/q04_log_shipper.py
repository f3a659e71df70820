# A log shipper: daemon workers drain a joined queue, counting lines per level; the main thread waits on join().
import queue
import threading

LEVELS = ("INFO", "WARN", "ERROR")
lines = queue.Queue(maxsize=3)
counts = {level: 0 for level in LEVELS}
counts_lock = threading.Lock()
errors_seen = []


def shipper():
    while True:
        line = lines.get()
        try:
            level, _, message = line.partition(" ")
            with counts_lock:
                counts[level] += 1
            if level == "ERROR":
                errors_seen.append(message)
        finally:
            lines.task_done()


for _ in range(2):
    threading.Thread(target=shipper, daemon=True).start()

log = [
    "INFO started",
    "WARN disk 80%",
    "INFO request /a",
    "ERROR timeout db",
    "INFO request /b",
    "ERROR refused cache",
]
for line in log:
    lines.put(line)
lines.join()

total = sum(counts.values())
print(f"total={total} counts={counts} errors={sorted(errors_seen)}")
