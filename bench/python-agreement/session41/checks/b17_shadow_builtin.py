# check: a local named like a builtin
import threading

a = 0


def work():
    global a
    list_ = [3, 1, 2]
    max = 99
    a = max + sum(list_)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
