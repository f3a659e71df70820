# check: contextlib.suppress swallows the named exception and skips the rest of the block
import contextlib
import threading

log = []


def work():
    stock = {"a": 1}
    with contextlib.suppress(KeyError):
        log.append(stock["a"])
        log.append(stock["b"])
        log.append("unreached")
    log.append("after")


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
