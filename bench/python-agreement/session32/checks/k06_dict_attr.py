# obj.__dict__[name] = v and vars(obj).update(...) in a thread.
import threading


class Settings:
    def __init__(self):
        self.a = 1
        self.b = 2


s = Settings()


def load():
    s.__dict__["a"] = 10
    vars(s).update({"b": 20})


t = threading.Thread(target=load)
t.start()
t.join()
print(s.a, s.b)
