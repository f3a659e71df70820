# a class with __slots__ refuses a new attribute (AttributeError)
import threading


class Point:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 0
        self.y = 0


p = Point()
outcome = "none"


def move():
    global outcome
    try:
        p.z = 1
        outcome = "added"
    except AttributeError:
        outcome = "slots"


t = threading.Thread(target=move)
t.start()
t.join()
print(outcome)
