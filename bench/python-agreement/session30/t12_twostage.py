# BUG: atomicity violation (SCTBench twostage): stage one and stage two are guarded by different locks, so a reader can see stage one done and stage two stale
import threading

data1 = 0
data2 = 0
lock1 = threading.Lock()
lock2 = threading.Lock()
bad_reads = []


def writer(value):
    global data1, data2
    with lock1:
        data1 = value
    # the lock is dropped between the two stages
    with lock2:
        data2 = data1 + 1


def reader():
    with lock1:
        first = data1
    if first == 0:
        return
    with lock2:
        second = data2
    if second != first + 1:
        bad_reads.append((first, second))


threads = [threading.Thread(target=writer, args=(1,)), threading.Thread(target=reader), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("data:", data1, data2, "bad reads:", len(bad_reads))
