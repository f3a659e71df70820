# ordered
# join(timeout) returns while the thread is still alive; is_alive() says so.
import threading
import time

log = []


def slow():
    time.sleep(0.1)
    log.append("slow done")


t = threading.Thread(target=slow)
t.start()
t.join(timeout=0.01)
log.append(t.is_alive())
t.join()
log.append(t.is_alive())
print(log)
