# check: property and setter
import threading

class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @f.setter
    def f(self, value):
        self._c = (value - 32) * 5 // 9

    @property
    def c(self):
        return self._c


a = 0


def work():
    global a
    t = Temp(20)
    t.f = 212
    a = t.c * 10 + round(t.f)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
