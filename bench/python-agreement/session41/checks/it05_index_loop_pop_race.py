# check: for i in range(len(xs)) while another thread pops raises IndexError in the walker
import threading
import time

xs = [10, 20, 30, 40]
total = 0


def drain():
    time.sleep(0.0015)
    xs.pop()
    xs.pop()


def walk():
    global total
    for i in range(len(xs)):
        total += xs[i]
        time.sleep(0.001)


a = threading.Thread(target=drain)
b = threading.Thread(target=walk)
a.start()
b.start()
a.join()
b.join()
print(total)
