import threading
lock = threading.Lock()
counter = 0
def work():
    global counter
    for _ in range(3):
        lock.acquire()
        try:
            counter += 1
        finally:
            lock.release()
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
