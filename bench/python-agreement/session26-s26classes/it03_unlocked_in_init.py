# BUG: lost update: two threads started in __init__ add to a counter without a lock
import threading


class Tally:
    def __init__(self):
        self.count = 0
        self.a = threading.Thread(target=self.bump)
        self.b = threading.Thread(target=self.bump)
        self.a.start()
        self.b.start()
        self.a.join()
        self.b.join()

    def bump(self):
        for _ in range(3):
            value = self.count
            self.count = value + 1


tally = Tally()
print("count", tally.count)
assert tally.count == 6, "an update was lost"
