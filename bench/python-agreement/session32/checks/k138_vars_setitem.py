# vars(obj)[name] = value in a thread.
import threading


class Box:
    def __init__(self):
        self.x = 0


box = Box()


def work():
    vars(box)["x"] = 4


t = threading.Thread(target=work)
t.start()
t.join()
print(box.x)
