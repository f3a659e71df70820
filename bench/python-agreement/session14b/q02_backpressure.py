# Expected: a bounded Queue(maxsize=2) throttles the producer; the daemon consumer handles all 6 (id, size) tuples before q.join() returns (no bug).
import queue
import threading
import time

q = queue.Queue(maxsize=2)
processed = 0
bytes_seen = 0
max_backlog = 0


def consumer():
    global processed, bytes_seen
    while True:
        job_id, size = q.get()
        try:
            time.sleep(0.002)
            bytes_seen += size
            processed += 1
        finally:
            q.task_done()


threading.Thread(target=consumer, daemon=True).start()
for job_id in range(6):
    q.put((job_id, job_id * 10))
    max_backlog = max(max_backlog, q.qsize())
q.join()
print("processed", processed, "bytes", bytes_seen, "max backlog", max_backlog)
