# CPython: start() raises RuntimeError ("thread.__init__() not called"), ran stays 0, status fault.
# weft explore says "complete", one outcome: ok ran=1.
import threading

ran = 0


class Worker(threading.Thread):
    def __init__(self):
        pass

    def run(self):
        global ran
        ran = 1


w = Worker()
w.start()
w.join()
