import threading

signal = threading.Semaphore(0)
order = []


def waiter(name):
    signal.acquire()
    order.append(name)


threads = [threading.Thread(target=waiter, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
signal.release()
signal.release()
for t in threads:
    t.join()
print(sorted(order))
