import threading

ready = threading.Semaphore(0)
log: list[int] = []


def producer() -> None:
    for i in range(3):
        log.append(i)
        ready.release()


def consumer() -> None:
    for _ in range(3):
        ready.acquire()
        log.append(10 + len(log))


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
size = len(log)
print(log)
