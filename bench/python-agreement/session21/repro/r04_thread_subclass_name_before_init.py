# CPython: the `name` property asserts Thread.__init__ ran: AssertionError in main, status assertion_failed.
# weft explore says "complete", one outcome: ok total=5.
import threading

total = 0


class Job(threading.Thread):
    def __init__(self):
        self.name = "job"
        super().__init__()

    def run(self):
        global total
        total = 5


j = Job()
j.start()
j.join()
