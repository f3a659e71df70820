# check: with a, b: exits in reverse order, and __exit__ sees the exception
import threading

log = []


class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        log.append(f"close {self.name}")
        return False


def work():
    try:
        with Res("a"), Res("b"):
            log.append("use")
            raise OSError("disk")
    except OSError:
        log.append("handled")


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
