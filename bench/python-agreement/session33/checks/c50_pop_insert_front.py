import threading
import time

line = ["a", "b"]
log = []


def vip():
    line.insert(0, "vip")


def clerk():
    for _ in range(2):
        time.sleep(0)
        log.append(line.pop(0))


threads = [threading.Thread(target=clerk), threading.Thread(target=vip)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log, line)
