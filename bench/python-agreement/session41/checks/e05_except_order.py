# check: the first matching except clause wins (subclass listed after its base)
import threading

caught = []


class AppError(Exception):
    pass


class DiskFull(AppError):
    pass


def save(n):
    if n == 0:
        raise DiskFull("disk")
    if n == 1:
        raise AppError("app")
    if n == 2:
        raise KeyError("k")
    return n


def work():
    for n in range(4):
        try:
            save(n)
            caught.append("ok")
        except AppError as e:
            caught.append(f"app:{e}")
        except DiskFull:
            caught.append("disk")
        except LookupError as e:
            caught.append(f"lookup:{e}")


t = threading.Thread(target=work)
t.start()
t.join()
print(caught)
