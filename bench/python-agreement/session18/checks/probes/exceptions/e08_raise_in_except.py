import threading

log = []

def worker():
    try:
        try:
            raise ValueError()
        except ValueError:
            raise KeyError()
    except KeyError:
        log.append("key")
    except ValueError:
        log.append("value")

t = threading.Thread(target=worker)
t.start()
t.join()
