# ordered
# value matrix: float_text: f'{2 / 3:.3f}'
import threading

log = []


def work(a, b):
    log.append(f'{2 / 3:.3f}')


t = threading.Thread(target=work, args=(0.1, 0.2))
t.start()
t.join()
print(log)
