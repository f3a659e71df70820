# xs.index(c) of a shared list as a bare statement, the membership check by ValueError, while another
# thread adds to the list: whether "blue" is found depends on the order the threads ran (CPython 3.11
# switches threads rarely here, weft lists both).
import threading

allowed = ["red", "green"]
unknown = 0


def check(colors):
    global unknown
    for c in colors:
        try:
            allowed.index(c)
        except ValueError:
            unknown += 1


def extend():
    allowed.append("blue")


checker = threading.Thread(target=check, args=(["red", "blue", "pink"],))
extender = threading.Thread(target=extend)
checker.start()
extender.start()
checker.join()
extender.join()
print(unknown, allowed)
