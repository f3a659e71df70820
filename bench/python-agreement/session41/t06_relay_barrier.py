# bug: none
import threading
import time

N = 3
barrier = threading.Barrier(N)
lock = threading.Lock()
laps = {}
phase_order = []


def runner(name, pace):
    for lap in range(3):
        time.sleep(pace)
        with lock:
            laps[name] = laps.get(name, 0) + 1
        idx = barrier.wait()
        if idx == 0:
            with lock:
                phase_order.append(min(laps.values()))


names = ["kim", "lee", "max"]
threads = [threading.Thread(target=runner, args=(n, 0.001 * (i + 1))) for i, n in enumerate(names)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"laps={dict(sorted(laps.items()))} phases={phase_order} broken={barrier.broken}")
