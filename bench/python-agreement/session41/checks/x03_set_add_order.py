# check: a set built with add() then walked
import threading

order = []
seen = set()


def work():
    for n in [40, 3, 17, 3, 64, 2]:
        seen.add(n)
    for n in seen:
        order.append(n)


t = threading.Thread(target=work)
t.start()
t.join()
print(order)
