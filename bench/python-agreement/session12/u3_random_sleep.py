import random, threading, time
done = 0
lock = threading.Lock()
def w():
    global done
    time.sleep(random.random() / 100)
    with lock:
        done += 1
ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(done)
