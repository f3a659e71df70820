import threading

log = []
rounds = [0]


def on_phase():
    rounds[0] += 1


barrier = threading.Barrier(2, action=on_phase)


def runner(name, phases):
    for p in range(phases):
        try:
            barrier.wait(timeout=0.05)
            log.append(f"{name} phase {p}")
        except threading.BrokenBarrierError:
            log.append(f"{name} broken")
            return
    if name == "a":
        barrier.abort()


threads = [threading.Thread(target=runner, args=a) for a in (("a", 2), ("b", 3))]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(rounds[0])
print(sorted(log, key=str))
