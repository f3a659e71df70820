# Check: `"n=" + 5` raises TypeError. CPython raises in the thread (status fault). Bug: the error is the point.
import threading

result = 0
before = 0
data = [3, 1, 2]
prices = {"tea": 3}


def worker():
    global result, before
    before = 1
    label = "n=" + len(data)
    result = len(label)


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"result={result} before={before}")
