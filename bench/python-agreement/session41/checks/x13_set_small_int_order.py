# check: iteration order of a small set of ints made at run time
import threading

order = []


def work():
    base = 8
    seen = {base + 2, 1, base * 4 + 1}
    for x in seen:
        order.append(x)


t = threading.Thread(target=work)
t.start()
t.join()
print(order)
