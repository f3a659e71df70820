# ordered
# value matrix: string_membership: len(s) * '-'
import threading

log = []


def work(s, t):
    log.append(len(s) * '-')


t = threading.Thread(target=work, args=('concurrency', 'cur'))
t.start()
t.join()
print(log)
