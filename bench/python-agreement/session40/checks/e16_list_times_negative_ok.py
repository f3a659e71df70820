# Check: (control: no error) a list times a negative number is empty, and slicing past the end is fine. No error. Bug: none.
import threading

result = 0
before = 0
data = [3, 1, 2]
prices = {"tea": 3}


def worker():
    global result, before
    before = 1
    result = len([1, 2] * -3) + len(data[1:9]) * 10 + len("abc"[1:7]) * 100 + len(data[-9:1]) * 1000


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"result={result} before={before}")
