# check: costs of Python work: a list comprehension of 300k items in a thread against a 1 ms sleeper
import threading
import time

order = []


def build():
    squares = [i * i for i in range(300000)]
    order.append(len(squares) % 7)


def nap():
    time.sleep(0.001)
    order.append(100)


a = threading.Thread(target=build)
b = threading.Thread(target=nap)
a.start()
b.start()
a.join()
b.join()
