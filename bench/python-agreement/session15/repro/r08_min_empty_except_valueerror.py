# no bug: min() of a shared list that is still empty, caught by except ValueError (CPython low=-1 empty=1; weft: fault)
import threading

readings = []
low = -1
empty = 0


def sensor():
    readings.append(5)


t = threading.Thread(target=sensor)
try:
    low = min(readings)
except ValueError:
    empty = 1
t.start()
t.join()
