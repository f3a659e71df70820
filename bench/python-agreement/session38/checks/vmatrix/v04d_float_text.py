# ordered
# value matrix: float_text: str(10 / 4)
import threading

log = []


def work(a, b):
    log.append(str(10 / 4))


t = threading.Thread(target=work, args=(0.1, 0.2))
t.start()
t.join()
print(log)
