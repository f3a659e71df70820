import threading
import time

log = []


def bad():
    raise RuntimeError("boom")


def good():
    time.sleep(0.01)
    log.append("good done")


threads = [threading.Thread(target=bad), threading.Thread(target=good)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append("main done")
print(log)
