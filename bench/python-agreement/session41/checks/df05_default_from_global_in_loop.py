# check: defaults bound in a loop of defs via a list of lambdas with default arguments
import threading

out = []
base = 1


def make(step=base * 10):
    return step


base = 2


def work():
    out.append(make())
    out.append(base)


t = threading.Thread(target=work)
t.start()
t.join()
print(out)
