import threading
import time

log = []


def late():
    time.sleep(0.005)
    log.append("late")


threading.Thread(target=late).start()
log.append("main end")
print(log)  # ordered
