# check: a class defined twice: instances made before the second class use the first
import threading

out = []


class Tax:
    def rate(self):
        return 10


first = Tax()


class Tax:
    def rate(self):
        return 20


def work():
    out.append(first.rate())
    out.append(Tax().rate())


t = threading.Thread(target=work)
t.start()
t.join()
print(out)
