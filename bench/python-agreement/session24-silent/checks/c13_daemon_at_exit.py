import threading
import time

log = []


def background():
    time.sleep(0.05)
    log.append("late")


t = threading.Thread(target=background, daemon=True)
t.start()
log.append("main done")
print(log)
