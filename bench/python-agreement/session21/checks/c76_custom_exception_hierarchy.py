# except on a base class of the program's own exceptions catches the subclasses
import threading

caught = []


class AppError(Exception):
    pass


class NetworkError(AppError):
    pass


class DiskError(AppError):
    pass


def risky(kind):
    try:
        if kind == "net":
            raise NetworkError("down")
        raise DiskError("full")
    except NetworkError:
        caught.append("network")
    except AppError:
        caught.append("app")


for kind in ["net", "disk"]:
    t = threading.Thread(target=risky, args=(kind,))
    t.start()
    t.join()
print(caught)
