import threading
import time

flag = 0
seen = -1


def crunch():
    global flag
    total = 0
    for i in range(150_000):
        total += i
    flag = 1


def watcher():
    global seen
    time.sleep(0.03)
    seen = flag


threads = [threading.Thread(target=crunch), threading.Thread(target=watcher)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
