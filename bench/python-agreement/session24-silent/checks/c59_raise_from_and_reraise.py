import threading

log = []


def inner():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e


def work():
    try:
        inner()
    except ValueError:
        log.append("value")
    except KeyError:
        log.append("key")


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
