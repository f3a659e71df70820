import threading
class Box:
    def __init__(self, items):
        self.items = items
shared = []
a = Box(shared)
b = Box(shared)
def worker():
    a.items.append(1)
t = threading.Thread(target=worker)
t.start()
t.join()
print(len(b.items))
