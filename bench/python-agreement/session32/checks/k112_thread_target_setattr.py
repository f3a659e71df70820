# setattr as a Thread's target.
import threading


class Flags:
    def __init__(self):
        self.ready = 0


flags = Flags()
t = threading.Thread(target=setattr, args=(flags, "ready", 1))
t.start()
t.join()
print(flags.ready)
