import threading

log = []


class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad port") from e


def worker(text):
    try:
        log.append(load(text))
    except ConfigError as e:
        log.append(str(e))
        log.append(type(e.__cause__).__name__)


threads = [threading.Thread(target=worker, args=(t,)) for t in ("80", "http")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(map(str, log)))
