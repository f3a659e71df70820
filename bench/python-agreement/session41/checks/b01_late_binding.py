# check: closures in a loop bind late
import threading

a = 0


def work():
    global a
    fs = [lambda: i * 10 for i in range(3)]
    gs = [lambda i=i: i * 10 for i in range(3)]
    a = sum(f() for f in fs) * 1000 + sum(g() for g in gs)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
