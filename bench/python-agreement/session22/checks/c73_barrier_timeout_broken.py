import threading
import time

barrier = threading.Barrier(3, timeout=0.05)
log = []
lock = threading.Lock()


def party(name, delay):
    time.sleep(delay)
    try:
        barrier.wait()
        outcome = "passed"
    except threading.BrokenBarrierError:
        outcome = "broken"
    with lock:
        log.append(f"{name} {outcome}")


threads = [threading.Thread(target=party, args=("a", 0)), threading.Thread(target=party, args=("b", 0.01))]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.sort()
broken = "n/a"
print(log, broken)
