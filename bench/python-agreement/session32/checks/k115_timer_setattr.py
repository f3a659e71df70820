# threading.Timer(0.01, setattr, args=(obj, "x", 5)).
import threading


class Box:
    def __init__(self):
        self.x = 0


box = Box()
t = threading.Timer(0.01, setattr, args=(box, "x", 5))
t.start()
t.join()
print(box.x)
