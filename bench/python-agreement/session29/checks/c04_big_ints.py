# Python ints do not overflow
import threading

value = 1


def grow():
    global value
    for _ in range(5):
        value = value * 100000


t = threading.Thread(target=grow)
t.start()
t.join()
low = value % 1000003
print(value, low)
