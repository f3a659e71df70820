# A 20 ms setup sleep, then two 30 ms sleeps in threads, then a 10 ms teardown sleep: about 60 ms
import threading
import time

steps = []

time.sleep(0.02)
steps.append("setup")


def part(name):
    time.sleep(0.03)
    steps.append(name)


a = threading.Thread(target=part, args=("a",))
b = threading.Thread(target=part, args=("b",))
a.start()
b.start()
a.join()
b.join()
time.sleep(0.01)
steps.append("teardown")
print("steps:", len(steps))
