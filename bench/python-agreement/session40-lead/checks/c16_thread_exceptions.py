# Workers validate inputs; errors are kept with try/except/else/finally. No bug.
import threading

ok = []
errors = []
attempts = [0]
lock = threading.Lock()


def validate(x):
    try:
        if x < 0:
            raise ValueError(f"negative: {x}")
        value = 100 // x
    except ValueError as e:
        with lock:
            errors.append(str(e))
    except ZeroDivisionError:
        with lock:
            errors.append("zero")
    else:
        with lock:
            ok.append(value)
    finally:
        with lock:
            attempts[0] += 1


threads = [threading.Thread(target=validate, args=(x,)) for x in (5, -3, 0, 7)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(ok), sorted(errors), attempts)
