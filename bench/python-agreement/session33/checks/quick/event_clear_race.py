import threading
import time
ev = threading.Event()
seen = []
def waiter():
    seen.append(ev.wait(timeout=0.05))
def toggler():
    ev.set()
    ev.clear()
ts = [threading.Thread(target=waiter), threading.Thread(target=toggler)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(seen)
