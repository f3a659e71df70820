# setattr(self, name, value) inside a method, the common "apply settings" loop.
import threading


class Worker:
    def __init__(self):
        self.speed = 1
        self.limit = 1

    def configure(self):
        for name, value in (("speed", 3), ("limit", 9)):
            setattr(self, name, value)


w = Worker()
t = threading.Thread(target=w.configure)
t.start()
t.join()
print(w.speed, w.limit)
