import threading

class Box:
    def __init__(self):
        self.d = {}
box = Box()
r = -1


def worker():
    box.d.update({"k": 1})


t = threading.Thread(target=worker)
t.start()
t.join()
r = len(box.d)
