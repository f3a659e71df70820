import threading

log = []

def worker():
    try:
        raise SystemExit(3)
    except Exception:
        log.append("exception")
    except BaseException:
        log.append("base")

t = threading.Thread(target=worker)
t.start()
t.join()
