"""Four workers, at most two at a time (a Semaphore), meet at a Barrier first; the peak is checked."""
import threading
import time

slots = threading.Semaphore(2)
start_line = threading.Barrier(4)
guard = threading.Lock()
active = 0
peak = 0


def work():
    global active, peak
    start_line.wait()
    with slots:
        with guard:
            active += 1
            peak = max(peak, active)
        time.sleep(0.02)
        with guard:
            active -= 1


workers = [threading.Thread(target=work) for _ in range(4)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
assert peak <= 2
print("peak:", peak)
