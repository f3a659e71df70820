# A return in finally overrides the try's return and swallows its exception.
import threading

results = []


def risky(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return n
    finally:
        return -1


def worker():
    results.append(risky(5))
    results.append(risky(0))


t = threading.Thread(target=worker)
t.start()
t.join()
print(results)
