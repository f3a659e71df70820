# check: a Barrier wait with a timeout breaks the barrier for everyone
import threading

log = []
lock = threading.Lock()
barrier = threading.Barrier(3, timeout=0.02)


def party(name):
    try:
        barrier.wait()
        outcome = "passed"
    except threading.BrokenBarrierError:
        outcome = "broken"
    with lock:
        log.append(f"{name}:{outcome}")


threads = [threading.Thread(target=party, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log), barrier.broken)
