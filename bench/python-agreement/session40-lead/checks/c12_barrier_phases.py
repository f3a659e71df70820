# Three workers compute in two phases separated by a barrier. No bug.
import threading

barrier = threading.Barrier(3)
phase_one = [0, 0, 0]
phase_two = [0, 0, 0]


def worker(i):
    phase_one[i] = (i + 1) * 10
    barrier.wait()
    phase_two[i] = sum(phase_one) - phase_one[i]


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(phase_one, phase_two)
