# check: `/` of two ints is a float in Python 3
import threading

out = {}


def average(values):
    total = sum(values)
    out["mean"] = total / len(values)
    out["half"] = 7 / 2
    out["whole"] = 8 / 2


t = threading.Thread(target=average, args=([1, 2, 4],))
t.start()
t.join()
mean = out["mean"]
half = out["half"]
whole = out["whole"]
print(mean, half, whole)
