# check: {**a, **b} and update order
import threading

a = ""


def work():
    global a
    base = {"x": 1, "y": 2}
    over = {"y": 20, "z": 30}
    m = {**base, **over}
    base.update(z=3, x=10)
    a = str(m) + str(base)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
