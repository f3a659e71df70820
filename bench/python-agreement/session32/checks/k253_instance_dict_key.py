# Instances as dict keys (hashed by identity by default).
import threading


class Conn:
    def __init__(self, name):
        self.name = name


a = Conn("a")
b = Conn("b")
usage = {a: 0, b: 0}


def work():
    usage[a] += 1
    usage[a] += 1
    usage[b] += 1


t = threading.Thread(target=work)
t.start()
t.join()
ua = usage[a]
ub = usage[b]
print(ua, ub)
