# default thread names are "Thread-N (target)"; current_thread().name inside the thread
import threading

names = []
lock = threading.Lock()


def worker():
    with lock:
        names.append(threading.current_thread().name)


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
    t.join()
named = threading.Thread(target=worker, name="custom")
named.start()
named.join()
print(names)
