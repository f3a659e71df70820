# ordered
# value matrix: string_format: f'{n:x}'
import threading

log = []


def work(n, x):
    log.append(f'{n:x}')


t = threading.Thread(target=work, args=(1234567, 3.14159))
t.start()
t.join()
print(log)
