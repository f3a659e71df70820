import threading

barrier = threading.Barrier(3, timeout=0.02)
log = []


def party(name):
    try:
        barrier.wait()
        log.append(f"{name} passed")
    except threading.BrokenBarrierError:
        log.append(f"{name} broken")


threads = [threading.Thread(target=party, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(barrier.broken)
print(sorted(log, key=str))
