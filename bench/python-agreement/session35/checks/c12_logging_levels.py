"""Logging levels as values: isEnabledFor and getEffectiveLevel after setLevel."""
import logging
import threading

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("app")
levels = []


def worker():
    log.setLevel(logging.DEBUG)
    levels.append(log.getEffectiveLevel())
    levels.append(1 if log.isEnabledFor(logging.INFO) else 0)


t = threading.Thread(target=worker)
t.start()
t.join()
levels.append(logging.getLogger().getEffectiveLevel())
print(levels)
