# ordered
# try/finally inside a function whose body faults (missing key), caught by the caller in a thread.
import threading

log = []
prices = {"tea": 3}


def lookup(item):
    try:
        return prices[item]
    finally:
        log.append(f"looked up {item}")


def worker():
    for item in ["tea", "cake"]:
        try:
            log.append(lookup(item))
        except KeyError:
            log.append("missing")


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
