import threading

N = 3
barrier = threading.Barrier(N)
phase_one = [0] * N
phase_two = [0] * N


def worker(idx):
    phase_one[idx] = idx + 1
    barrier.wait()
    # every worker sees all of phase one here
    phase_two[idx] = sum(phase_one)


workers = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(phase_one, phase_two)
