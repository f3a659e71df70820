# SCTBench twostage_bad: the reader can run between the writer's two critical sections
import threading

lock1 = threading.Lock()
lock2 = threading.Lock()
data1 = 0
data2 = 0
bad = 0


def writer():
    global data1, data2
    with lock1:
        data1 = 1
    with lock2:
        data2 = data1 + 1


def reader():
    global bad
    with lock1:
        if data1 == 0:
            return
    with lock2:
        if data2 != data1 + 1:
            bad = 1


ts = [threading.Thread(target=writer), threading.Thread(target=reader)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(bad)
