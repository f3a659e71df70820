# check: global declared in a nested function
import threading

a = 0


def work():
    global a
    def outer():
        def inner():
            global a
            a = 42
        inner()
        return a
    r = outer()
    a = a + r


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
