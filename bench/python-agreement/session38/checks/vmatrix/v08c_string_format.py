# ordered
# value matrix: string_format: f'{x:08.2f}'
import threading

log = []


def work(n, x):
    log.append(f'{x:08.2f}')


t = threading.Thread(target=work, args=(1234567, 3.14159))
t.start()
t.join()
print(log)
