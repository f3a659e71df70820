# functools.partial(setattr, obj, "x") called as a statement.
import functools
import threading


class Box:
    def __init__(self):
        self.x = 0


box = Box()
set_x = functools.partial(setattr, box, "x")


def work():
    set_x(9)


t = threading.Thread(target=work)
t.start()
t.join()
print(box.x)
