# Check: dict.pop of a missing key without a default raises KeyError. CPython raises in the thread (status fault). Bug: the error is the point.
import threading

result = 0
before = 0
data = [3, 1, 2]
prices = {"tea": 3}


def worker():
    global result, before
    before = 1
    result = prices.pop("cake")


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"result={result} before={before}")
