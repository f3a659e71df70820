"""A thread starts two workers and appends them to a module list; main joins the starter, then each worker."""
import threading

workers = []
count = 0
lock = threading.Lock()


def work():
    global count
    with lock:
        count += 1


def starter():
    for _ in range(2):
        t = threading.Thread(target=work)
        workers.append(t)
        t.start()


s = threading.Thread(target=starter)
s.start()
s.join()
for t in workers:
    t.join()
print(count)
