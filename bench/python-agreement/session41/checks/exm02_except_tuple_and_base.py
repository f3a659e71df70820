# check: except (A, B) as e, except Exception catching KeyError, type(e).__name__
import threading

names = []


def fail(kind):
    if kind == 0:
        raise KeyError("k")
    if kind == 1:
        raise ZeroDivisionError("z")
    if kind == 2:
        raise TypeError("t")
    return "fine"


def work():
    for kind in range(4):
        try:
            names.append(fail(kind))
        except (KeyError, TypeError) as e:
            names.append(f"kt:{type(e).__name__}")
        except Exception as e:
            names.append(f"exc:{type(e).__name__}:{e}")


t = threading.Thread(target=work)
t.start()
t.join()
print(names)
