# `in` over a list of instances whose class defines __eq__ by id field.
import threading


class Job:
    def __init__(self, jid):
        self.jid = jid

    def __eq__(self, other):
        return isinstance(other, Job) and self.jid == other.jid


pending = [Job(1), Job(2)]
found = -1


def work():
    global found
    found = 1 if Job(2) in pending else 0


t = threading.Thread(target=work)
t.start()
t.join()
print(found)
