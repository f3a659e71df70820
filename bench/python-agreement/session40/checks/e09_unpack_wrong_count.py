# Check: unpacking three items into two names raises ValueError. CPython raises in the thread (status fault). Bug: the error is the point.
import threading

result = 0
before = 0
data = [3, 1, 2]
prices = {"tea": 3}


def worker():
    global result, before
    before = 1
    a, b = (len(data), 1, 2)
    result = a + b


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"result={result} before={before}")
