# a subclass that keeps its own self._args before Thread.__init__ resets it to ()
import threading

got = []


class Worker(threading.Thread):
    def __init__(self, *args):
        self._args = args
        super().__init__()

    def run(self):
        got.append(len(self._args))


w = Worker(1, 2, 3)
w.start()
w.join()
print(got)
