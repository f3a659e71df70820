# ordered
# value matrix: string_format: f'{x!r}'
import threading

log = []


def work(n, x):
    log.append(f'{x!r}')


t = threading.Thread(target=work, args=(1234567, 3.14159))
t.start()
t.join()
print(log)
