# check: a Thread subclass whose run() raises after partial work: the work done stays, main goes on
import threading


class Loader(threading.Thread):
    def __init__(self):
        super().__init__()
        self.loaded = 0

    def run(self):
        for i in range(5):
            if i == 3:
                raise IOError("disk")
            self.loaded += 1


w = Loader()
w.start()
w.join()
count = w.loaded
