# check: costs of Python work: a long builtin call in main (sum over 3 million) while a thread wakes from 5 ms and sets a flag
import threading
import time

flag = 0


def setter():
    global flag
    time.sleep(0.005)
    flag = 1


t = threading.Thread(target=setter)
t.start()
total = sum(range(3000000))
seen = flag
t.join()
