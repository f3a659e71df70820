# refused: the thread started in __init__ reads the global the instance is bound to (NameError in
# CPython when it runs before __init__ returns), so the rest cannot run after the binding
import threading

seen = []


class Service:
    def __init__(self):
        self.ready = True
        self.worker = threading.Thread(target=peek)
        self.worker.start()


def peek():
    try:
        seen.append(svc.ready)
    except NameError:
        seen.append("unbound")


svc = Service()
svc.worker.join()
print(seen)
