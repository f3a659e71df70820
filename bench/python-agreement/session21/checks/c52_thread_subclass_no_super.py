# a Thread subclass whose __init__ does not call Thread.__init__ cannot start (RuntimeError)
import threading

ran = 0


class Worker(threading.Thread):
    def __init__(self, n):
        self.n = n

    def run(self):
        global ran
        ran = self.n


w = Worker(5)
w.start()
w.join()
print(ran)
