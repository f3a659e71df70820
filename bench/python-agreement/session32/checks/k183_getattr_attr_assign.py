# getattr(obj, "inner").x = 5: an attribute write through getattr's value.
import threading


class Inner:
    def __init__(self):
        self.x = 0


class Outer:
    def __init__(self):
        self.inner = Inner()


o = Outer()


def work():
    getattr(o, "inner").x = 5


t = threading.Thread(target=work)
t.start()
t.join()
x = o.inner.x
print(x)
