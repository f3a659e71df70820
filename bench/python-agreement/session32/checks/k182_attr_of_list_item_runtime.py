# lamps[i].on = 1 with i known only at run time (from a queue).
import queue
import threading


class Lamp:
    def __init__(self):
        self.on = 0


lamps = [Lamp(), Lamp()]
q = queue.Queue()


def work():
    i = q.get()
    lamps[i].on = 1


t = threading.Thread(target=work)
t.start()
q.put(1)
t.join()
a = lamps[0].on
b = lamps[1].on
print(a, b)
