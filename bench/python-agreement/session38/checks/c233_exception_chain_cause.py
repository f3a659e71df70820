# ordered
# raise ... from e: the handler sees the new class; __cause__ is the original's class.
import threading

log = []


class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad port") from e


def worker():
    try:
        load("http")
    except ConfigError as e:
        log.append(type(e.__cause__).__name__)
        log.append(str(e))


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
