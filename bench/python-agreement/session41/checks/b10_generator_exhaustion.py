# check: a generator is exhausted after one pass
import threading

a = 0


def work():
    global a
    gen = (x * x for x in range(4))
    first = sum(gen)
    second = sum(gen)
    a = first * 100 + second


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
