# Expected: every thread writes its part, waits at the barrier, then reads all parts; each total is 0+1+2 = 3.
import threading

parts = [0, 0, 0]
totals = [0, 0, 0]
barrier = threading.Barrier(3)


def worker(i):
    parts[i] = i
    barrier.wait()
    totals[i] = sum(parts)


threads = []
for i in range(3):
    t = threading.Thread(target=worker, args=(i,))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(totals)
