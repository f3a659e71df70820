# check: nonlocal counter in a closure
import threading

a = 0


def work():
    global a
    def make_counter(start):
        n = start
        def inc(step=1):
            nonlocal n
            n += step
            return n
        return inc
    c1 = make_counter(10)
    c2 = make_counter(100)
    c1()
    c1(5)
    c2()
    a = c1() * 1000 + c2()


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
