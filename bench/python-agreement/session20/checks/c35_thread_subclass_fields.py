"""A Thread subclass with fields set in __init__ and run(); results read after join; is_alive after join."""
import threading


class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.total = 0
        self.steps = 0

    def run(self):
        for n in self.numbers:
            self.total += n
            self.steps += 1


s1 = Summer([1, 2, 3])
s2 = Summer([10, 20])
alive_after = -1

if __name__ == "__main__":
    s1.start()
    s2.start()
    s1.join()
    s2.join()
    alive_after = 1 if s1.is_alive() or s2.is_alive() else 0
    grand = s1.total + s2.total
