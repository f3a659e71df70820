# a function of the program named sleep (a fake clock for tests) is not time.sleep
import threading

ticks = []


def sleep(seconds):
    ticks.append(seconds)


def worker():
    sleep(5)
    sleep(7)


t = threading.Thread(target=worker)
t.start()
t.join()
total = sum(ticks)
print(total)
