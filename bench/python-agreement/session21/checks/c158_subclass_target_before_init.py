# self._target set before Thread.__init__ is overwritten with None by it: run() then fails (TypeError)
import threading

calls = []


def job():
    calls.append(1)


class Runner(threading.Thread):
    def __init__(self, func):
        self._target = func
        super().__init__()

    def run(self):
        self._target()


r = Runner(job)
r.start()
r.join()
print(calls)
