# a generator reads the shared sensor at each next(), not when it is made
import threading
import time

sensor = 0
seen = []


def readings(n):
    for _ in range(n):
        yield sensor


def consumer():
    for r in readings(3):
        seen.append(r)
        time.sleep(0.003)


def updater():
    global sensor
    for v in (1, 2):
        time.sleep(0.002)
        sensor = v


ts = [threading.Thread(target=consumer), threading.Thread(target=updater)]
for t in ts:
    t.start()
for t in ts:
    t.join()
last = seen[-1]
print(seen, last)
