# Check: `except ValueError` does not catch a KeyError; the inner finally still runs and the outer `except Exception` catches it. Bug: the wrong exception type in the inner handler.
import threading

finally_ran = 0
caught = 0
lookups = {"x": 1}


def worker():
    global finally_ran, caught
    try:
        try:
            v = lookups["y"]
        except ValueError:
            caught += 1
        finally:
            finally_ran += 1
    except Exception:
        caught += 10


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"finally_ran={finally_ran} caught={caught}")
