# check: UnboundLocalError when a name is assigned later in the function (uncaught: fault)
import threading

a = 0


def work():
    global a
    def f():
        total = a + 1
        a = total
        return a
    a = 1
    a = f()


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
