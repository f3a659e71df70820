# check: an attribute first set by a method another thread calls later: read before it exists
import threading
import time

out = []


class Job:
    def __init__(self):
        self.name = "j"

    def finish(self):
        time.sleep(0.005)
        self.result = 42


job = Job()
t = threading.Thread(target=job.finish)
t.start()
out.append(job.result)
t.join()
print(out)
