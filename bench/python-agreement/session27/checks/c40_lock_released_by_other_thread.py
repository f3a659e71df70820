"""A threading.Lock may be released by a thread that did not acquire it (a hand-off)."""
import threading

gate = threading.Lock()
log: list[str] = []
gate.acquire()


def opener() -> None:
    log.append("opening")
    gate.release()


def passer() -> None:
    with gate:
        log.append("passed")


p = threading.Thread(target=passer)
o = threading.Thread(target=opener)
p.start()
o.start()
p.join()
o.join()
print(log)
