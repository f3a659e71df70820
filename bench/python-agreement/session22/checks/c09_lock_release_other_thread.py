import threading

gate = threading.Lock()
order = []


def opener():
    order.append("open")
    gate.release()  # a plain Lock may be released by any thread


gate.acquire()
t = threading.Thread(target=opener)
t.start()
gate.acquire()
order.append("passed")
t.join()
print(order)
