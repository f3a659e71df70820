# object.__setattr__ on an instance (the frozen-dataclass idiom) in a thread.
# CPython 3.11.7: `p_x=3` (5 of 5 runs); weft explore: `p_x=0`, its only outcome, "complete".
import threading


class Point:
    def __init__(self):
        self.x = 0


p = Point()


def move():
    object.__setattr__(p, "x", 3)


t = threading.Thread(target=move)
t.start()
t.join()
print("x", p.x)
