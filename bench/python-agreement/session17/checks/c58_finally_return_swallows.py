# no bug: a return inside finally swallows the exception raised in try; the thread ends normally
import threading

result = 0


def risky():
    try:
        raise ValueError("lost")
    finally:
        return 5


def worker():
    global result
    result = risky()


t = threading.Thread(target=worker)
t.start()
t.join()
print(result)
