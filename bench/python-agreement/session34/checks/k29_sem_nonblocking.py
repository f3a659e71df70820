# Semaphore.acquire(blocking=False) by three threads on a Semaphore(2) nobody releases early.
import threading

sem = threading.Semaphore(2)
wins = 0
losses = 0
count_lock = threading.Lock()
start = threading.Barrier(3)


def try_enter():
    global wins, losses
    start.wait()
    ok = sem.acquire(blocking=False)
    with count_lock:
        if ok:
            wins += 1
        else:
            losses += 1


threads = [threading.Thread(target=try_enter) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(wins, losses)
