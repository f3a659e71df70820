# ordered
# value matrix: string_format: f'{n:>10}'
import threading

log = []


def work(n, x):
    log.append(f'{n:>10}')


t = threading.Thread(target=work, args=(1234567, 3.14159))
t.start()
t.join()
print(log)
