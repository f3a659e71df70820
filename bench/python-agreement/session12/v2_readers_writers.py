import threading
readers = 0
data = 0
mutex = threading.Lock()
write_lock = threading.Lock()
snapshots = []
def reader():
    global readers
    with mutex:
        readers += 1
        if readers == 1:
            write_lock.acquire()
    snapshots.append(data)
    with mutex:
        readers -= 1
        if readers == 0:
            write_lock.release()
def writer():
    global data
    with write_lock:
        data += 1
ts = [threading.Thread(target=reader), threading.Thread(target=writer), threading.Thread(target=reader)]
for t in ts: t.start()
for t in ts: t.join()
print(data, sorted(snapshots))
