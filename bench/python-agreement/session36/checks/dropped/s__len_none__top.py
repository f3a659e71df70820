"""The expression statement `len(DATA['none'])` (TypeError) at `top` in a thread's function."""
import threading

LOCK = threading.Lock()
DATA = {'none': None, 'num': 3, 'zero': 0}
ROW = [1, 2]


class Config:
    def __init__(self):
        self.retries = 1


CONFIG = Config()
to_int = lambda t: int(t)
log = []


def check(kind, text):
    len(DATA['none'])
    return 1


def run():
    try:
        check("bad", "abc")
        log.append("no error")
    except TypeError:
        log.append("caught")


t = threading.Thread(target=run)
t.start()
t.join()
print(log)
