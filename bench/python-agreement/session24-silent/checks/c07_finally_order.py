import threading

log = []


def work():
    try:
        try:
            log.append("body")
            raise ValueError("bad")
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("caught")
    finally:
        log.append("outer finally")


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
