# check: a class attribute takes the module value at class creation
import threading

RATE = 3
out = []


class Meter:
    rate = RATE

    def cost(self, units):
        return units * self.rate


RATE = 7


def work():
    out.append(Meter().cost(2))
    out.append(RATE)


t = threading.Thread(target=work)
t.start()
t.join()
print(out)
