import threading
barrier = threading.Barrier(3)
phase_done = [0, 0]
lock = threading.Lock()
def worker():
    for ph in range(2):
        with lock:
            phase_done[ph] += 1
        barrier.wait()
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(phase_done[0], phase_done[1])
