# Barrier.wait() returns each thread's arrival index; the thread that gets 0 records itself
import threading

barrier = threading.Barrier(3)
leader = ""
indices = []
lock = threading.Lock()


def party(name):
    global leader
    i = barrier.wait()
    with lock:
        indices.append(i)
    if i == 0:
        leader = name


ts = [threading.Thread(target=party, args=(n,)) for n in ("x", "y", "z")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), leader)
