# check: class attribute counter incremented through the class
import threading

class Job:
    count = 0

    def __init__(self, name):
        self.name = name
        Job.count += 1


a = 0


def work():
    global a
    Job("a")
    Job("b")
    j = Job("c")
    j.count = 100
    a = Job.count * 1000 + j.count


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
