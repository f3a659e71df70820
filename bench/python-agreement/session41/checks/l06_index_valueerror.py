# check: list.index of a missing value raises ValueError (uncaught: status fault)
import threading

a = 0


def work():
    global a
    xs = [4, 5, 6]
    a = xs.index(5)
    a = xs.index(7)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
