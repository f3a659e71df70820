# A thread target's guard clause whose `if` the import decides (each thread's argument is known at
# import time), with statements after it: the taken `return` ends that thread's program.
import threading

log = []
lock = threading.Lock()


def worker(name, limit):
    if name == "admin":
        log.append("skip")
        return
    if limit > 1:
        with lock:
            log.append(name + "!")
        return
    log.append(name)


threads = [threading.Thread(target=worker, args=(n, k)) for n, k in (("ann", 1), ("admin", 5), ("bob", 2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
