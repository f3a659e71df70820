import threading

class Box:
    def __init__(self):
        self.d = {"k": 0}
box = Box()
r = -1


def worker():
    box.d["k"] += 5


t = threading.Thread(target=worker)
t.start()
t.join()
r = box.d["k"]
