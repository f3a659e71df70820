# Check: a class attribute copies a global's value when the class body runs; a later rebinding of the global is not seen. Bug: none (deliberate).
import threading

RATE = 2


class Meter:
    rate = RATE

    def cost(self, units):
        return units * self.rate


def raise_rate():
    global RATE
    RATE = 9


t = threading.Thread(target=raise_rate)
t.start()
t.join()
m = Meter()
cost = m.cost(10)
print(f"cost={cost} RATE={RATE}")
