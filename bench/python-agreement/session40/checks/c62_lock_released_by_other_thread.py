# Check: a plain Lock may be released by a thread that did not acquire it (a one-shot signal). Bug: none (legal, unusual).
import threading

gate = threading.Lock()
gate.acquire()
order = []


def opener():
    order.append("open")
    gate.release()


def passer():
    gate.acquire()
    order.append("pass")
    gate.release()


p = threading.Thread(target=passer)
o = threading.Thread(target=opener)
p.start()
o.start()
p.join()
o.join()
print(f"order={order}")
