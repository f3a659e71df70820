import sys, threading
sys.setswitchinterval(1e-6)
counter = 0
def inc():
    global counter
    for _ in range(1000):
        counter += 1
ts = [threading.Thread(target=inc) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
