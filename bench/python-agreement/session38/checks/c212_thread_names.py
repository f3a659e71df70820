# Thread(name=...) and current_thread().name inside the thread.
import threading

log = []
lock = threading.Lock()


def work():
    with lock:
        log.append(threading.current_thread().name)


threads = [threading.Thread(target=work, name=f"worker-{i}") for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
