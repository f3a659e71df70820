# ordered
# value matrix: float_text: str(7.0 // 2)
import threading

log = []


def work(a, b):
    log.append(str(7.0 // 2))


t = threading.Thread(target=work, args=(0.1, 0.2))
t.start()
t.join()
print(log)
