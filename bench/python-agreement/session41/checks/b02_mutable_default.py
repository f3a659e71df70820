# check: a mutable default argument is shared between calls
import threading

def remember(x, seen=[]):
    seen.append(x)
    return seen


a = 0


def work():
    global a
    a = len(remember(1)) * 100 + len(remember(2)) * 10 + len(remember(3, []))


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
