# list(filter(check, items)) as a statement, check writing a module counter.
import threading

checked = 0


def check(x):
    global checked
    checked += 1
    return x > 1


def work():
    list(filter(check, [1, 2, 3]))


t = threading.Thread(target=work)
t.start()
t.join()
print(checked)
