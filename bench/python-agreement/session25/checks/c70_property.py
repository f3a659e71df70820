# check: a @property computed from other attributes, read in a thread
import threading


class Tank:
    def __init__(self, capacity):
        self.capacity = capacity
        self.level = 0

    @property
    def free(self):
        return self.capacity - self.level

    def fill(self, amount):
        room = self.free
        self.level += min(amount, room)


tank = Tank(50)
t = threading.Thread(target=tank.fill, args=(80,))
t.start()
t.join()
free = tank.free
print(tank.level, free)
