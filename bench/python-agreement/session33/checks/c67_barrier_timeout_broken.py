import threading

barrier = threading.Barrier(3, timeout=0.02)
outcomes = []


def party(name):
    try:
        barrier.wait()
        outcomes.append((name, "passed"))
    except threading.BrokenBarrierError:
        outcomes.append((name, "broken"))


threads = [threading.Thread(target=party, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(outcomes), barrier.broken)
