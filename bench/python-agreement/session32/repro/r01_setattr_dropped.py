# setattr(obj, name, value) in a thread: CPython sets the attribute; weft's import drops the call.
# CPython 3.11.7: `config_timeout=5` (5 of 5 runs); weft explore: `config_timeout=None`, its only outcome, "complete".
import threading


class Config:
    def __init__(self):
        self.timeout = None


config = Config()


def load():
    setattr(config, "timeout", 5)


t = threading.Thread(target=load)
t.start()
t.join()
print("timeout", config.timeout)
