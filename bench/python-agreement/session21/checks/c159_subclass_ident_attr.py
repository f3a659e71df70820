# Thread.ident is a read-only property: a subclass that assigns self.ident fails (AttributeError)
import threading

seen = []


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.ident = n

    def run(self):
        seen.append(1)


w = Worker(7)
w.start()
w.join()
print(seen)
