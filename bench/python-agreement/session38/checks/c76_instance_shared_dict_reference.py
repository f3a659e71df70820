# ordered
# Two instances made with the same dict share it: an update through one shows in the other.
import threading

log = []


class Worker:
    def __init__(self, name, settings):
        self.name = name
        self.settings = settings


shared_settings = {"speed": 1}
w1 = Worker("w1", shared_settings)
w2 = Worker("w2", shared_settings)


def speed_up(worker):
    worker.settings["speed"] = 3


t = threading.Thread(target=speed_up, args=(w1,))
t.start()
t.join()
log.append(w2.settings["speed"])
print(log)
