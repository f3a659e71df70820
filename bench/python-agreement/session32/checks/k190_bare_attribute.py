# A bare attribute read as a hasattr check: AttributeError when missing.
import threading


class Cfg:
    def __init__(self):
        self.port = 80


cfg = Cfg()
missing = 0


def probe():
    global missing
    try:
        cfg.host
    except AttributeError:
        missing += 1


t = threading.Thread(target=probe)
t.start()
t.join()
print(missing)
