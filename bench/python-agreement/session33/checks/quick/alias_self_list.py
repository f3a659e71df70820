import threading
class Box:
    def __init__(self, items):
        self.items = items
shared = [1]
box = Box(shared)
def worker():
    shared.append(2)
t = threading.Thread(target=worker)
t.start()
t.join()
print(len(box.items))
