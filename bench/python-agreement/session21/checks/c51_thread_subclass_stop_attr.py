# a Thread subclass that names an attribute _stop breaks join() in CPython 3.11 (TypeError)
import threading


class Worker(threading.Thread):
    def __init__(self):
        super().__init__()
        self._stop = threading.Event()
        self.count = 0

    def run(self):
        self.count = 1


w = Worker()
w.start()
w.join()
finished = 1
print("joined", w.count)
