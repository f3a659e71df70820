# Check: threads append to a module string with `log += ...` after a pause: a lost update. Bug: lost update on a string.
import threading
import time

log = ""


def write(tag):
    global log
    current = log
    time.sleep(0.002)
    log = current + tag


ts = [threading.Thread(target=write, args=(t,)) for t in "xyz"]
for t in ts:
    t.start()
for t in ts:
    t.join()
n = len(log)
print(f"log={log} n={n}")
