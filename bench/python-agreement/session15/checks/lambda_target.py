import threading

total = 0
lock = threading.Lock()


def add(n):
    global total
    with lock:
        total += n


threads = [threading.Thread(target=lambda: add(5)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
