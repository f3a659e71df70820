import threading
counter = 0
lock = threading.Lock()
def work():
    global counter
    for _ in range(10000):
        with lock:
            counter += 1
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
assert counter == 40000
print(counter)
