# setting self.name before Thread.__init__ fails in CPython (the name property asserts the thread is initialised)
import threading

total = 0


class Job(threading.Thread):
    def __init__(self, label, amount):
        self.name = label
        super().__init__()
        self.amount = amount

    def run(self):
        global total
        total += self.amount


job = Job("job-1", 5)
job.start()
job.join()
print(total)
