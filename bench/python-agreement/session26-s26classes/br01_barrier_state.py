# a barrier's parties and broken flag read after the phases (never broken: no time-outs, no abort)
import threading

barrier = threading.Barrier(3)
arrivals = []


def worker(index):
    for phase in range(2):
        arrivals.append((phase, index))
        barrier.wait()


threads = [threading.Thread(target=worker, args=(i,)) for i in range(barrier.parties)]
for t in threads:
    t.start()
for t in threads:
    t.join()
broken = barrier.broken
label = f"parties={barrier.parties} broken={broken}"
print(label, len(arrivals))
