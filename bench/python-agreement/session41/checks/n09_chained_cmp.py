# check: chained comparisons and mixed int/float equality
import threading

a = 0
b = 0


def work():
    global a, b
    x = 5
    a = (1 < x < 10) + (1 < x > 3) * 2 + (x == 5.0) * 4 + (0.1 * 3 == 0.3) * 8
    b = (3 > 2 > 1) + ("a" < "b" < "B") * 2


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
