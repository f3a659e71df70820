# check: try/except/else/finally order
import threading

log = []
items = []


def work():
    try:
        x = items.pop()
    except IndexError:
        log.append("empty")
    else:
        log.append("got")
    finally:
        log.append("finally")


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
