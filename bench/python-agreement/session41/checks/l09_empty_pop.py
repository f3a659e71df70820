# check: pop of an empty list raises IndexError (uncaught: status fault)
import threading

a = 0


def work():
    global a
    xs = [1]
    a = xs.pop()
    a += xs.pop()


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
