# ordered
# value matrix: string_split_join: '-'.join(s.split(sep))
import threading

log = []


def work(s, sep):
    log.append('-'.join(s.split(sep)))


t = threading.Thread(target=work, args=('a,b,,c', ','))
t.start()
t.join()
print(log)
