import threading
counter = 0
def work():
    global counter
    for _ in range(100000):
        counter += 1
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
