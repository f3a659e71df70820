# A Barrier wait with a timeout that expires breaks the barrier for everyone.
import threading

log = []
barrier = threading.Barrier(3)


def party(name):
    try:
        barrier.wait(timeout=0.05)
        log.append(f"{name} passed")
    except threading.BrokenBarrierError:
        log.append(f"{name} broken")


threads = [threading.Thread(target=party, args=(n,)) for n in ["a", "b"]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
