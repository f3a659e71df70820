import threading

log = []


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        log.append(e.args[0])
        return -1


t = threading.Thread(target=parse, args=("x1",))
t.start()
t.join()
print(log)  # ordered
