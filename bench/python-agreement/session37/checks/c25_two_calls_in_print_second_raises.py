import threading

log = []
printed = []


def parse(text):
    return int(text)


def worker(a, b):
    try:
        printed.append(1)
        print(parse(a), parse(b))
        log.append("both")
    except ValueError:
        log.append("second")


t = threading.Thread(target=worker, args=("1", "b"))
t.start()
t.join()
print(log)  # ordered
