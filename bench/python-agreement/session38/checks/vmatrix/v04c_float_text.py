# ordered
# value matrix: float_text: str(1e16)
import threading

log = []


def work(a, b):
    log.append(str(1e16))


t = threading.Thread(target=work, args=(0.1, 0.2))
t.start()
t.join()
print(log)
