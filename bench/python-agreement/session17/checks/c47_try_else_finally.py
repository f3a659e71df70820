# no bug: try/except/else/finally: else runs only without an exception, finally always
import threading

trail = []


def attempt(n):
    try:
        value = 10 // n
    except ZeroDivisionError:
        trail.append(f"error{n}")
    else:
        trail.append(f"ok{value}")
    finally:
        trail.append(f"done{n}")


for n in (0, 5):
    t = threading.Thread(target=attempt, args=(n,))
    t.start()
    t.join()
print(trail)
