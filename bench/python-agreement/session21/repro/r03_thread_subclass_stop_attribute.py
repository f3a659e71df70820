# CPython 3.11: join() calls Thread._stop(), hidden here by an Event: TypeError, status fault.
# weft explore says "complete", one outcome: ok.
import threading

done = 0


class Worker(threading.Thread):
    def __init__(self):
        super().__init__()
        self._stop = threading.Event()

    def run(self):
        global done
        done = 1


w = Worker()
w.start()
w.join()
