import threading

sem = threading.Semaphore(0)
log = []


def waiter(name):
    sem.acquire()
    log.append(name)


threads = [threading.Thread(target=waiter, args=(n,)) for n in ("a", "b", "c")]
for t in threads:
    t.start()
sem.release(2)
sem.release()
for t in threads:
    t.join()
print(sorted(log))
