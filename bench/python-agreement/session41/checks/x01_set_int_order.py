# check: iteration order of a set of ints is by hash slot, not sorted
import threading

order = []


def work():
    seen = {10, 1, 5, 33, 8}
    for x in seen:
        order.append(x)


t = threading.Thread(target=work)
t.start()
t.join()
print(order)
