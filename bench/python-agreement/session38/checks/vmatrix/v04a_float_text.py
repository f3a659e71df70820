# ordered
# value matrix: float_text: str(a + b)
import threading

log = []


def work(a, b):
    log.append(str(a + b))


t = threading.Thread(target=work, args=(0.1, 0.2))
t.start()
t.join()
print(log)
