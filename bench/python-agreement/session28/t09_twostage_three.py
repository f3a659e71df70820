# BUG: two-stage update (SCTBench twostage): a reader sees stage one done but stage two not yet (order violation)
import threading

data1 = 0
data2 = 0
lock1 = threading.Lock()
lock2 = threading.Lock()
bad_reads = 0


def writer() -> None:
    global data1, data2
    with lock1:
        data1 = 1
    with lock2:
        data2 = data1 + 1


def reader() -> None:
    global bad_reads
    with lock1:
        if data1 == 0:
            return
        seen1 = data1
    with lock2:
        seen2 = data2
    if seen2 != seen1 + 1:
        bad_reads += 1


threads = [threading.Thread(target=writer), threading.Thread(target=reader), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"data1={data1} data2={data2} bad_reads={bad_reads}")
assert bad_reads == 0, "a reader saw data1 without data2"
