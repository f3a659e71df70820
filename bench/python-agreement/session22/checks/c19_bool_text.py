import threading

ev = threading.Event()
lock = threading.Lock()
texts = []


def worker():
    got = ev.wait(0.01)
    texts.append(f"event {got}")
    texts.append("lock " + str(lock.acquire(blocking=False)))
    flag = 3 > 2
    texts.append(f"{flag}")
    texts.append(str(ev.is_set()))


t = threading.Thread(target=worker)
t.start()
t.join()
print(texts)
