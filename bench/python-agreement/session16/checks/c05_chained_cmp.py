# check: chained comparison 0 < x < 10 and x == y == z
import threading

x = 0
in_range = 0
all_same = 0


def bump():
    global x
    x += 12


t = threading.Thread(target=bump)
t.start()
t.join()
in_range = 0 < x < 10
all_same = x == 12 == 12
print(in_range, all_same)
