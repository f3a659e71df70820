# Check: comparing None with an int (`None < 1`) raises TypeError. CPython raises in the thread (status fault). Bug: the error is the point.
import threading

result = 0
before = 0
data = [3, 1, 2]
prices = {"tea": 3}


def worker():
    global result, before
    before = 1
    x = None
    if len(data) > 5:
        x = 4
    result = int(x < 1)


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"result={result} before={before}")
