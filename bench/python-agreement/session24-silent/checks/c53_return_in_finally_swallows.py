import threading

log = []


def risky():
    try:
        raise ValueError("lost")
    finally:
        return 7


def work():
    log.append(risky())


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
