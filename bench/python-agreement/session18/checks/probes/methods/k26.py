import threading

class Box:
    def __init__(self):
        self.items = []
box = Box()
r = -1


def worker():
    box.items.extend([1, 2])


t = threading.Thread(target=worker)
t.start()
t.join()
r = len(box.items)
