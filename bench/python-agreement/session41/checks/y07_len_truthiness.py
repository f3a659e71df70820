# check: an instance whose __len__ is 0 is falsy
import threading

verdicts = []


class Basket:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def add(self, x):
        self.items.append(x)


def work():
    b = Basket()
    verdicts.append("full" if b else "empty")
    b.add("apple")
    verdicts.append("full" if b else "empty")


t = threading.Thread(target=work)
t.start()
t.join()
print(verdicts)
