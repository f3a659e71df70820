# ordered
# value matrix: string_split_join: s.find('z')
import threading

log = []


def work(s, sep):
    log.append(s.find('z'))


t = threading.Thread(target=work, args=('a,b,,c', ','))
t.start()
t.join()
print(log)
